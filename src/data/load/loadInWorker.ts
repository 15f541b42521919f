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
import { yieldToPage } from "../idleSlices.ts";
import { HandOverReceiver, receiveFileEvents } from "./handOver.ts";
import { HASH_ELSEWHERE_BYTES, MAX_DATA_BYTES, SMALL_SOURCE_BYTES } from "./limits.ts";
import { adoptPrefetchedJob } from "./prefetched.ts";
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
  // The worker public/prefetch.js started may have this very file's load well under way.
  const job = typeof source === "string" ? null : adoptPrefetchedJob(source);
  const worker = job ? job.worker : typeof Worker === "undefined" || sizeOf(source) <= SMALL_SOURCE_BYTES ? null : startWorker();
  dropPreparedWorker();
  if (!worker) return loadHere(source, options, onProgress);
  // The page builds its events from a copy of the file's bytes the worker sends as it says where
  // they lie, and has the file hashed on a thread of its own, so neither is on the worker's way.
  const hashing = typeof source === "string" || source.size < HASH_ELSEWHERE_BYTES ? null : hashElsewhere(source);
  return new Promise<LoadOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: LoadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      worker.terminate();
      resolve(outcome);
    };
    const failed = (message: string): LoadOutcome => ({ ok: false, format: "not-data", issues: [{ path: "", message }] });
    const watchdog = setTimeout(() => {
      hashing?.cancel();
      finish(failed(`Opening the data took longer than ${WATCHDOG_MS / 1000} seconds and was stopped.`));
    }, WATCHDOG_MS);
    const received = new HandOverReceiver();
    /** Bumped by a reset, which stops the building of events from the bytes. */
    let generation = 0;
    let fromBytes: Promise<void> = Promise.resolve();
    const take = (reply: WorkerReply) => {
      if (reply.kind === "progress") onProgress(reply.progress);
      else if (reply.kind === "events") onProgress({ stage: "receiving", done: received.add(reply.json), total: reply.total });
      // The events are built while the worker still parses and checks: its progress is what shows.
      else if (reply.kind === "spans") {
        const at = generation;
        fromBytes = receiveFileEvents(received, new Uint8Array(reply.bytes), reply.spans, () => generation !== at)
          .catch(() => received.fail());
      } else if (reply.kind === "reset") {
        generation++;
        received.reset();
      } else if (reply.kind === "done") {
        const { outcome, raw } = reply;
        fromBytes
          .then(() => received.finishInSlices(outcome, raw, undefined, onProgress))
          .then(async (rebuilt) => {
            const sha256 = hashing ? await hashing.result : rebuilt.sha256;
            // What the caller does with the dataset (putting it on screen) starts a task of its own.
            await yieldToPage();
            finish(sha256 === undefined ? rebuilt : { ...rebuilt, sha256 });
          })
          .catch((err: unknown) => finish(failed(err instanceof Error ? err.message : String(err))));
      } else {
        hashing?.cancel();
        finish(failed(reply.message));
      }
    };
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => take(ev.data);
    worker.onerror = (ev) => {
      ev.preventDefault();
      // A worker that cannot run here (blocked by the page's policy): do it on the main thread.
      clearTimeout(watchdog);
      worker.terminate();
      hashing?.cancel();
      settled = true;
      void loadHere(source, options, onProgress).then(resolve);
    };
    if (job) for (const reply of job.replies) take(reply as WorkerReply);
    else {
      const request: WorkerRequest = { source, options, hash: hashing === null };
      worker.postMessage(request);
    }
  });
}

/** The SHA-256 of `source` from a worker of its own; null where none can start (the load worker then hashes). */
function hashElsewhere(source: Blob): { result: Promise<string | undefined>; cancel: () => void } | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./hashWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
  let settle: (sha256: string | undefined) => void = () => {};
  const result = new Promise<string | undefined>((resolve) => {
    settle = (sha256) => {
      worker.terminate();
      resolve(sha256);
    };
  });
  worker.onmessage = (ev: MessageEvent<string | null>) => settle(typeof ev.data === "string" ? ev.data : undefined);
  worker.onerror = (ev) => {
    ev.preventDefault();
    settle(undefined);
  };
  worker.postMessage(source);
  return { result, cancel: () => settle(undefined) };
}
