/**
 * The file `public/prefetch.js` started reading for `?data=` before the app's code had loaded. Taken
 * once, and only for the same address; `null` when there is none or it did not arrive whole (the
 * caller then fetches as usual, so its errors are the usual ones).
 */
interface Prefetch {
  href: string;
  blob: Promise<Blob | null>;
}

export function takePrefetched(href: string, win: { __cronicaPrefetch?: Prefetch } = globalThis as never): Promise<Blob | null> | null {
  const early = win.__cronicaPrefetch;
  if (!early || early.href !== href) return null;
  delete win.__cronicaPrefetch;
  return early.blob;
}
