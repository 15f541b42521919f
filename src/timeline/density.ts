/**
 * Per-lane density bins for coarse zoom: when too many events are on screen to draw one by one,
 * each lane shows how many events start in each stretch of time. Bin widths come from a ladder of
 * calendar-like steps aligned to the epoch, so panning never moves a bin's edges and zooming
 * changes them in steps, not on every frame. Pure; the work is O(visible events) per call.
 */
import type { TimeIndex } from "./timeIndex.ts";
import { visibleRange } from "./timeIndex.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Bin widths, smallest first. Months and years are approximated by 30 and 365 days. */
export const BIN_STEPS_MS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1825 * DAY, 3650 * DAY];

export interface DensityBins {
  /** Width of one bin, ms. */
  binMs: number;
  /** Start of bin 0, ms (a multiple of binMs). */
  firstStart: number;
  binCount: number;
  lanes: number;
  /** `counts[lane * binCount + bin]`. */
  counts: Uint32Array;
  /** The largest count in any bin (0 when empty). */
  max: number;
  /** Events counted in all. */
  total: number;
}

/** The smallest step on the ladder at least `minBinPx` wide at `msPerPx`. */
export function binStepMs(msPerPx: number, minBinPx: number): number {
  const wanted = msPerPx * minBinPx;
  return BIN_STEPS_MS.find((s) => s >= wanted) ?? Math.ceil(wanted / BIN_STEPS_MS.at(-1)!) * BIN_STEPS_MS.at(-1)!;
}

/**
 * Counts the events overlapping `domain` per lane and bin. An event is counted once, in the bin
 * where it starts (a point where it is drawn); an interval that began before the window counts in
 * the first bin. Events in no lane (lane -1) are skipped.
 */
export function densityBins(index: TimeIndex, domain: readonly [number, number], widthPx: number, lanes: number, minBinPx = 6): DensityBins {
  const [from, to] = domain;
  const binMs = binStepMs((to - from) / Math.max(1, widthPx), minBinPx);
  const firstStart = Math.floor(from / binMs) * binMs;
  const binCount = Math.max(1, Math.ceil((to - firstStart) / binMs));
  const counts = new Uint32Array(lanes * binCount);
  const [lo, hi] = visibleRange(index, from, to);
  let max = 0;
  let total = 0;
  for (let i = lo; i < hi; i++) {
    const lane = index.lane[i]!;
    if (lane < 0 || lane >= lanes || index.end[i]! < from) continue;
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor((index.at[i]! - firstStart) / binMs)));
    const k = lane * binCount + bin;
    const c = counts[k]! + 1;
    counts[k] = c;
    if (c > max) max = c;
    total++;
  }
  return { binMs, firstStart, binCount, lanes, counts, max, total };
}

/** The bin holding time `t` (clamped to the bins), and its [start, end) in ms. */
export function binAt(bins: DensityBins, t: number): { bin: number; start: number; end: number } {
  const bin = Math.min(bins.binCount - 1, Math.max(0, Math.floor((t - bins.firstStart) / bins.binMs)));
  const start = bins.firstStart + bin * bins.binMs;
  return { bin, start, end: start + bins.binMs };
}

export function binCount(bins: DensityBins, lane: number, bin: number): number {
  return lane < 0 || lane >= bins.lanes || bin < 0 || bin >= bins.binCount ? 0 : bins.counts[lane * bins.binCount + bin]!;
}
