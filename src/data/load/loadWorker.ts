/// <reference lib="webworker" />
/** The worker side of loadInWorker: reads, imports and validates off the main thread. */
import { trySha256 } from "./hash.ts";
import { loadText } from "./loadText.ts";
import type { LoadOptions } from "./loadText.ts";
import type { WorkerReply, WorkerRequest } from "./workerProtocol.ts";

const post = (msg: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const { source, options } = ev.data;
  try {
    post({ kind: "progress", stage: "reading" });
    const text = typeof source === "string" ? source : await source.text();
    post({ kind: "progress", stage: "checking" });
    const opts: LoadOptions = typeof source === "string" ? options : { ...options, byteLength: source.size };
    const outcome = loadText(text, opts);
    post({ kind: "done", outcome: { ...outcome, sha256: await trySha256(text) } });
  } catch (err) {
    post({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
};
