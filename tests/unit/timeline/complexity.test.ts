/**
 * The layout and the view plan must stay near-linear: these count the work they do (sort
 * comparisons and row probes) on 100,000 events instead of timing it, so they hold on any machine.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT, layoutEvents } from "../../../src/timeline/layout.ts";
import type { WorkCounter } from "../../../src/timeline/layout.ts";
import { timeScale } from "../../../src/timeline/scales.ts";
import { buildTimeIndex } from "../../../src/timeline/timeIndex.ts";
import { SVG_MAX_MARKS, planView } from "../../../src/timeline/viewPlan.ts";
import { DAY_MS, LANES, T0, manyEvents } from "./largeData.ts";

const title = (e: { title: unknown }) => String(e.title);
const ids = LANES.map((c) => c.id);

function layoutWork(n: number): number {
  const work: WorkCounter = { steps: 0 };
  layoutEvents(manyEvents(n), LANES, timeScale([T0, T0 + 3650 * DAY_MS], 1200), title, DEFAULT_LAYOUT, work);
  return work.steps;
}

describe("layoutEvents at scale", () => {
  it("lays out 100,000 events in O(n log n) steps", () => {
    const n = 100_000;
    const steps = layoutWork(n);
    expect(steps).toBeLessThanOrEqual(n * (3 * DEFAULT_LAYOUT.maxRows + 2 * Math.ceil(Math.log2(n)) + 4));
    // Ten times the events costs about ten times the work (quadratic work would cost a hundred times).
    expect(steps / layoutWork(10_000)).toBeLessThan(15);
  });
});

describe("planView at scale", () => {
  const events = manyEvents(100_000);
  const index = buildTimeIndex(events, ids);

  it("draws 100,000 events at full zoom as density bins, without laying out a single one", () => {
    const work: WorkCounter = { steps: 0 };
    const plan = planView({ events, index, categories: LANES, x: timeScale([T0, T0 + 3700 * DAY_MS], 1200), titleOf: title, work });
    expect(plan.mode).toBe("density");
    expect(plan.visibleCount).toBe(100_000);
    expect(work.steps).toBe(0);
    if (plan.mode === "density") expect(plan.bins.total).toBe(100_000);
  });

  it("zoomed in to two days, lays out only the events near the screen, with work that follows them and not the dataset", () => {
    const work: WorkCounter = { steps: 0 };
    const from = T0 + 2000 * DAY_MS;
    const plan = planView({ events, index, categories: LANES, x: timeScale([from, from + 2 * DAY_MS], 1200), titleOf: title, work });
    expect(plan.mode).toBe("svg");
    if (plan.mode === "density") return;
    const near = events.filter((e) => e.time.end >= from - 1 * DAY_MS && e.time.start <= from + 3 * DAY_MS).length;
    expect(plan.layout.events.length).toBe(near);
    expect(work.steps).toBeLessThan(near * 60);
    // Placed events point at their position in the full list, so the selection and keyboard agree.
    for (const p of plan.layout.events) expect(events[p.index]!.id).toBe(p.id);
  });

  it("between the two, paints on the canvas", () => {
    const from = T0 + 2000 * DAY_MS;
    const plan = planView({ events, index, categories: LANES, x: timeScale([from, from + 60 * DAY_MS], 1200), titleOf: title });
    expect(plan.mode).toBe("canvas");
    expect(plan.visibleCount).toBeGreaterThan(SVG_MAX_MARKS);
  });
});
