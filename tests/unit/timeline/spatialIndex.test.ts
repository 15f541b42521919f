import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSpatialIndex } from "../../../src/timeline/spatialIndex.ts";
import type { Rect } from "../../../src/timeline/spatialIndex.ts";

const box = (x: number, y: number, w = 10, h = 10): Rect => ({ x0: x, y0: y, x1: x + w, y1: y + h });
const distance = (r: Rect, x: number, y: number) => Math.hypot(Math.max(r.x0 - x, 0, x - r.x1), Math.max(r.y0 - y, 0, y - r.y1));

describe("buildSpatialIndex", () => {
  it("finds the mark under the pointer, and the topmost where marks overlap", () => {
    const index = buildSpatialIndex([box(0, 0), box(100, 0), box(105, 5)]);
    expect(index.nearest(5, 5, 0)).toBe(0);
    expect(index.nearest(102, 2, 0)).toBe(1);
    expect(index.nearest(107, 7, 0)).toBe(2);
  });

  it("answers within the slop only", () => {
    const index = buildSpatialIndex([box(0, 0)]);
    expect(index.nearest(13, 5, 4)).toBe(0);
    expect(index.nearest(15, 5, 4)).toBe(-1);
  });

  it("finds a point along a bar hundreds of pixels long, and marks left of the plot", () => {
    const index = buildSpatialIndex([box(-30, 0, 20, 10), { x0: 0, y0: 40, x1: 900, y1: 52 }]);
    expect(index.nearest(640, 46, 0)).toBe(1);
    expect(index.nearest(-25, 5, 0)).toBe(0);
  });

  it("agrees with checking every rectangle", () => {
    const rect = fc.record({ x: fc.integer({ min: -50, max: 1000 }), y: fc.integer({ min: 0, max: 400 }), w: fc.integer({ min: 1, max: 120 }), h: fc.integer({ min: 1, max: 14 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 150 }), fc.integer({ min: -60, max: 1100 }), fc.integer({ min: -10, max: 420 }), fc.integer({ min: 0, max: 8 }), (raw, x, y, slop) => {
        const rects = raw.map((r) => box(r.x, r.y, r.w, r.h));
        const found = buildSpatialIndex(rects).nearest(x, y, slop);
        const best = Math.min(...rects.map((r) => distance(r, x, y)));
        if (!(best <= slop)) expect(found).toBe(-1);
        else {
          expect(distance(rects[found]!, x, y)).toBe(best);
          // The topmost (last added) of the equally near ones.
          expect(rects.findLastIndex((r) => distance(r, x, y) === best)).toBe(found);
        }
      }),
    );
  });
});
