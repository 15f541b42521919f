/**
 * Places events in swimlanes (one per category) and rows, in pixels, as plain data that an SVG or
 * a canvas renderer can draw. Contract: within a lane, two events whose marks (and shown labels)
 * overlap never share a row while a free row exists (a bar wider than half the plot may use only the
 * first `maxSpanningRows` rows); a label is shown only where it fits beside
 * its mark, inside the plot, clear of everything else in its row, so labels never overlap. When a lane runs out of rows, the remaining
 * marks go to the least-crowded row, flagged `crowded`: still drawn, still reachable by keyboard.
 * Work is O(events × maxRows); nothing reads the DOM.
 */
import type { Category, PoliticalEvent } from "../data/model.ts";
import type { MarkShape } from "../data/model.ts";
import type { TimeScale } from "./scales.ts";

export interface LayoutOptions {
  rowHeightPx: number;
  /** Space above a lane's rows for its name. */
  laneHeaderPx: number;
  laneGapPx: number;
  /** A point mark's diameter. */
  markSizePx: number;
  /** Shortest bar drawn for an interval. */
  minBarPx: number;
  /** Estimated advance per label character (labels are measured without a DOM). */
  labelCharPx: number;
  /** Gap kept between neighbours in a row. */
  gapPx: number;
  maxRows: number;
  /**
   * Rows open to a bar wider than half the plot. Long and ongoing intervals would otherwise take
   * every row of a busy lane and push all the points into one crowded row.
   */
  maxSpanningRows: number;
  /** Longest label, in characters, before it is cut with "…". */
  maxLabelChars: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  rowHeightPx: 26,
  laneHeaderPx: 18,
  laneGapPx: 6,
  markSizePx: 14,
  minBarPx: 6,
  labelCharPx: 6.6,
  gapPx: 6,
  maxRows: 6,
  maxSpanningRows: 2,
  maxLabelChars: 44,
};

export interface PlacedEvent {
  id: string;
  /** Index into the events given to `layoutEvents`. */
  index: number;
  lane: number;
  row: number;
  kind: "point" | "interval";
  /** Point: the mark's centre. Interval: the bar's left edge. Pixels. */
  x: number;
  /** Interval bar width in pixels; 0 for points. */
  width: number;
  /** Centre of the row, pixels from the top of the plot. */
  y: number;
  /** The label, or null where it does not fit. */
  label: string | null;
  labelX: number;
  /** Label drawn inside the bar (intervals only). */
  labelInside: boolean;
  /** "end" when the label sits left of its mark (near the plot's right edge). */
  labelAnchor: "start" | "end";
  color: string;
  shape: MarkShape;
  approximate: boolean;
  uncertain: boolean;
  ongoing: boolean;
  /** Placed over another mark because its lane ran out of rows. */
  crowded: boolean;
}

export interface PlacedLane {
  categoryId: string;
  index: number;
  /** Top of the lane, pixels. */
  y: number;
  height: number;
  rows: number;
  color: string;
  shape: MarkShape;
}

/** Counts the steps a layout takes (sort comparisons and row probes), so tests can guard its complexity without timing it. */
export interface WorkCounter {
  steps: number;
}

export interface TimelineLayout {
  lanes: PlacedLane[];
  events: PlacedEvent[];
  /** Total height of all lanes, pixels. */
  height: number;
}

/** "c. " marks an approximate date, a trailing "?" an uncertain one. */
export function labelText(title: string, approximate: boolean, uncertain: boolean, maxChars: number): string {
  const cut = title.length > maxChars ? `${title.slice(0, maxChars - 1).trimEnd()}…` : title;
  return `${approximate ? "c. " : ""}${cut}${uncertain ? " (?)" : ""}`;
}

/**
 * Lays out `events` (any order) in the lanes of `categories`, at the zoom of `x`.
 * `titleOf` gives each event's label text in the current language.
 */
export function layoutEvents(
  events: readonly PoliticalEvent[],
  categories: readonly Category[],
  x: TimeScale,
  titleOf: (e: PoliticalEvent) => string,
  options: LayoutOptions = DEFAULT_LAYOUT,
  work: WorkCounter = { steps: 0 },
): TimelineLayout {
  const o = options;
  const laneOf = new Map(categories.map((c, i) => [c.id, i]));
  // Rows fill left to right, so events must be visited in time order within each lane.
  const counted = (cmp: (a: number, b: number) => number) => (a: number, b: number) => (work.steps++, cmp(a, b));
  const order = events.map((_, i) => i).sort(counted((a, b) => events[a]!.time.start - events[b]!.time.start || events[a]!.time.end - events[b]!.time.end || (events[a]!.id < events[b]!.id ? -1 : 1)));
  const perLane: LaneRows[] = categories.map(() => ({ rightWithLabel: [], rightMark: [], last: [] }));
  const placed: PlacedEvent[] = [];
  const half = o.markSizePx / 2;
  const [rangeLeft, rangeRight] = x.range() as [number, number];

  for (const i of order) {
    const e = events[i]!;
    const lane = laneOf.get(e.category);
    if (lane === undefined) continue;
    const cat = categories[lane]!;
    const rows = perLane[lane]!;
    const isInterval = e.time.isInterval;
    const left = isInterval ? x(e.time.start) : x(e.time.at) - half;
    const right = isInterval ? Math.max(x(e.time.end), left + o.minBarPx) : x(e.time.at) + half;
    const text = labelText(titleOf(e), e.time.approximate, e.time.uncertain, o.maxLabelChars);
    const labelW = text.length * o.labelCharPx + 4;
    const inside = isInterval && right - left >= labelW + 8;
    // Labels go right of the mark, or left of it near the plot's right edge, or nowhere.
    const side: LabelSide = inside ? "inside" : right + 4 + labelW <= rangeRight ? "right" : left - 4 - labelW >= rangeLeft ? "left" : "none";
    const rowLimit = right - left > (rangeRight - rangeLeft) / 2 ? Math.min(o.maxRows, o.maxSpanningRows) : o.maxRows;
    const extentLeft = side === "left" ? left - 4 - labelW : left;
    const extentRight = side === "right" ? right + 4 + labelW : right;

    // 1. A row where the mark and its label fit after everything already there, labels included.
    let row = side === "none" ? -1 : firstRow(rows.rightWithLabel, extentLeft - o.gapPx, rowLimit, work);
    const labelled = row >= 0;
    if (row < 0) {
      // 2. A row where the bare mark fits, if the previous event there gives up its label.
      row = firstRow(rows.rightWithLabel, left - o.gapPx, rowLimit, work);
    }
    if (row < 0) {
      row = firstRow(rows.rightMark, left - o.gapPx, rowLimit, work);
      if (row >= 0) dropLabel(rows, row);
    }
    let crowded = false;
    if (row < 0) {
      // 3. No room: share the row whose marks end first, and say so.
      row = argMin(rows.rightMark, rowLimit);
      work.steps += rowLimit;
      crowded = true;
      dropLabel(rows, row);
    }
    const p: PlacedEvent = {
      id: e.id,
      index: i,
      lane,
      row,
      kind: isInterval ? "interval" : "point",
      x: isInterval ? left : x(e.time.at),
      width: isInterval ? right - left : 0,
      y: 0,
      label: labelled ? text : null,
      labelX: side === "inside" ? left + 4 : side === "left" ? left - 4 : right + 4,
      labelInside: side === "inside",
      labelAnchor: side === "left" ? "end" : "start",
      color: cat.color,
      shape: cat.shape,
      approximate: e.time.approximate,
      uncertain: e.time.uncertain,
      ongoing: e.time.ongoing,
      crowded,
    };
    rows.rightMark[row] = Math.max(rows.rightMark[row] ?? -Infinity, right);
    rows.rightWithLabel[row] = Math.max(rows.rightWithLabel[row] ?? -Infinity, labelled ? extentRight : right);
    rows.last[row] = p;
    placed.push(p);
  }

  const lanes: PlacedLane[] = [];
  let top = 0;
  categories.forEach((c, index) => {
    const rows = Math.max(1, perLane[index]!.rightMark.length);
    const height = o.laneHeaderPx + rows * o.rowHeightPx;
    lanes.push({ categoryId: c.id, index, y: top, height, rows, color: c.color, shape: c.shape });
    top += height + o.laneGapPx;
  });
  for (const p of placed) p.y = lanes[p.lane]!.y + o.laneHeaderPx + (p.row + 0.5) * o.rowHeightPx;
  // Back to the caller's order so `placed[k]` can be matched with input order if needed.
  placed.sort((a, b) => (work.steps++, a.index - b.index));
  return { lanes, events: placed, height: Math.max(0, top - o.laneGapPx) };
}

type LabelSide = "inside" | "right" | "left" | "none";

interface LaneRows {
  rightWithLabel: number[];
  rightMark: number[];
  last: (PlacedEvent | undefined)[];
}

/** Hides the label of the last event in `row`, freeing the space it took. */
function dropLabel(rows: LaneRows, row: number): void {
  const prev = rows.last[row];
  if (prev) prev.label = null;
  rows.rightWithLabel[row] = rows.rightMark[row] ?? -Infinity;
}

function firstRow(rights: number[], limit: number, maxRows: number, work: WorkCounter): number {
  for (let r = 0; r < maxRows; r++) {
    work.steps++;
    const right = rights[r];
    if (right === undefined || right <= limit) return r;
  }
  return -1;
}

/** The row among the first `limit` whose marks end first (rows not used yet end at -Infinity). */
function argMin(values: number[], limit: number): number {
  let best = 0;
  for (let r = 1; r < Math.min(values.length, limit); r++) if (values[r]! < values[best]!) best = r;
  return best;
}
