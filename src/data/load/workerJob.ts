/**
 * What the load worker does with one request, apart from the worker itself so it can be run and
 * tested anywhere: reads the source, posts the file's event bytes at once when it can
 * (`handOver.ts`), imports and validates, then finishes the hand-over.
 */
import { decodeBytes } from "./decodeBytes.ts";
import { findEventSpans } from "./eventSpans.ts";
import { trySha256 } from "./hash.ts";
import { rawChunks, rawFinish, splitOutcome } from "./handOver.ts";
import { loadText } from "./loadText.ts";
import type { LoadOptions } from "./loadText.ts";
import { throttleProgress } from "./progressThrottle.ts";
import type { RawFinish, WireOutcome, WorkerReply, WorkerRequest } from "./workerProtocol.ts";

export type Post = (msg: WorkerReply, transfer?: Transferable[]) => void;

/** UTF-16 files (a byte-order mark says so) are decoded as such; their bytes are not UTF-8 text. */
const isUtf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

export async function runLoadJob({ source, options }: WorkerRequest, post: Post, chunk?: number): Promise<void> {
  try {
    const progress = throttleProgress((p) => post({ kind: "progress", progress: p }));
    progress({ stage: "reading" });
    let text: string;
    let bytes: ArrayBuffer | null = null;
    let spans: Int32Array | null = null;
    if (typeof source === "string") text = source;
    else {
      bytes = await source.arrayBuffer();
      const view = new Uint8Array(bytes);
      spans = isUtf16(view) ? null : findEventSpans(view);
      // The page starts building events from these while this thread parses and checks.
      if (spans) for (const reply of rawChunks(view, spans, chunk)) post(reply, [reply.bytes.buffer]);
      text = decodeBytes(bytes);
    }
    // Web Crypto hashes on its own thread while this one parses (the hash is of the file's bytes).
    const hash = trySha256(bytes ?? text);
    const opts: LoadOptions = typeof source === "string" ? options : { ...options, byteLength: source.size };
    let order: Int32Array | undefined;
    let rawEvents: readonly unknown[] | undefined;
    const outcome = loadText(
      text,
      opts,
      progress,
      spans
        ? (o, r) => {
            order = o;
            rawEvents = r;
          }
        : undefined,
    );
    let done: WireOutcome;
    let raw: RawFinish | undefined;
    if (spans && outcome.ok && order && rawEvents && rawEvents.length === spans.length / 2) ({ done, raw } = rawFinish(outcome, order, rawEvents));
    else {
      if (spans) post({ kind: "reset" });
      const split = splitOutcome(outcome, chunk);
      for (const reply of split.chunks) post(reply);
      done = split.done;
    }
    const sha256 = await hash;
    const withHash = sha256 === undefined ? done : ({ ...done, sha256 } as WireOutcome);
    post(raw ? { kind: "done", outcome: withHash, raw } : { kind: "done", outcome: withHash }, raw ? [raw.order.buffer, raw.times.buffer, raw.flags.buffer] : []);
  } catch (err) {
    post({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
}
