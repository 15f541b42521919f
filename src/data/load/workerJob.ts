/**
 * What the load worker does with one request, apart from the worker itself so it can be run and
 * tested anywhere: reads the source, posts where the file's events lie when it can
 * (`handOver.ts`), imports and validates, then finishes the hand-over.
 */
import { decodeBytes } from "./decodeBytes.ts";
import { findEvents } from "./eventSpans.ts";
import { streamedLoad } from "./streamedLoad.ts";
import { trySha256 } from "./hash.ts";
import { rawFinish, splitOutcome } from "./handOver.ts";
import { loadText } from "./loadText.ts";
import type { LoadOptions } from "./loadText.ts";
import { throttleProgress } from "./progressThrottle.ts";
import type { RawFinish, WireOutcome, WorkerReply, WorkerRequest } from "./workerProtocol.ts";

export type Post = (msg: WorkerReply, transfer?: Transferable[]) => void;

/** UTF-16 files (a byte-order mark says so) are decoded as such; their bytes are not UTF-8 text. */
const isUtf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

export async function runLoadJob({ source, options, hash: hashHere = true, bytes: given }: WorkerRequest, post: Post, chunk?: number): Promise<void> {
  try {
    const progress = throttleProgress((p) => post({ kind: "progress", progress: p }));
    progress({ stage: "reading" });
    let text: string;
    let bytes: ArrayBuffer | null = null;
    let eventCount = -1;
    if (typeof source === "string") text = source;
    else {
      bytes = given ?? (await source.arrayBuffer());
      const view = new Uint8Array(bytes);
      const found = isUtf16(view) ? null : findEvents(view);
      if (found) {
        eventCount = found.spans.length / 2;
        // The page starts building events from its own copy of the bytes while this thread checks.
        const copy = found.spans.slice();
        const pageBytes = bytes.slice(0);
        post({ kind: "spans", spans: copy, bytes: pageBytes }, [copy.buffer, pageBytes]);
        // A valid "cronica/1" file goes through a chunk at a time; anything else the full way.
        const streamed = streamedLoad(view, found, { ...options, byteLength: source.size }, progress, chunk);
        if (streamed) {
          const sha256 = hashHere ? await trySha256(bytes) : undefined;
          const { order, times, flags } = streamed.raw;
          post({ kind: "done", outcome: sha256 === undefined ? streamed.done : ({ ...streamed.done, sha256 } as WireOutcome), raw: streamed.raw }, [order.buffer, times.buffer, flags.buffer]);
          return;
        }
      }
      text = decodeBytes(bytes);
    }
    // The hash is of the file's bytes. Web Crypto hashes on the thread that asks, so the page
    // usually has it done on another (`hashWorker.ts`).
    const hash = hashHere ? trySha256(bytes ?? text) : Promise.resolve(undefined);
    const opts: LoadOptions = typeof source === "string" ? options : { ...options, byteLength: source.size };
    let order: Int32Array | undefined;
    let rawEvents: readonly unknown[] | undefined;
    const outcome = loadText(
      text,
      opts,
      progress,
      eventCount >= 0
        ? (o, r) => {
            order = o;
            rawEvents = r;
          }
        : undefined,
    );
    let done: WireOutcome;
    let raw: RawFinish | undefined;
    if (outcome.ok && order && rawEvents && rawEvents.length === eventCount) ({ done, raw } = rawFinish(outcome, order, rawEvents));
    else {
      if (eventCount >= 0) post({ kind: "reset" });
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
