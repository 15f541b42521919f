import { describe, expect, it } from "vitest";
import { clampDomain, paddedExtent, timeScale } from "../../../src/timeline/scales.ts";
import { domainForTransform, domainToInclude, transformForDomain, zoomDomain } from "../../../src/timeline/zoom.ts";

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const bounds: [number, number] = [utc("2024-01-01"), utc("2025-01-01")];

describe("zoom arithmetic", () => {
  it("transformForDomain and domainForTransform are inverses", () => {
    const base = timeScale(bounds, 1000);
    const d: [number, number] = [utc("2024-07-01"), utc("2024-08-01")];
    const back = domainForTransform(transformForDomain(d, base), base);
    expect(back[0]).toBeCloseTo(d[0], -1);
    expect(back[1]).toBeCloseTo(d[1], -1);
  });

  it("zoomDomain(d, 2, center) halves the span around the centre, inside the bounds", () => {
    const d = zoomDomain(bounds, 2, utc("2024-07-01"), bounds);
    expect(d[1] - d[0]).toBeCloseTo((bounds[1] - bounds[0]) / 2, -1);
    expect(d[0]).toBeGreaterThanOrEqual(bounds[0]);
    expect(d[1]).toBeLessThanOrEqual(bounds[1]);
  });

  it("zooming out never goes past the data's extent", () => {
    expect(zoomDomain(bounds, 0.1, utc("2024-03-01"), bounds)).toEqual(bounds);
  });

  it("clampDomain keeps the span and slides it back inside", () => {
    const span = 30 * 86_400_000;
    const d = clampDomain([bounds[1] - 5 * 86_400_000, bounds[1] + 25 * 86_400_000], bounds);
    expect(d[1]).toBe(bounds[1]);
    expect(d[1] - d[0]).toBe(span);
  });

  it("domainToInclude pans just enough to show an event outside the view", () => {
    const view: [number, number] = [utc("2024-03-01"), utc("2024-04-01")];
    const next = domainToInclude(view, utc("2024-06-10"), utc("2024-06-11"), bounds);
    expect(next[1] - next[0]).toBeCloseTo(view[1] - view[0], -1);
    expect(next[0]).toBeLessThan(utc("2024-06-10"));
    expect(next[1]).toBeGreaterThan(utc("2024-06-11"));
    expect(domainToInclude(view, utc("2024-03-15"), utc("2024-03-16"), bounds)).toEqual(view);
  });

  it("paddedExtent leaves room around the data and is never narrower than a week", () => {
    const [lo, hi] = paddedExtent([utc("2024-07-28"), utc("2024-07-29")]);
    expect(hi - lo).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(lo).toBeLessThan(utc("2024-07-28"));
  });
});
