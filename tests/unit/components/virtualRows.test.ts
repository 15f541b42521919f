import { describe, expect, it } from "vitest";
import { keyTarget, renderPlan, visibleRange } from "../../../src/components/virtualRows.ts";

describe("visibleRange(view, rowHeight, count, overscan)", () => {
  it("covers the rows in the viewport, below the header, plus the overscan", () => {
    // Rows are 30 px from y = 40; the view shows 400–700, i.e. rows 12 (360–390 below 40) … 22.
    expect(visibleRange({ scrollTop: 400, height: 300, bodyTop: 40 }, 30, 1000, 0)).toEqual({ first: 12, last: 22 });
    expect(visibleRange({ scrollTop: 400, height: 300, bodyTop: 40 }, 30, 1000, 5)).toEqual({ first: 7, last: 27 });
  });
  it("stays within [0, count]", () => {
    expect(visibleRange({ scrollTop: 0, height: 300, bodyTop: 40 }, 30, 1000, 5)).toEqual({ first: 0, last: 14 });
    expect(visibleRange({ scrollTop: 0, height: 3000, bodyTop: 40 }, 30, 8, 5)).toEqual({ first: 0, last: 8 });
    expect(visibleRange({ scrollTop: 99_999, height: 300, bodyTop: 40 }, 30, 10, 5)).toEqual({ first: 10, last: 10 });
    expect(visibleRange({ scrollTop: 0, height: 300, bodyTop: 0 }, 30, 0, 5)).toEqual({ first: 0, last: 0 });
  });
});

describe("renderPlan(count, range, pinned)", () => {
  it("is the range with gaps standing for the rows before and after it", () => {
    expect(renderPlan(10, { first: 3, last: 5 }, [])).toEqual([
      { kind: "gap", rows: 3 },
      { kind: "row", index: 3 },
      { kind: "row", index: 4 },
      { kind: "gap", rows: 5 },
    ]);
  });
  it("renders every row, and no gap, when the range is everything", () => {
    expect(renderPlan(2, { first: 0, last: 2 }, [1])).toEqual([
      { kind: "row", index: 0 },
      { kind: "row", index: 1 },
    ]);
  });
  it("adds pinned rows in their place, once, ignoring ones out of bounds", () => {
    expect(renderPlan(100, { first: 10, last: 12 }, [90, 2, 90, -1, 100, 11])).toEqual([
      { kind: "gap", rows: 2 },
      { kind: "row", index: 2 },
      { kind: "gap", rows: 7 },
      { kind: "row", index: 10 },
      { kind: "row", index: 11 },
      { kind: "gap", rows: 78 },
      { kind: "row", index: 90 },
      { kind: "gap", rows: 9 },
    ]);
  });
  it("keeps to the rows that exist when the range is from a longer list", () => {
    expect(renderPlan(2, { first: 0, last: 30 }, [])).toEqual([
      { kind: "row", index: 0 },
      { kind: "row", index: 1 },
    ]);
  });
  it("always accounts for exactly count rows", () => {
    for (const [first, last, pinned] of [[0, 0, [5]], [40, 60, [0, 99]], [95, 100, [3]]] as const) {
      const plan = renderPlan(100, { first, last }, pinned);
      expect(plan.reduce((n, item) => n + (item.kind === "gap" ? item.rows : 1), 0)).toBe(100);
    }
  });
});

describe("keyTarget(key, shift, index, count, pageRows)", () => {
  it("moves by one, a page, or to either end, stopping at the ends", () => {
    expect(keyTarget("ArrowDown", false, 5, 100, 10)).toBe(6);
    expect(keyTarget("ArrowUp", false, 5, 100, 10)).toBe(4);
    expect(keyTarget("PageDown", false, 95, 100, 10)).toBe(99);
    expect(keyTarget("PageUp", false, 5, 100, 10)).toBe(0);
    expect(keyTarget("Home", false, 5, 100, 10)).toBe(0);
    expect(keyTarget("End", false, 5, 100, 10)).toBe(99);
  });
  it("leaves a key that would not move to the browser", () => {
    expect(keyTarget("ArrowUp", false, 0, 100, 10)).toBeNull();
    expect(keyTarget("End", false, 99, 100, 10)).toBeNull();
    expect(keyTarget("Enter", false, 5, 100, 10)).toBeNull();
  });
  it("Tab and Shift+Tab go to the next and previous row, and leave the table past either end", () => {
    expect(keyTarget("Tab", false, 5, 100, 10)).toBe(6);
    expect(keyTarget("Tab", true, 5, 100, 10)).toBe(4);
    expect(keyTarget("Tab", false, 99, 100, 10)).toBeNull();
    expect(keyTarget("Tab", true, 0, 100, 10)).toBeNull();
  });
});
