/** The normalized, read-only dataset the app works on (made once by `parseDataset`). */
import type { TimeSpan } from "./dates.ts";
import type { CategoryInput, DatasetInput, EventInput } from "./schema.ts";

/** Distinct mark shapes, so colour is never the only cue for a category. */
export const MARK_SHAPES = ["circle", "square", "diamond", "triangle", "triangle-down", "hexagon", "star", "cross"] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

/**
 * Okabe–Ito, darkened where needed to reach 3:1 contrast on white; used for categories that
 * name no colour.
 */
export const FALLBACK_COLORS = ["#0072B2", "#C34A00", "#A4336E", "#007A5E", "#8A6D00", "#5E4FA2", "#2F7FA8", "#555555"];

export interface Category extends CategoryInput {
  color: string;
  shape: MarkShape;
  /** Position in the dataset's list: the swimlane order. */
  index: number;
}

/** An event as written in the file, plus its parsed time. `PoliticalEvent`, never `Event`. */
export interface PoliticalEvent extends EventInput {
  time: TimeSpan;
}

export interface Dataset extends Omit<DatasetInput, "categories" | "events"> {
  categories: readonly Category[];
  /** Sorted by start, then end, then id. */
  events: readonly PoliticalEvent[];
  eventById: ReadonlyMap<string, PoliticalEvent>;
  categoryById: ReadonlyMap<string, Category>;
  /** [earliest start, latest end] of all events, UTC ms. */
  extent: readonly [number, number];
  /** The `updated` date as UTC ms (end of that day): where ongoing intervals stop. */
  updatedMs: number;
}

/** One problem found in a dataset, located precisely enough to fix it. */
export interface DatasetIssue {
  /** JSON path, e.g. `events[3].sources[0].url`. */
  path: string;
  message: string;
  /** Index of the event in the file's `events` array, when the problem is inside an event. */
  eventIndex?: number;
  eventId?: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };
