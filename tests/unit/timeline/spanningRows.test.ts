import { describe, expect, it } from "vitest";
import type { PoliticalEvent } from "../../../src/data/model.ts";
import { DEFAULT_LAYOUT, layoutEvents } from "../../../src/timeline/layout.ts";
import { timeScale } from "../../../src/timeline/scales.ts";
import { DAY_MS, LANES, T0 } from "./largeData.ts";

const event = (id: string, startDay: number, endDay: number | null): PoliticalEvent =>
  ({
    id,
    title: id,
    category: "a",
    time: endDay === null
      ? { start: T0 + startDay * DAY_MS, end: T0 + startDay * DAY_MS + DAY_MS - 1, at: T0 + startDay * DAY_MS + DAY_MS / 2, isInterval: false, approximate: false, uncertain: false, ongoing: false }
      : { start: T0 + startDay * DAY_MS, end: T0 + endDay * DAY_MS, at: T0 + startDay * DAY_MS, isInterval: true, approximate: false, uncertain: false, ongoing: true },
  }) as unknown as PoliticalEvent;

describe("long bars in a busy lane", () => {
  it("take at most two rows, so the points beside them keep rows of their own", () => {
    // Eight bars that span the whole view, then a point every day of the 30-day view.
    const bars = Array.from({ length: 8 }, (_, i) => event(`bar${i}`, -100 - i, 400));
    const points = Array.from({ length: 30 }, (_, d) => event(`p${d}`, d, null));
    const layout = layoutEvents([...bars, ...points], LANES, timeScale([T0, T0 + 30 * DAY_MS], 900), (e) => String(e.title));
    const placed = layout.events;
    const barRows = new Set(placed.filter((p) => p.id.startsWith("bar")).map((p) => p.row));
    expect([...barRows].every((r) => r < DEFAULT_LAYOUT.maxSpanningRows)).toBe(true);
    const pointRows = placed.filter((p) => p.id.startsWith("p"));
    expect(pointRows.every((p) => p.row >= DEFAULT_LAYOUT.maxSpanningRows && !p.crowded)).toBe(true);
  });
});
