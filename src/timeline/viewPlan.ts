/**
 * What the timeline draws for the current view, decided from how many shown events overlap it:
 * - "svg": few enough for one SVG element per event, labels and all (every small dataset);
 * - "canvas": the same layout, painted on a canvas (SVG keeps the axis and the emphasized marks);
 * - "density": too many to tell apart, so each lane shows per-bin counts until the reader zooms in.
 * Pure: the plan is plain data that the canvas, the SVG and the SVG export all draw from.
 */
import type { Category, PoliticalEvent } from "../data/model.ts";
import { densityBins } from "./density.ts";
import type { DensityBins } from "./density.ts";
import { DEFAULT_LAYOUT, layoutEvents } from "./layout.ts";
import type { LayoutOptions, PlacedLane, TimelineLayout, WorkCounter } from "./layout.ts";
import type { TimeScale } from "./scales.ts";
import { countVisible, lowerBound, visibleRange } from "./timeIndex.ts";
import type { TimeIndex } from "./timeIndex.ts";

/** At most this many events on screen are drawn as SVG elements. */
export const SVG_MAX_MARKS = 200;
/** At most this many are drawn one by one on the canvas; more become density bins. */
export const CANVAS_MAX_MARKS = 3000;
/** Rows of a lane in density mode. */
export const DENSITY_ROWS = 2;

export type DrawMode = "svg" | "canvas" | "density";

export function chooseMode(visibleCount: number): DrawMode {
  return visibleCount <= SVG_MAX_MARKS ? "svg" : visibleCount <= CANVAS_MAX_MARKS ? "canvas" : "density";
}

export type ViewPlan =
  | { mode: "svg" | "canvas"; layout: TimelineLayout; visibleCount: number }
  | { mode: "density"; bins: DensityBins; lanes: PlacedLane[]; height: number; visibleCount: number };

export interface PlanInput {
  /** The shown events, in time order; placed events' `index` points into this array. */
  events: readonly PoliticalEvent[];
  index: TimeIndex;
  /** The lanes shown, in order (their positions are `index.lane`). */
  categories: readonly Category[];
  x: TimeScale;
  titleOf: (e: PoliticalEvent) => string;
  options?: LayoutOptions;
  /** Counts the layout's steps (for tests of its complexity). */
  work?: WorkCounter;
}

export function planView({ events, index, categories, x, titleOf, options = DEFAULT_LAYOUT, work }: PlanInput): ViewPlan {
  const [from, to] = x.domain().map(Number) as [number, number];
  const [, width] = x.range() as [number, number];
  const visibleCount = countVisible(index, from, to);
  const mode = chooseMode(visibleCount);
  if (mode === "density") {
    const bins = densityBins(index, [from, to], width, categories.length);
    const lanes: PlacedLane[] = [];
    let top = 0;
    categories.forEach((c, i) => {
      const height = options.laneHeaderPx + DENSITY_ROWS * options.rowHeightPx;
      lanes.push({ categoryId: c.id, index: i, y: top, height, rows: DENSITY_ROWS, color: c.color, shape: c.shape });
      top += height + options.laneGapPx;
    });
    return { mode, bins, lanes, height: Math.max(0, top - options.laneGapPx), visibleCount };
  }
  // A small dataset is laid out whole, so rows never change as the reader pans. A large one is laid
  // out over the screen plus half a screen each side: the work follows what is visible, not n.
  if (events.length <= SVG_MAX_MARKS) return { mode, layout: layoutEvents(events, categories, x, titleOf, options, work), visibleCount };
  const pad = (to - from) / 2;
  const [lo, hi] = visibleRange(index, from - pad, to + pad);
  const subset: PoliticalEvent[] = [];
  const globalIndex: number[] = [];
  // Entry i is events[i], or, in an index over more than the list, events[k] where listed[k] is i.
  const { listed } = index;
  let k = listed === null ? 0 : lowerBound(listed, lo);
  for (let i = lo; i < hi; i++) {
    let item = i;
    if (listed !== null) {
      if (k >= listed.length || listed[k] !== i) continue;
      item = k++;
    }
    if (index.end[i]! < from - pad) continue;
    subset.push(events[item]!);
    globalIndex.push(item);
  }
  const layout = layoutEvents(subset, categories, x, titleOf, options, work);
  for (const p of layout.events) p.index = globalIndex[p.index]!;
  return { mode, layout, visibleCount };
}

/** The lanes and total height of a plan, whatever its mode. */
export function planLanes(plan: ViewPlan): { lanes: readonly PlacedLane[]; height: number } {
  return plan.mode === "density" ? { lanes: plan.lanes, height: plan.height } : { lanes: plan.layout.lanes, height: plan.layout.height };
}
