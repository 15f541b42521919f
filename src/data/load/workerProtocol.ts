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
}

/** A load outcome whose dataset (or partial) travels as a shell, its events following in chunks. */
export type WireOutcome =
  | (Omit<Extract<LoadOutcome, { ok: true }>, "dataset"> & { dataset: DatasetShell })
  | (Omit<Extract<LoadOutcome, { ok: false }>, "partial"> & { partial?: DatasetShell });

/**
 * The worker's messages, in order: progress, then (for a dataset) its events in chunks of at most
 * `HAND_OVER_CHUNK` in dataset order (see `handOver.ts`), then `done`; or `failed` at any point.
 */
export type WorkerReply =
  | { kind: "progress"; progress: LoadProgress }
  /** `json`: a JSON array of consecutive events of the dataset; `total`: how many the dataset has. */
  | { kind: "events"; json: string; total: number }
  | { kind: "done"; outcome: WireOutcome }
  | { kind: "failed"; message: string };
