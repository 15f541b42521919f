import { describe, expect, it } from "vitest";
import { frameStats, median, medianOf, percentile } from "../../bench/stats.ts";

describe("median / percentile", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it("uses the nearest rank, so it is always an observed value", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });
  it("medianOf skips runs without the value", () => {
    expect(medianOf([{ v: 1 }, { v: undefined }, { v: 3 }, { v: null }], (r) => r.v)).toBe(2);
    expect(medianOf([{ v: undefined }], (r) => r.v)).toBeNull();
  });
});

describe("frameStats", () => {
  it("summarises the intervals between frame timestamps", () => {
    // Five 16.7 ms frames, one long frame of 100 ms (5 missed vsyncs), one of 33.4 ms (1 missed).
    const t = [0, 16.7, 33.4, 50.1, 66.8, 83.5, 183.5, 216.9];
    const s = frameStats(t)!;
    expect(s.frames).toBe(7);
    expect(s.p50).toBeCloseTo(16.7);
    expect(s.max).toBeCloseTo(100);
    expect(s.p95).toBeCloseTo(100);
    expect(s.dropped).toBe(2);
    expect(s.missedVsyncs).toBe(6);
    expect(s.spanMs).toBeCloseTo(216.9);
  });
  it("needs two frames for an interval", () => {
    expect(frameStats([5])).toBeNull();
  });
});
