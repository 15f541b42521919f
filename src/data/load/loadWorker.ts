/// <reference lib="webworker" />
/** The worker side of loadInWorker: reads, imports and validates off the main thread. */
import { readSource } from "./decodeBytes.ts";
import { trySha256 } from "./hash.ts";
import { splitOutcome } from "./handOver.ts";
import { loadText } from "./loadText.ts";
import type { LoadOptions } from "./loadText.ts";
import { throttleProgress } from "./progressThrottle.ts";
import type { WorkerReply, WorkerRequest } from "./workerProtocol.ts";

const post = (msg: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const { source, options } = ev.data;
  try {
    const progress = throttleProgress((p) => post({ kind: "progress", progress: p }));
    progress({ stage: "reading" });
    // The bytes as they came (the hash is of the file, not of its decoded text), then the text.
    const { text, bytes } = await readSource(source);
    // Web Crypto hashes on its own thread while this one parses.
    const hash = trySha256(bytes ?? text);
    const opts: LoadOptions = typeof source === "string" ? options : { ...options, byteLength: source.size };
    const outcome = loadText(text, opts, progress);
    const { chunks, done } = splitOutcome(outcome);
    for (const chunk of chunks) post(chunk);
    const sha256 = await hash;
    post({ kind: "done", outcome: sha256 === undefined ? done : { ...done, sha256 } });
  } catch (err) {
    post({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
};
