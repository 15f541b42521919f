import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PoliticalEvent } from "../../../src/data/model.ts";
import { BIN_STEPS_MS, binAt, binCount, binStepMs, densityBins } from "../../../src/timeline/density.ts";
import { buildTimeIndex } from "../../../src/timeline/timeIndex.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

function points(days: number[], category = "a"): PoliticalEvent[] {
  return days
    .map((d, i) => ({ id: `p${i}`, category, time: { start: T0 + d * DAY, end: T0 + d * DAY + DAY - 1, at: T0 + d * DAY + DAY / 2, isInterval: false } }) as unknown as PoliticalEvent)
    .sort((a, b) => a.time.start - b.time.start);
}

describe("binStepMs", () => {
  it("picks the smallest step of the ladder at least the asked width", () => {
    expect(binStepMs(DAY / 10, 6)).toBe(DAY);
    expect(binStepMs(DAY, 6)).toBe(7 * DAY);
    expect(binStepMs(1000, 6)).toBe(BIN_STEPS_MS[0]);
  });
});

describe("densityBins", () => {
  it("counts every visible event once, in its lane and the bin where it is drawn", () => {
    const evs = [...points([0, 0, 1, 10]), ...points([3], "b")].sort((a, b) => a.time.start - b.time.start);
    const index = buildTimeIndex(evs, ["a", "b"]);
    // 14 days over 14 px at 1 px minimum: one-day bins starting at 1 January.
    const bins = densityBins(index, [T0, T0 + 14 * DAY], 14, 2, 1);
    expect(bins.binMs).toBe(DAY);
    expect(bins.total).toBe(5);
    expect(binCount(bins, 0, binAt(bins, T0 + DAY / 2).bin)).toBe(2);
    expect(binCount(bins, 0, binAt(bins, T0 + 1.5 * DAY).bin)).toBe(1);
    expect(binCount(bins, 1, binAt(bins, T0 + 3.5 * DAY).bin)).toBe(1);
    expect(binCount(bins, 1, binAt(bins, T0 + 0.5 * DAY).bin)).toBe(0);
    expect(bins.max).toBe(2);
  });

  it("keeps bin edges on fixed multiples of the step, so panning does not move them", () => {
    const evs = points([5]);
    const a = densityBins(buildTimeIndex(evs, ["a"]), [T0 + 0.3 * DAY, T0 + 20.3 * DAY], 20, 1, 1);
    const b = densityBins(buildTimeIndex(evs, ["a"]), [T0 + 0.7 * DAY, T0 + 20.7 * DAY], 20, 1, 1);
    expect(a.binMs).toBe(b.binMs);
    expect(a.firstStart % a.binMs).toBe(b.firstStart % b.binMs);
    expect(binAt(a, T0 + 5.5 * DAY).start).toBe(binAt(b, T0 + 5.5 * DAY).start);
  });

  it("totals the events overlapping the window, for any events and window", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 365 }), { maxLength: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 20, max: 1200 }), (days, fromDay, spanDays, width) => {
        const evs = points(days);
        const from = T0 + fromDay * DAY;
        const to = from + spanDays * DAY;
        const bins = densityBins(buildTimeIndex(evs, ["a"]), [from, to], width, 1);
        const expected = evs.filter((e) => e.time.end >= from && e.time.start <= to).length;
        expect(bins.total).toBe(expected);
        expect(bins.counts.reduce((s, c) => s + c, 0)).toBe(expected);
        // Bins are never narrower than asked, so there are never more than the width allows.
        expect(bins.binCount).toBeLessThanOrEqual(Math.ceil(width / 6) + 1);
      }),
    );
  });
});
