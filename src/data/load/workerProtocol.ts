import type { LoadOptions, LoadOutcome } from "./loadText.ts";
import type { DatasetShell } from "./handOver.ts";

/** Where a load is: reading the bytes, parsing the text, checking events, receiving them from the worker. */
export type LoadStage = "reading" | "parsing" | "checking" | "receiving";

/** A stage, and how far into it when that is known (`done` of `total` events). */
export interface LoadProgress {
  stage: LoadStage;
  done?: number;
  total?: number;
}

export interface WorkerRequest {
  source: File | Blob | string;
  options: LoadOptions;
  /** false: the page hashes the file elsewhere (`hashWorker.ts`), so the outcome has no `sha256`. */
  hash?: boolean;
  /** The source's bytes, when whoever asks has them already (the early load): not read again. */
  bytes?: ArrayBuffer;
}

/**
 * From `public/prefetch.js`, before the app's code has loaded: fetch the `?data=` file (its address
 * as written) and load it. The worker answers with a `PrefetchReply`, then, for a file it has,
 * the `WorkerReply`s of its load, which the page takes over once its own code runs (`prefetched.ts`).
 */
export interface PrefetchRequest {
  prefetch: string;
}

/** `unfetched`: anything but a whole file within the cap; the page then fetches it itself, so its errors come from one place. */
export type PrefetchReply = { kind: "fetched"; blob: Blob } | { kind: "unfetched" };

/** A load outcome whose dataset (or partial) travels as a shell, its events following in chunks. */
export type WireOutcome =
  | (Omit<Extract<LoadOutcome, { ok: true }>, "dataset"> & { dataset: DatasetShell })
  | (Omit<Extract<LoadOutcome, { ok: false }>, "partial"> & { partial?: DatasetShell });

/**
 * The end of a hand-over of the file's own bytes (`handOver.ts`), all indexed by file event:
 * `times` holds start, end and at of each event's span, `flags` its precision and booleans,
 * `order[k]` the file index of the dataset's event k, `replaced` the JSON of the checked form of
 * each event that is not exactly as the file has it.
 */
export interface RawFinish {
  order: Int32Array;
  times: Float64Array;
  flags: Uint8Array;
  replaced: { index: number; json: string }[];
}

/**
 * The worker's messages, in order: progress, then (for a dataset) its events in chunks of at most
 * `HAND_OVER_CHUNK` (see `handOver.ts`), then `done`; or `failed` at any point. Where the file's
 * events lie (`spans`) may come first, interleaved with progress, for the page to build events from
 * its own copy of the file's bytes; `reset` drops those, and JSON chunks in dataset order follow
 * instead. A `done` with `raw` finishes a hand-over of bytes.
 */
export type WorkerReply =
  | { kind: "progress"; progress: LoadProgress }
  /** `json`: a JSON array of consecutive events of the dataset; `total`: how many the dataset has. */
  | { kind: "events"; json: string; total: number }
  /**
   * Where the file's events lie in its bytes ([start, end) pairs, `findEventSpans`), and a copy of
   * those bytes (transferred: the page then need not read the file again, which for a big one is
   * slower than this thread's copy).
   */
  | { kind: "spans"; spans: Int32Array; bytes: ArrayBuffer }
  | { kind: "reset" }
  | { kind: "done"; outcome: WireOutcome; raw?: RawFinish }
  | { kind: "failed"; message: string };
