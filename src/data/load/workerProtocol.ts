import type { LoadOptions, LoadOutcome } from "./loadText.ts";

export type LoadStage = "reading" | "checking";

export interface WorkerRequest {
  source: File | Blob | string;
  options: LoadOptions;
}

export type WorkerReply = { kind: "progress"; stage: LoadStage } | { kind: "done"; outcome: LoadOutcome } | { kind: "failed"; message: string };
