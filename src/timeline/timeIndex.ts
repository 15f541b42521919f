/**
 * Typed arrays over the shown events, built once per data or filter change, so that each zoom
 * frame finds what is on screen by binary search instead of scanning objects. The events must be
 * in time order (by start), as `Dataset.events` and the filtered list are.
 */
import type { PoliticalEvent } from "../data/model.ts";

export interface TimeIndex {
  readonly length: number;
  /** Start of `events[i]`, UTC ms. */
  readonly start: Float64Array;
  /** End of `events[i]` (for an ongoing interval: the dataset's update date). */
  readonly end: Float64Array;
  /** Where a point is drawn (its `time.at`); for intervals, the start. */
  readonly at: Float64Array;
  /** The latest end among `events[0..i]`: never decreases, so it can be binary-searched. */
  readonly maxEndUpTo: Float64Array;
  /** The lane of `events[i]` (its category's position among `laneIds`), or -1 when not shown. */
  readonly lane: Int16Array;
  /**
   * Null when entry i is `events[i]` of the list the index was made for. Otherwise the index
   * covers a longer list (every event of the dataset; see timeIndexFor) and `listed` holds,
   * ascending, the entries in the list: entry `listed[k]` is `events[k]`, and every other entry
   * has lane -1, so it is never counted or drawn.
   */
  readonly listed: Int32Array | null;
}

/** An empty index for `n` events, to be filled in time order. */
function allocate(n: number): TimeIndex {
  return { length: n, start: new Float64Array(n), end: new Float64Array(n), at: new Float64Array(n), maxEndUpTo: new Float64Array(n), lane: new Int16Array(n), listed: null };
}

/** Fills `maxEndUpTo` from `end`. */
function runningMaxEnd(index: TimeIndex): TimeIndex {
  let maxEnd = -Infinity;
  for (let i = 0; i < index.length; i++) {
    if (index.end[i]! > maxEnd) maxEnd = index.end[i]!;
    index.maxEndUpTo[i] = maxEnd;
  }
  return index;
}

export function buildTimeIndex(events: readonly PoliticalEvent[], laneIds: readonly string[]): TimeIndex {
  const laneOf = new Map(laneIds.map((id, i) => [id, i]));
  const index = allocate(events.length);
  events.forEach((e, i) => {
    const t = e.time;
    index.start[i] = t.start;
    index.end[i] = t.end;
    index.at[i] = t.isInterval ? t.start : t.at;
    index.lane[i] = laneOf.get(e.category) ?? -1;
  });
  return runningMaxEnd(index);
}

/**
 * The index of a subset of the events `full` was built over (`positions`, ascending), with lanes
 * renumbered by `laneOf` (a full-index lane to a lane of the subset's view, or -1): the same result
 * as buildTimeIndex on the subset, from typed arrays only.
 */
export function gatherTimeIndex(full: TimeIndex, positions: Int32Array, laneOf: Int16Array): TimeIndex {
  const index = allocate(positions.length);
  const { start, end, at, lane, maxEndUpTo } = index;
  // One plain loop over locals (the running maximum too): this runs on every filter change.
  let maxEnd = -Infinity;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    start[i] = full.start[p]!;
    const e = full.end[p]!;
    end[i] = e;
    if (e > maxEnd) maxEnd = e;
    maxEndUpTo[i] = maxEnd;
    at[i] = full.at[p]!;
    const l = full.lane[p]!;
    lane[i] = l < 0 ? -1 : laneOf[l]!;
  }
  return index;
}

/**
 * The index of the events at `positions` of the list `full` was made over (ascending), lanes
 * renumbered by `laneOf`: gathered (gatherTimeIndex) when they are few, or, when they are at least
 * half of them, `full`'s own times with a new lane array that hides the others (`listed`). That
 * costs one small array instead of five large ones, and a view then scans at most twice the
 * entries a gathered index would have.
 */
export function timeIndexFor(full: TimeIndex, positions: Int32Array, laneOf: Int16Array): TimeIndex {
  if (full.listed !== null || positions.length * 2 < full.length) return gatherTimeIndex(full, positions, laneOf);
  const lane = new Int16Array(full.length).fill(-1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const l = full.lane[p]!;
    lane[p] = l < 0 ? -1 : laneOf[l]!;
  }
  return { length: full.length, start: full.start, end: full.end, at: full.at, maxEndUpTo: full.maxEndUpTo, lane, listed: positions };
}

/** The first index in [0, n] whose value is ≥ `value` (or > it with `strict`), in an ascending array. */
export function lowerBound(values: ArrayLike<number>, value: number, strict = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? values[mid]! <= value : values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [lo, hi) that holds every event overlapping [from, to]: nothing before `lo`
 * ends at or after `from`, nothing from `hi` on starts at or before `to`. Inside the range an
 * event may still end before `from` (a short event after a long one): `overlaps` tells.
 */
export function visibleRange(index: TimeIndex, from: number, to: number): [number, number] {
  const lo = lowerBound(index.maxEndUpTo, from);
  const hi = lowerBound(index.start, to, true);
  return [lo, Math.max(lo, hi)];
}

export function overlaps(index: TimeIndex, i: number, from: number, to: number): boolean {
  return index.end[i]! >= from && index.start[i]! <= to;
}

/** How many shown events overlap [from, to]. */
export function countVisible(index: TimeIndex, from: number, to: number): number {
  const [lo, hi] = visibleRange(index, from, to);
  let count = 0;
  for (let i = lo; i < hi; i++) if (index.end[i]! >= from && index.lane[i]! >= 0) count++;
  return count;
}
