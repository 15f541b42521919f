import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PoliticalEvent } from "../../../src/data/model.ts";
import { densityBins } from "../../../src/timeline/density.ts";
import { timeScale } from "../../../src/timeline/scales.ts";
import { buildTimeIndex, countVisible, gatherTimeIndex, lowerBound, overlaps, timeIndexFor, visibleRange } from "../../../src/timeline/timeIndex.ts";
import { planView } from "../../../src/timeline/viewPlan.ts";
import { seededRandom } from "../../helpers/syntheticDataset.ts";
import { DAY_MS, LANES, T0, manyEvents } from "./largeData.ts";

/** Events as the index reads them: time and category only, sorted by start. */
function events(spans: [number, number][], category = "a"): PoliticalEvent[] {
  return spans
    .map(([start, end], i) => ({ id: `e${i}`, category, time: { start, end: Math.max(start, end), at: start, isInterval: end > start } }) as unknown as PoliticalEvent)
    .sort((a, b) => a.time.start - b.time.start);
}

describe("visibleRange", () => {
  it("holds exactly the events that overlap the window, whatever their lengths", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 })), { maxLength: 200 }), fc.integer({ min: -50, max: 1100 }), fc.integer({ min: 0, max: 400 }), (raw, from, span) => {
        const evs = events(raw.map(([s, len]) => [s, s + len]));
        const index = buildTimeIndex(evs, ["a"]);
        const to = from + span;
        const [lo, hi] = visibleRange(index, from, to);
        const inRange = new Set<string>();
        for (let i = lo; i < hi; i++) if (overlaps(index, i, from, to)) inRange.add(evs[i]!.id);
        const expected = evs.filter((e) => e.time.end >= from && e.time.start <= to).map((e) => e.id);
        expect([...inRange].sort()).toEqual(expected.sort());
        expect(countVisible(index, from, to)).toBe(expected.length);
      }),
    );
  });

  it("finds a long interval that started long before the window", () => {
    const evs = events([[0, 10_000], [50, 50], [60, 60], [9_000, 9_000]]);
    const index = buildTimeIndex(evs, ["a"]);
    const [lo, hi] = visibleRange(index, 5_000, 6_000);
    expect(lo).toBe(0);
    expect(countVisible(index, 5_000, 6_000)).toBe(1);
    expect(hi).toBe(3);
  });

  it("skips everything before the window when no earlier event reaches into it", () => {
    const evs = events(Array.from({ length: 1000 }, (_, i): [number, number] => [i * 10, i * 10 + 5]));
    const [lo, hi] = visibleRange(buildTimeIndex(evs, ["a"]), 5_000, 5_100);
    expect([lo, hi]).toEqual([500, 511]);
  });

  it("does not count events whose category has no lane", () => {
    const evs = [...events([[0, 0], [5, 5]], "a"), ...events([[3, 3]], "hidden")].sort((a, b) => a.time.start - b.time.start);
    expect(countVisible(buildTimeIndex(evs, ["a"]), 0, 10)).toBe(2);
  });
});

describe("lowerBound", () => {
  it("returns the first position not below the value, or past it with strict", () => {
    const values = Float64Array.from([1, 2, 2, 2, 5]);
    expect(lowerBound(values, 2)).toBe(1);
    expect(lowerBound(values, 2, true)).toBe(4);
    expect(lowerBound(values, 0)).toBe(0);
    expect(lowerBound(values, 9)).toBe(5);
  });
});

describe("gatherTimeIndex", () => {
  it("gives for a subset what building the subset's index gives, lanes renumbered", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 }), fc.constantFrom("a", "b", "c")), { maxLength: 150 }), fc.array(fc.boolean(), { minLength: 150, maxLength: 150 }), fc.subarray(["a", "b", "c"]), (raw, keep, lanes) => {
        const all = raw
          .map(([s, len, category], i) => ({ id: `e${i}`, category, time: { start: s, end: s + len, at: s, isInterval: len > 0 } }) as unknown as PoliticalEvent)
          .sort((x, y) => x.time.start - y.time.start);
        const full = buildTimeIndex(all, ["a", "b", "c"]);
        const positions = Int32Array.from(all.flatMap((_, i) => (keep[i] ? [i] : [])));
        const laneOf = Int16Array.from(["a", "b", "c"], (id) => lanes.indexOf(id));
        const gathered = gatherTimeIndex(full, positions, laneOf);
        const built = buildTimeIndex(Array.from(positions, (i) => all[i]!), lanes);
        expect(gathered).toEqual(built);
      }),
    );
  });
});

describe("timeIndexFor: most of the events as a view over the full index, the same answers", () => {
  const all = manyEvents(4_000, 11);
  const full = buildTimeIndex(all, LANES.map((c) => c.id));
  const rnd = seededRandom(3);
  const title = (e: PoliticalEvent) => String(e.title);

  it.each([0.9, 0.6, 0.2])("keeping %f of them, with some lanes hidden: same counts, bins and marks as the subset's own index", (share) => {
    const lanes = LANES.filter((_, i) => i !== 2);
    const kept = Int32Array.from(all.flatMap((e, i) => (e.category !== "c" && rnd() < share ? [i] : [])));
    const subset = Array.from(kept, (i) => all[i]!);
    const laneOf = Int16Array.from(LANES, (c) => lanes.indexOf(c));
    const view = timeIndexFor(full, kept, laneOf);
    expect(view.listed === null).toBe(kept.length * 2 < all.length);
    const own = buildTimeIndex(subset, lanes.map((c) => c.id));
    for (const days of [3650, 400, 90, 20, 3]) {
      const from = T0 + 1000 * DAY_MS;
      const domain: [number, number] = [from, from + days * DAY_MS];
      expect(countVisible(view, ...domain)).toBe(countVisible(own, ...domain));
      expect(densityBins(view, domain, 1200, lanes.length)).toEqual(densityBins(own, domain, 1200, lanes.length));
      const x = timeScale(domain, 1200);
      const a = planView({ events: subset, index: view, categories: lanes, x, titleOf: title });
      const b = planView({ events: subset, index: own, categories: lanes, x, titleOf: title });
      expect(a).toEqual(b);
    }
  });
});
