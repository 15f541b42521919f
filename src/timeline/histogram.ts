/**
 * Event density over time, for the overview strip: events binned into calendar units (UTC days,
 * Monday weeks, months, quarters, years) and counted per category, then turned into bar
 * rectangles. Binning reads each event once and finds its bin by binary search over at most
 * `maxBins` edges: O(n log bins), never O(n × bins), so it stays cheap at 100,000 events.
 */
import { bisector, bisectRight, utcDay, utcMonday, utcMonth, utcYear } from "d3";
import type { TimeInterval } from "d3";
import type { PoliticalEvent } from "../data/model.ts";

export type BinUnit = "day" | "week" | "month" | "quarter" | "year";

export interface Bin {
  /** First instant of the bin, UTC ms. */
  start: number;
  /** First instant after the bin (exclusive), UTC ms. */
  end: number;
  /** Events per category, in the order of the `categoryIds` given to `binEvents`. */
  counts: number[];
  /** All events in the bin, including any whose category is not in `categoryIds`. */
  total: number;
}

export interface Histogram {
  unit: BinUnit;
  /** Contiguous, in time order; the first starts at or before the bounds, the last ends at or after. */
  bins: Bin[];
  /** The largest `total` of any bin (0 when there are no events). */
  max: number;
}

interface Step {
  unit: BinUnit;
  /** Average length, only to skip steps that would obviously give too many bins. */
  ms: number;
  interval: TimeInterval;
}

const D = 86_400_000;
const Y = 365.25 * D;

/** From fine to coarse; the first step that fits in `maxBins` wins. */
const STEPS: Step[] = [
  { unit: "day", ms: D, interval: utcDay },
  { unit: "week", ms: 7 * D, interval: utcMonday },
  { unit: "month", ms: Y / 12, interval: utcMonth },
  { unit: "quarter", ms: Y / 4, interval: utcMonth.every(3)! },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000].map((k): Step => ({ unit: "year", ms: k * Y, interval: utcYear.every(k)! })),
];

/** The bin edges of `interval` across `bounds`: `bins + 1` instants, UTC ms. */
function edgesOf(interval: TimeInterval, bounds: readonly [number, number]): number[] {
  const first = interval.floor(new Date(bounds[0]));
  const last = interval.ceil(new Date(bounds[1]));
  const edges = interval.range(first, new Date(last.getTime() + 1)).map((d) => d.getTime());
  if (edges.length < 2) edges.push(interval.offset(first, 1).getTime());
  return edges;
}

/** The finest step whose bins across `bounds` number at most `maxBins`, with its edges. */
function chooseEdges(bounds: readonly [number, number], maxBins: number): { unit: BinUnit; edges: number[] } {
  const span = bounds[1] - bounds[0];
  let fallback: { unit: BinUnit; edges: number[] } | null = null;
  for (const step of STEPS) {
    if (span / step.ms > maxBins) continue;
    const edges = edgesOf(step.interval, bounds);
    fallback = { unit: step.unit, edges };
    if (edges.length - 1 <= maxBins) return fallback;
  }
  return fallback ?? { unit: "year", edges: edgesOf(STEPS[STEPS.length - 1]!.interval, bounds) };
}

/** Where an event is counted: its mark's instant for a point, its start for an interval. */
function eventInstant(e: PoliticalEvent): number {
  const time = e.time;
  return time.isInterval ? time.start : time.at;
}

/**
 * Bins events by `time.at` (points) or `time.start` (intervals) into UTC days, Monday weeks,
 * months, quarters or years, the finest that gives at most `maxBins` (at least 2) bins across
 * `bounds`. Events outside the bins are not counted; events of an unknown category count only in
 * `total`.
 */
export function binEvents(
  events: readonly PoliticalEvent[],
  categoryIds: readonly string[],
  bounds: readonly [number, number],
  maxBins: number,
): Histogram {
  if (!Number.isFinite(bounds[0]) || !Number.isFinite(bounds[1]) || bounds[1] < bounds[0]) return { unit: "day", bins: [], max: 0 };
  const { unit, edges } = chooseEdges(bounds, Math.max(2, Math.floor(maxBins)));
  const categoryIndex = new Map(categoryIds.map((id, i) => [id, i]));
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    bins.push({ start: edges[i]!, end: edges[i + 1]!, counts: new Array<number>(categoryIds.length).fill(0), total: 0 });
  }
  for (const e of events) {
    const bin = bins[bisectRight(edges, eventInstant(e)) - 1];
    if (!bin) continue;
    bin.total++;
    const c = categoryIndex.get(e.category);
    if (c !== undefined) bin.counts[c]!++;
  }
  let max = 0;
  for (const bin of bins) max = Math.max(max, bin.total);
  return { unit, bins, max };
}

/**
 * Which bin each event falls in, for binning many subsets of the same events (one per filter
 * change) without reading the events again: found once per data, bounds and `maxBins`.
 */
export interface BinLayout {
  unit: BinUnit;
  /** Bin edges, UTC ms: bin b is [edges[b], edges[b + 1]). */
  edges: readonly number[];
  /** Per event, its bin, or -1 when it falls outside the bins. */
  binOf: Int32Array;
}

/**
 * The bins binEvents would choose for `bounds` and `maxBins`, and the bin of each event whose
 * instant (a point's `time.at`, an interval's start: TimeIndex.at) is `at[i]`.
 */
export function binLayout(at: Float64Array, bounds: readonly [number, number], maxBins: number): BinLayout {
  if (!Number.isFinite(bounds[0]) || !Number.isFinite(bounds[1]) || bounds[1] < bounds[0]) return { unit: "day", edges: [], binOf: new Int32Array(at.length).fill(-1) };
  const { unit, edges } = chooseEdges(bounds, Math.max(2, Math.floor(maxBins)));
  const bins = edges.length - 1;
  const binOf = new Int32Array(at.length);
  for (let i = 0; i < at.length; i++) {
    const b = bisectRight(edges, at[i]!) - 1;
    binOf[i] = b >= 0 && b < bins ? b : -1;
  }
  return { unit, edges, binOf };
}

/**
 * The histogram binEvents gives for the events at `positions` (all events when null), from a
 * BinLayout and each event's category number (`category[i]`, -1 for one not in the categories
 * counted): O(events shown), reading typed arrays only.
 */
export function histogramOf(layout: BinLayout, category: Int16Array, categories: number, positions: Int32Array | null): Histogram {
  const { edges, binOf } = layout;
  const n = Math.max(0, edges.length - 1);
  const totals = new Int32Array(n);
  const counts = new Int32Array(n * categories);
  const count = (i: number) => {
    const b = binOf[i]!;
    if (b < 0) return;
    totals[b]!++;
    const c = category[i]!;
    if (c >= 0 && c < categories) counts[b * categories + c]!++;
  };
  if (positions === null) for (let i = 0; i < binOf.length; i++) count(i);
  else for (let k = 0; k < positions.length; k++) count(positions[k]!);
  const bins: Bin[] = [];
  let max = 0;
  for (let b = 0; b < n; b++) {
    bins.push({ start: edges[b]!, end: edges[b + 1]!, counts: Array.from(counts.subarray(b * categories, (b + 1) * categories)), total: totals[b]! });
    if (totals[b]! > max) max = totals[b]!;
  }
  return { unit: layout.unit, bins, max };
}

const byStart = bisector((b: Bin) => b.start);

/** The index of the bin containing `ms`, or -1 outside the histogram. */
export function binIndexAt(h: Histogram, ms: number): number {
  const first = h.bins[0];
  const last = h.bins[h.bins.length - 1];
  if (!first || !last || ms < first.start || ms >= last.end) return -1;
  return byStart.right(h.bins, ms) - 1;
}

/** One bar of a histogram, in pixels. */
export interface BarRect {
  /** Index of the bin. */
  bin: number;
  /** Index into the categories, or -1 for a bin's total. */
  category: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars as the `d` of one SVG path: one closed rectangle per bar, in whole hundredths of a pixel.
 * One path per colour instead of one element per bar keeps a filter change to a few attributes.
 */
export function barsPath(bars: readonly BarRect[]): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  let d = "";
  for (const b of bars) d += `M${r(b.x)},${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z`;
  return d;
}

/**
 * Bars growing up from `heightPx`, scaled so `max` fills the height: one per non-empty bin
 * (`stacked` false, at least 1 px tall so a lone event stays visible), or one per non-empty
 * category in each bin, stacked in category order (`stacked` true).
 */
export function histogramBars(h: Histogram, x: (ms: number) => number, heightPx: number, max: number, stacked: boolean): BarRect[] {
  const out: BarRect[] = [];
  if (max <= 0) return out;
  const k = heightPx / max;
  h.bins.forEach((bin, i) => {
    if (bin.total === 0) return;
    const x0 = x(bin.start);
    const full = x(bin.end) - x0;
    // A 1 px gap between bars when there is room for it.
    const width = full > 3 ? full - 1 : full;
    if (!stacked) {
      const height = Math.max(1, bin.total * k);
      out.push({ bin: i, category: -1, x: x0, y: heightPx - height, width, height });
      return;
    }
    let y = heightPx;
    bin.counts.forEach((count, c) => {
      if (count === 0) return;
      const height = count * k;
      y -= height;
      out.push({ bin: i, category: c, x: x0, y, width, height });
    });
  });
  return out;
}
