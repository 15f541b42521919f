/**
 * Loads a file or text off the main thread (small ones, up to SMALL_SOURCE_BYTES, on it: a worker
 * would cost more than the work), with progress and a watchdog: a worker that has not
 * answered in time is stopped, and the reader is told. The dataset comes back in chunks
 * (`handOver.ts`) so the page keeps responding while it arrives. Where a worker cannot start (an
 * opaque-origin sandboxed frame, jsdom), the same code runs on the main thread.
 */
import { readSource } from "./decodeBytes.ts";
import { trySha256 } from "./hash.ts";
import { importIssue } from "../import/types.ts";
import { HandOverReceiver } from "./handOver.ts";
import { MAX_DATA_BYTES, SMALL_SOURCE_BYTES } from "./limits.ts";
import type { LoadOptions, LoadOutcome } from "./loadText.ts";
import type { LoadProgress, WorkerReply, WorkerRequest } from "./workerProtocol.ts";

export const WATCHDOG_MS = 60_000;

function tooBig(size: number, max: number): LoadOutcome {
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  return { ok: false, format: "too-big", issues: [importIssue("tooBig", { path: "" }, { size: mb(size), max: mb(max) })] };
}

function startWorker(): Worker | null {
  const ready = prepared;
  const failed = preparedFailed;
  prepared = null;
  if (ready && failed) ready.terminate();
  // One that could not start (blocked by the page's policy) means none can: this thread does it.
  if (ready) return failed ? null : ready;
  try {
    return new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/** A worker started ahead of need, loading its code while the file downloads. */
let prepared: Worker | null = null;
let preparedFailed = false;

/**
 * Starts the load worker now, for a load that will come soon (the `?data=` file being fetched): its
 * code then loads and compiles in parallel with the download instead of after it. The next
 * `loadInWorker` that needs a worker takes it; `dropPreparedWorker` ends it when none did.
 */
export function prepareLoadWorker(): void {
  if (prepared || typeof Worker === "undefined") return;
  preparedFailed = false;
  try {
    const worker = new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module" });
    // Until a load takes it over (and sets its own handler), remember a failure to start.
    worker.onerror = (ev) => {
      ev.preventDefault();
      if (prepared === worker) preparedFailed = true;
    };
    prepared = worker;
  } catch {
    prepared = null;
  }
}

export function dropPreparedWorker(): void {
  prepared?.terminate();
  prepared = null;
}

/**
 * The same steps as the worker, on this thread (the page does not respond meanwhile). The importers
 * load only when needed, so they are not part of the page's first download.
 */
async function loadHere(source: File | Blob | string, options: LoadOptions, onProgress: (p: LoadProgress) => void): Promise<LoadOutcome> {
  onProgress({ stage: "reading" });
  const { loadText } = await import("./loadText.ts");
  const { text, bytes } = await readSource(source);
  const outcome = loadText(text, typeof source === "string" ? options : { ...options, byteLength: source.size }, onProgress);
  return { ...outcome, sha256: await trySha256(bytes ?? text) };
}

const sizeOf = (source: File | Blob | string) => (typeof source === "string" ? source.length : source.size);

export async function loadInWorker(source: File | Blob | string, options: LoadOptions = {}, onProgress: (p: LoadProgress) => void = () => {}): Promise<LoadOutcome> {
  const max = options.maxBytes ?? MAX_DATA_BYTES;
  // Refuse a huge file before reading a byte of it.
  if (typeof source !== "string" && source.size > max) return tooBig(source.size, max);
  const worker = typeof Worker === "undefined" || sizeOf(source) <= SMALL_SOURCE_BYTES ? null : startWorker();
  dropPreparedWorker();
  if (!worker) return loadHere(source, options, onProgress);
  return new Promise<LoadOutcome>((resolve) => {
    const finish = (outcome: LoadOutcome) => {
      clearTimeout(watchdog);
      worker.terminate();
      resolve(outcome);
    };
    const failed = (message: string): LoadOutcome => ({ ok: false, format: "not-data", issues: [{ path: "", message }] });
    const watchdog = setTimeout(() => finish(failed(`Opening the data took longer than ${WATCHDOG_MS / 1000} seconds and was stopped.`)), WATCHDOG_MS);
    const received = new HandOverReceiver();
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const reply = ev.data;
      if (reply.kind === "progress") onProgress(reply.progress);
      else if (reply.kind === "events") onProgress({ stage: "receiving", done: received.add(reply.json), total: reply.total });
      // The file's bytes arrive while the worker still parses and checks: its progress is what shows.
      else if (reply.kind === "raw") received.addRaw(reply.bytes, reply.count);
      else if (reply.kind === "reset") received.reset();
      else if (reply.kind === "done") {
        received.finishInSlices(reply.outcome, reply.raw).then(finish, (err: unknown) => finish(failed(err instanceof Error ? err.message : String(err))));
      } else finish(failed(reply.message));
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      // A worker that cannot run here (blocked by the page's policy): do it on the main thread.
      clearTimeout(watchdog);
      worker.terminate();
      void loadHere(source, options, onProgress).then(resolve);
    };
    const request: WorkerRequest = { source, options };
    worker.postMessage(request);
  });
}
