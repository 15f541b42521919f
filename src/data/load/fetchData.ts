/**
 * Fetches a dataset from an https URL for `?data=` and the "open from a web address" field: no
 * credentials, a timeout, a size cap (checked while streaming), and errors a non-programmer can act on.
 */
import { MAX_DATA_BYTES } from "./limits.ts";
import type { LoadOptions } from "./loadText.ts";
import { takePrefetched } from "./prefetched.ts";

export const FETCH_TIMEOUT_MS = 30_000;

export type FetchFailure = "notHttps" | "badUrl" | "blocked" | "timeout" | "httpStatus" | "tooBig";

export class DataFetchError extends Error {
  constructor(
    readonly code: FetchFailure,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** Only https (and http on this machine, for development and tests). */
export function checkDataUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DataFetchError("badUrl");
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) throw new DataFetchError("notHttps");
  return url;
}

/** How a file fetched from `url` is loaded: named after its host. The same wherever it is loaded. */
export const urlLoadOptions = (url: URL, bytes: number): LoadOptions => ({ title: url.host, byteLength: bytes });

/**
 * The file as bytes (a Blob, handed to the worker without copying or decoding it here), its URL and
 * its size.
 */
export async function fetchDataBlob(text: string, opts: FetchOptions = {}): Promise<{ blob: Blob; url: URL; bytes: number }> {
  const url = checkDataUrl(text);
  const max = opts.maxBytes ?? MAX_DATA_BYTES;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  // The file public/prefetch.js began reading while the app loaded, if it arrived whole.
  const early = opts.fetchFn ? null : takePrefetched(url.href);
  if (early) {
    let wait: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((ok) => (wait = setTimeout(() => ok("late"), timeoutMs)));
    const blob = await Promise.race([early, late]).finally(() => clearTimeout(wait));
    if (blob === "late") throw new DataFetchError("timeout", { host: url.host });
    if (blob && blob.size <= max) return { blob, url, bytes: blob.size };
  }
  const { chunks, bytes } = await fetchChunks(url, opts);
  return { blob: new Blob(chunks), url, bytes };
}

/** The file as one run of bytes (for a worker that goes on to read them), its URL and its size. */
export async function fetchDataBytes(text: string, opts: FetchOptions = {}): Promise<{ bytes: Uint8Array<ArrayBuffer>; url: URL }> {
  const url = checkDataUrl(text);
  const { chunks, bytes } = await fetchChunks(url, opts);
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return { bytes: all, url };
}

interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchFn?: typeof fetch;
}

async function fetchChunks(url: URL, opts: FetchOptions): Promise<{ chunks: Uint8Array<ArrayBuffer>[]; bytes: number }> {
  const max = opts.maxBytes ?? MAX_DATA_BYTES;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await (opts.fetchFn ?? fetch)(url.href, { credentials: "omit", mode: "cors", redirect: "follow", signal: controller.signal, referrerPolicy: "no-referrer" });
  } catch (err) {
    clearTimeout(timer);
    // fetch hides why a cross-site read failed: CORS refusal and an unreachable server look alike.
    throw new DataFetchError(controller.signal.aborted ? "timeout" : "blocked", { host: url.host });
  }
  try {
    if (!response.ok) throw new DataFetchError("httpStatus", { status: response.status, host: url.host });
    const tooBig = (size: string) => new DataFetchError("tooBig", { size, max: (max / 1_048_576).toFixed(1) });
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > max) {
      // Refused without downloading it.
      await response.body?.cancel().catch(() => {});
      throw tooBig((declared / 1_048_576).toFixed(1));
    }
    const reader = response.body?.getReader();
    if (!reader) {
      const whole = new Uint8Array(await response.arrayBuffer());
      if (whole.byteLength > max) throw tooBig((whole.byteLength / 1_048_576).toFixed(1));
      return { chunks: [whole], bytes: whole.byteLength };
    }
    // Read chunk by chunk, so the cap holds for what arrives (a compressed body's declared size is
    // not what it unpacks to); on the page the chunks become a Blob, never decoded or copied there.
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > max) {
        await reader.cancel();
        throw tooBig(`> ${(max / 1_048_576).toFixed(1)}`);
      }
      chunks.push(value as Uint8Array<ArrayBuffer>);
    }
    return { chunks, bytes };
  } catch (err) {
    if (err instanceof DataFetchError) throw err;
    throw new DataFetchError(controller.signal.aborted ? "timeout" : "blocked", { host: url.host });
  } finally {
    clearTimeout(timer);
  }
}
