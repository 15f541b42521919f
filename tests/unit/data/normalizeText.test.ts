/**
 * normalizeText folds ASCII without NFD (the fast path) and non-ASCII runs one by one. It must give
 * exactly what folding the whole string at once gave; that slower definition is kept here as the
 * oracle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/data/search.ts";

/** normalizeText as it was first written: NFD, lower case, NFD, marks dropped, ς → σ, whitespace collapsed. */
function wholeStringNormalize(s: string): string {
  return s.normalize("NFD").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ς/gu, "σ").replace(/\s+/gu, " ").trim();
}

/** Characters where folding is subtle: marks, decomposing capitals, final sigma, İ, ligatures, spaces, astral letters. */
const TRICKY = [
  "e", "E", "a", "Σ", "ς", "σ", "İ", "ı", "I", "\u0301", "\u0308", "\u0327", "\u20dd", "é", "É", "ñ", "Ñ", "ß", "ẞ", "ﬁ", "Å", "\u212b", "\u212a", "Ω", "\u2126",
  "ǅ", "ǆ", "Ǆ", "ῼ", "ᾳ", "ΐ", "한", "\u1100\u1161", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "😀", "𝐀", "𐐀", "\ud800", "\udc00", "-", "0",
];

describe("normalizeText (fast path) against whole-string folding", () => {
  // fast-check builds its full-Unicode tables on first use, which takes seconds on a busy machine.
  it("agrees on any Unicode string", { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
      expect(normalizeText(s)).toBe(wholeStringNormalize(s));
    }), { numRuns: 400 });
  });

  it("agrees on any string of grapheme clusters", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => {
      expect(normalizeText(s)).toBe(wholeStringNormalize(s));
    }), { numRuns: 2000 });
  });

  it("agrees on mixes of ASCII and the characters where folding is subtle", () => {
    const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme-ascii", maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const s = pieces.join("");
      expect(normalizeText(s)).toBe(wholeStringNormalize(s));
    }), { numRuns: 5000 });
  });

  it("agrees on plain ASCII, which takes the fast path", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 60 }), (s) => {
      expect(normalizeText(s)).toBe(wholeStringNormalize(s));
    }), { numRuns: 2000 });
  });

  it("gives the same answer for a repeated non-ASCII run (the run cache) as the first time", () => {
    expect(normalizeText("ΣΑΣ Detención")).toBe("σασ detencion");
    expect(normalizeText("ΣΑΣ DETENCIÓN")).toBe("σασ detencion");
    expect(normalizeText("aΣ b")).toBe(wholeStringNormalize("aΣ b"));
  });
});
