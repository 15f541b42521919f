/**
 * The early load `public/prefetch.js` started for `?data=` before the app's code had loaded: a
 * load worker that fetches the file and goes on to load it, its replies kept until the app takes
 * them over. `takePrefetched` gives the file's bytes (once, and only for the same address; `null`
 * when it did not arrive whole: the caller then fetches as usual, so its errors are the usual
 * ones); `adoptPrefetchedJob` then gives the worker and what it has said so far, to the load of
 * those very bytes.
 */
interface Prefetch {
  href: string;
  blob: Promise<Blob | null>;
  /** The load worker; null once it has stopped or been handed over. */
  worker?: Worker | null;
  /** What the worker has said since the file arrived (its load's replies), in order. */
  replies?: unknown[];
  /** The file's bytes, once they arrived. */
  fetched?: Blob | null;
}

type Window = { __cronicaPrefetch?: Prefetch };

/** Taken by `takePrefetched`, its load not yet taken over. */
let held: Prefetch | null = null;

export function takePrefetched(href: string, win: Window = globalThis as never): Promise<Blob | null> | null {
  const early = win.__cronicaPrefetch;
  if (!early || early.href !== href) return null;
  delete win.__cronicaPrefetch;
  held = early;
  return early.blob;
}

/** Whether an early load was started and not yet dropped. */
export function prefetchStarted(win: Window = globalThis as never): boolean {
  return win.__cronicaPrefetch !== undefined || held !== null;
}

/** The worker already loading `source` (the very Blob `takePrefetched` gave), and its replies so far. */
export function adoptPrefetchedJob(source: Blob): { worker: Worker; replies: readonly unknown[] } | null {
  const early = held;
  if (!early?.worker || !early.replies || early.fetched !== source) return null;
  held = null;
  const { worker, replies } = early;
  early.worker = null;
  return { worker, replies };
}

/** Stops an early load nobody took over (a different address, a file the app fetched again). */
export function dropPrefetchedJob(win: Window = globalThis as never): void {
  for (const early of [held, win.__cronicaPrefetch]) {
    early?.worker?.terminate();
    if (early) early.worker = null;
  }
  held = null;
  delete win.__cronicaPrefetch;
}
