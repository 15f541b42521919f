import { describe, expect, it } from "vitest";
import type { PoliticalEvent } from "../../../src/data/model.ts";
import type { TimeSpan } from "../../../src/data/dates.ts";
import { barsPath, binEvents, binIndexAt, binLayout, histogramBars, histogramOf } from "../../../src/timeline/histogram.ts";
import { buildTimeIndex } from "../../../src/timeline/timeIndex.ts";
import { timeScale } from "../../../src/timeline/scales.ts";

const utc = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const D = 86_400_000;
const CATS = ["election", "protest"];

function span(start: number, end: number, isInterval: boolean): TimeSpan {
  return { start, end, at: isInterval ? start : start + (end - start) / 2, isInterval, ongoing: false, precision: "day", approximate: false, uncertain: false };
}

/** A point event covering one UTC day, or an interval from `day` to `until`. */
function event(id: string, day: string, category = "election", until?: string): PoliticalEvent {
  const start = utc(day);
  const time = until ? span(start, utc(until) + D, true) : span(start, start + D, false);
  return { id, date: until ? `${day}/${until}` : day, title: id, category, sources: [{ title: "S", url: "https://example.org/" }], time };
}

describe("binEvents(events, categoryIds, bounds, maxBins)", () => {
  it("makes contiguous bins that cover the bounds", () => {
    const bounds: [number, number] = [utc("2024-07-03T10:00:00Z"), utc("2024-12-20T15:00:00Z")];
    const h = binEvents([], CATS, bounds, 40);
    expect(h.unit).toBe("week");
    expect(h.bins[0]!.start).toBeLessThanOrEqual(bounds[0]);
    expect(h.bins.at(-1)!.end).toBeGreaterThanOrEqual(bounds[1]);
    for (let i = 1; i < h.bins.length; i++) expect(h.bins[i]!.start).toBe(h.bins[i - 1]!.end);
    expect(iso(h.bins[0]!.start)).toBe("2024-07-01"); // a Monday
    expect(h.max).toBe(0);
  });

  it("counts every event once, in the bin and category of its instant", () => {
    const events = [
      event("a", "2024-07-28"),
      event("b", "2024-07-29", "protest", "2024-08-20"), // an interval counts at its start
      event("c", "2024-08-04", "protest"), // Sunday: still the week of Monday 29 July
      event("d", "2024-08-05"),
      event("e", "2024-08-05", "protest"),
    ];
    const h = binEvents(events, CATS, [utc("2024-07-01"), utc("2024-09-01")], 20);
    expect(h.unit).toBe("week");
    const nonEmpty = h.bins.filter((b) => b.total > 0).map((b) => [iso(b.start), b.counts, b.total]);
    expect(nonEmpty).toEqual([
      ["2024-07-22", [1, 0], 1],
      ["2024-07-29", [0, 2], 2],
      ["2024-08-05", [1, 1], 2],
    ]);
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(events.length);
    expect(h.max).toBe(2);
  });

  it("counts an unknown category in the total only, and skips events outside the bounds", () => {
    const h = binEvents([event("a", "2024-07-10", "other"), event("b", "2030-01-01")], CATS, [utc("2024-07-01"), utc("2024-08-01")], 40);
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(1);
    expect(h.bins.flatMap((b) => b.counts).every((c) => c === 0)).toBe(true);
  });

  it("switches from days to weeks to months to quarters to years as the bounds widen", () => {
    const from = utc("2024-01-01");
    const unitFor = (days: number) => binEvents([], CATS, [from, from + days * D], 60).unit;
    expect(unitFor(30)).toBe("day");
    expect(unitFor(120)).toBe("week");
    expect(unitFor(3 * 365)).toBe("month");
    expect(unitFor(10 * 365)).toBe("quarter");
    expect(unitFor(40 * 365)).toBe("year");
  });

  it("never makes more than maxBins bins", () => {
    const from = utc("2024-01-01");
    for (const days of [1, 7, 59, 60, 61, 400, 2000, 20_000, 400_000]) {
      for (const maxBins of [2, 10, 60, 240]) {
        expect(binEvents([], CATS, [from, from + days * D], maxBins).bins.length).toBeLessThanOrEqual(maxBins);
      }
    }
  });

  it("reads each of 100,000 events a bounded number of times (no pass per bin)", () => {
    const n = 100_000;
    const from = utc("2000-01-01");
    const bounds: [number, number] = [from, from + 20 * 365 * D];
    let reads = 0;
    const events = Array.from({ length: n }, (_, i): PoliticalEvent => {
      const base = event(`e${i}`, "2000-01-01", CATS[i % 2]);
      const time = span(from + ((i * 7919) % n) * ((bounds[1] - from) / n), from + D, false);
      return Object.defineProperties({ ...base }, {
        time: { get: () => (reads++, time) },
        category: { get: () => (reads++, base.category) },
      });
    });
    const h = binEvents(events, CATS, bounds, 240);
    expect(h.bins.length).toBeGreaterThan(50);
    expect(h.bins.reduce((k, b) => k + b.total, 0)).toBe(n);
    expect(reads).toBeLessThanOrEqual(2 * n);
  });
});

describe("binIndexAt(h, ms)", () => {
  it("finds the bin containing an instant, or -1 outside", () => {
    const h = binEvents([], CATS, [utc("2024-07-01"), utc("2024-07-31")], 10);
    expect(h.unit).toBe("week");
    expect(iso(h.bins[binIndexAt(h, utc("2024-07-17T12:00:00Z"))]!.start)).toBe("2024-07-15");
    expect(binIndexAt(h, utc("2020-01-01"))).toBe(-1);
    expect(binIndexAt(h, h.bins.at(-1)!.end)).toBe(-1);
  });
});

describe("histogramBars(h, x, heightPx, max, stacked)", () => {
  const bounds: [number, number] = [utc("2024-07-01"), utc("2024-07-29")];
  const h = binEvents([event("a", "2024-07-02"), event("b", "2024-07-03", "protest"), event("c", "2024-07-16", "protest")], CATS, bounds, 4);
  const x = timeScale(bounds, 400);

  it("draws one bar per non-empty bin, scaled so max fills the height", () => {
    const bars = histogramBars(h, x, 40, h.max, false);
    expect(bars.map((b) => [b.bin, b.y, b.height])).toEqual([
      [0, 0, 40],
      [2, 20, 20],
    ]);
    expect(bars[0]!.x).toBe(0);
    expect(bars[0]!.width).toBe(99); // a 100 px week, less a 1 px gap
  });

  it("stacks categories upward in category order", () => {
    const bars = histogramBars(h, x, 40, 4, true);
    expect(bars.map((b) => [b.bin, b.category, b.y, b.height])).toEqual([
      [0, 0, 30, 10],
      [0, 1, 20, 10],
      [2, 1, 30, 10],
    ]);
  });
});

describe("binLayout + histogramOf: binEvents from typed arrays, for any subset", () => {
  const events = Array.from({ length: 400 }, (_, i) => {
    const day = iso(utc("2024-06-20") + ((i * 7919) % 200) * D);
    return i % 7 === 0 ? event(`e${i}`, day, "protest", iso(utc(day) + 9 * D)) : event(`e${i}`, day, ["election", "protest", "other"][i % 3]);
  });
  const index = buildTimeIndex(events, CATS);
  const bounds: [number, number] = [utc("2024-07-01"), utc("2024-11-30")];

  it("gives what binEvents gives, for all events and for every third one", () => {
    for (const maxBins of [3, 20, 60, 200]) {
      const layout = binLayout(index.at, bounds, maxBins);
      expect(histogramOf(layout, index.lane, CATS.length, null)).toEqual(binEvents(events, CATS, bounds, maxBins));
      const positions = Int32Array.from({ length: 134 }, (_, k) => k * 3);
      const subset = Array.from(positions, (p) => events[p]!);
      expect(histogramOf(layout, index.lane, CATS.length, positions)).toEqual(binEvents(subset, CATS, bounds, maxBins));
    }
  });

  it("has no bins for impossible bounds", () => {
    const layout = binLayout(index.at, [bounds[1], bounds[0]], 20);
    expect(histogramOf(layout, index.lane, CATS.length, null)).toEqual(binEvents(events, CATS, [bounds[1], bounds[0]], 20));
  });
});

describe("barsPath(bars)", () => {
  it("is one closed rectangle per bar", () => {
    expect(barsPath([])).toBe("");
    expect(barsPath([{ bin: 0, category: 0, x: 1, y: 2.3333, width: 4, height: 5.5 }, { bin: 1, category: 0, x: 10, y: 0, width: 2, height: 1 }])).toBe("M1,2.33h4v5.5h-4ZM10,0h2v1h-2Z");
  });
});
