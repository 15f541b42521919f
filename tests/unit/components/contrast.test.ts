import { describe, expect, it } from "vitest";
import { contrastRatio, parseHex, withContrast } from "../../../src/components/contrast.ts";

const LIGHT = ["#ffffff", "#fafbfc", "#f1f3f6", "#e3edf8"];
const DARK = ["#14181d", "#181d23", "#1f252c", "#24384f"];
const ratioOn = (color: string, bgs: readonly string[]) => Math.min(...bgs.map((b) => contrastRatio(parseHex(color)!, parseHex(b)!)));

describe("contrastRatio(a, b)", () => {
  it("is 21 for black on white, 1 for a colour on itself, and symmetric", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([12, 34, 56], [12, 34, 56])).toBe(1);
    expect(contrastRatio(parseHex("#0b5cad")!, parseHex("#ffffff")!)).toBeCloseTo(contrastRatio(parseHex("#ffffff")!, parseHex("#0b5cad")!), 10);
    expect(contrastRatio(parseHex("#767676")!, parseHex("#ffffff")!)).toBeCloseTo(4.54, 2);
  });
});

describe("withContrast(color, backgrounds, minRatio)", () => {
  it("keeps a colour that already has 3:1 against every background", () => {
    expect(withContrast("#275169", LIGHT)).toBe("#275169");
    expect(withContrast("#D55E00", DARK)).toBe("#D55E00");
  });

  it("darkens a pale colour on light backgrounds just enough for 3:1", () => {
    const drawn = withContrast("#CC79A7", LIGHT);
    expect(ratioOn("#CC79A7", LIGHT)).toBeLessThan(3);
    expect(ratioOn(drawn, LIGHT)).toBeGreaterThanOrEqual(3);
    expect(ratioOn(drawn, LIGHT)).toBeLessThan(3.4);
  });

  it("lightens a deep colour on dark backgrounds", () => {
    for (const c of ["#275169", "#605B1A", "#0072B2"]) {
      const drawn = withContrast(c, DARK);
      expect(ratioOn(drawn, DARK), c).toBeGreaterThanOrEqual(3);
      expect(parseHex(drawn)!.reduce((a, b) => a + b)).toBeGreaterThan(parseHex(c)!.reduce((a, b) => a + b));
    }
  });

  it("passes colours through when it cannot read them or has no backgrounds", () => {
    expect(withContrast("teal", LIGHT)).toBe("teal");
    expect(withContrast("#CC79A7", [])).toBe("#CC79A7");
  });
});
