import { describe, expect, it } from "vitest";
import { timeScale } from "../../../src/timeline/scales.ts";
import { chooseStep, timeTicks } from "../../../src/timeline/ticks.ts";

const utc = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
const iso = (ms: number) => new Date(ms).toISOString().replace(":00.000Z", "Z").replace("T00:00Z", "");

describe("timeTicks", () => {
  it("timeTicks(x) over two and a half years gives month or quarter ticks labelled with the year where it changes", () => {
    const x = timeScale([utc("2023-10-01"), utc("2026-03-31")], 1000);
    const { unit, ticks } = timeTicks(x, "en");
    expect(unit).toBe("month");
    expect(ticks.length).toBeGreaterThan(5);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.every((t) => new Date(t.value).getUTCDate() === 1)).toBe(true);
    const withContext = ticks.filter((t) => t.context !== undefined).map((t) => t.context);
    expect(withContext).toContain("2024");
    expect(withContext).toContain("2025");
  });

  it("timeTicks(x) over one week gives day ticks", () => {
    const x = timeScale([utc("2024-07-26"), utc("2024-08-02")], 1000);
    const { unit, ticks } = timeTicks(x, "en");
    expect(unit).toBe("day");
    expect(ticks.map((t) => iso(t.value))).toContain("2024-07-28");
    expect(ticks.find((t) => iso(t.value) === "2024-07-28")?.label).toBe("28");
    expect(ticks[0]?.context).toBe("Jul 2024");
    expect(ticks.find((t) => iso(t.value) === "2024-08-01")?.context).toBe("Aug 2024");
  });

  it("timeTicks(x) over a few hours gives hour ticks in UTC", () => {
    const x = timeScale([utc("2024-07-29T00:00:00Z"), utc("2024-07-29T06:00:00Z")], 1000);
    const { unit, ticks } = timeTicks(x, "en");
    expect(unit).toBe("hour");
    expect(ticks.map((t) => t.label)).toEqual(["00:00", "01:00", "02:00", "03:00", "04:00", "05:00", "06:00"]);
    expect(ticks[0]?.context).toBe("29 Jul 2024");
  });

  it("timeTicks(x) over decades gives year ticks", () => {
    const x = timeScale([utc("1950-01-01"), utc("2020-01-01")], 800);
    const { unit, ticks } = timeTicks(x, "en");
    expect(unit).toBe("year");
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it("formats month names in Spanish for lang es", () => {
    const x = timeScale([utc("2024-07-15"), utc("2024-12-15")], 1000);
    const labels = timeTicks(x, "es").ticks.map((t) => t.label);
    expect(labels).toContain("ago");
    expect(labels).toContain("dic");
  });

  it("puts each tick at its scaled position and keeps them at least the minimum spacing apart", () => {
    const x = timeScale([utc("2024-01-01"), utc("2024-12-31")], 900);
    const { ticks } = timeTicks(x, "en", 80);
    for (const t of ticks) expect(t.x).toBeCloseTo(x(t.value), 6);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(60);
  });

  it("chooseStep(span, width) gets finer as the span shrinks", () => {
    const day = 86_400_000;
    expect(chooseStep(1000 * day, 1000).ms).toBeGreaterThan(chooseStep(10 * day, 1000).ms);
    expect(chooseStep(10 * day, 1000).ms).toBeGreaterThan(chooseStep(0.25 * day, 1000).ms);
  });
});
