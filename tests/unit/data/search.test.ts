/**
 * Free-text search is accent- and case-insensitive ("gonzalez" finds "González"), looks at titles,
 * summaries, actors, places and source publishers in every language, and highlights matches in
 * the original text even where a character is written as a letter plus a combining mark.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset, PoliticalEvent } from "../../../src/data/model.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import type { DatasetInput } from "../../../src/data/schema.ts";
import {
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  buildSearchIndex,
  eventHaystack,
  highlightRanges,
  matchesQuery,
  normalizeText,
  queryTerms,
} from "../../../src/data/search.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";

/** The fixture plus one Spanish event whose accents, actors, place and publisher are searched. */
function spanishDataset(): Dataset {
  const input: DatasetInput = validDataset();
  input.events.push({
    id: "detencion-gonzalez",
    date: "2024-08-02",
    title: { es: "Detención de María González", en: "Arrest of María González" },
    summary: { es: "La policía detuvo a la dirigente en la madrugada." },
    category: "protest",
    actors: ["Policía Nacional Bolivariana"],
    location: { name: { es: "Maracaibo" }, country: "VE" },
    sources: [{ title: "Nota", publisher: "El Pitazo", url: "https://example.org/pitazo" }],
  });
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

const dataset = spanishDataset();
const index = buildSearchIndex(dataset.events);

/** Ids of the fixture events a query finds, in time order. */
function search(query: string): string[] {
  const terms = queryTerms(query);
  return dataset.events.filter((e) => matchesQuery(index.get(e.id) ?? "", terms)).map((e) => e.id);
}

describe("normalizeText", () => {
  it('normalizeText("González") is "gonzalez"', () => {
    expect(normalizeText("González")).toBe("gonzalez");
  });

  it('normalizeText("DETENCIÓN") is "detencion"', () => {
    expect(normalizeText("DETENCIÓN")).toBe("detencion");
  });

  it("normalizeText(s) folds a decomposed accent (e + U+0301) like a precomposed one", () => {
    expect(normalizeText("Gonza\u0301lez")).toBe("gonzalez");
    expect(normalizeText("Gonza\u0301lez")).toBe(normalizeText("González"));
  });

  it("normalizeText(s) collapses runs of whitespace to one space and trims the ends", () => {
    expect(normalizeText("  María \t\n González  ")).toBe("maria gonzalez");
  });

  it("normalizeText(s) folds ñ, ü, Å and the dotted capital İ to their base letters", () => {
    expect(normalizeText("Año Pingüino Ångström İstanbul")).toBe("ano pinguino angstrom istanbul");
  });

  it("normalizeText(s) folds the Greek final sigma, so a word matches however it is cased", () => {
    expect(normalizeText("ΟΔΟΣ")).toBe(normalizeText("οδοσ"));
  });
});

describe("queryTerms", () => {
  it('queryTerms("  Detención   GONZÁLEZ ") is ["detencion", "gonzalez"]', () => {
    expect(queryTerms("  Detención   GONZÁLEZ ")).toEqual(["detencion", "gonzalez"]);
  });

  it('queryTerms("") and queryTerms("   ") have no terms', () => {
    expect(queryTerms("")).toEqual([]);
    expect(queryTerms(" \t ")).toEqual([]);
  });

  it("queryTerms(query) drops repeated terms", () => {
    expect(queryTerms("paro PARO Paro")).toEqual(["paro"]);
  });

  it(`queryTerms(query) keeps at most ${MAX_QUERY_TERMS} terms`, () => {
    const query = Array.from({ length: 30 }, (_, i) => `t${i}`).join(" ");
    const terms = queryTerms(query);
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(terms[0]).toBe("t0");
  });

  it(`queryTerms(query) reads at most ${MAX_QUERY_CHARS} characters`, () => {
    const terms = queryTerms(`${"a".repeat(150)} ${"b".repeat(150)}`);
    expect(terms.join(" ").length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(terms[0]).toBe("a".repeat(150));
  });

  it("queryTerms(query) terms are normalized and never empty or contain whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (query) => {
        for (const term of queryTerms(query)) {
          expect(term).not.toBe("");
          expect(term).not.toMatch(/\s/u);
          expect(normalizeText(term)).toBe(term);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("buildSearchIndex and matchesQuery", () => {
  it('"gonzalez" finds "Detención de María González"', () => {
    expect(search("gonzalez")).toEqual(["detencion-gonzalez"]);
  });

  it('"detencion" finds "detención" (and the fixture\'s "Detenciones", which contains it)', () => {
    expect(search("detencion")).toEqual(["detentions-ongoing", "detencion-gonzalez"]);
    expect(search("detencion maria")).toEqual(["detencion-gonzalez"]);
  });

  it('"DETENCIÓN" finds the same events: query case and accents do not matter either', () => {
    expect(search("DETENCIÓN")).toEqual(search("detencion"));
  });

  it("finds an event by any language of its title (en and es)", () => {
    expect(search("arrest")).toEqual(["detencion-gonzalez"]);
    expect(search("elección")).toEqual(["election-day"]);
    expect(search("election day")).toEqual(["election-day"]);
  });

  it("finds an event by its summary", () => {
    expect(search("madrugada")).toEqual(["detencion-gonzalez"]);
    expect(search("polls")).toEqual(["election-day"]);
  });

  it("finds an event by an actor", () => {
    expect(search("policia bolivariana")).toEqual(["detencion-gonzalez"]);
    expect(search("electoral authority")).toEqual(["results-announcement"]);
  });

  it("finds an event by its place, as a plain string or a language map", () => {
    expect(search("caracas")).toEqual(["election-day"]);
    expect(search("maracaibo")).toEqual(["detencion-gonzalez"]);
  });

  it("finds an event by a source's publisher", () => {
    expect(search("pitazo")).toEqual(["detencion-gonzalez"]);
    expect(search("example wire")).toEqual(["election-day"]);
  });

  it("every term must match (AND): a query mixing two events' words finds neither", () => {
    expect(search("gonzalez caracas")).toEqual([]);
  });

  it("a term is a substring: 'protest' finds 'Protests'", () => {
    expect(search("protest")).toEqual(["protests-2024-07"]);
  });

  it("does not search fields outside the haystack (source titles, ids)", () => {
    expect(search("announcement")).toEqual([]);
    expect(search("results")).toEqual(["results-announcement"]); // from the title "Results announced"
  });

  it("no term across two fields: the end of the title and the start of the summary do not join", () => {
    // Title "Election day" then summary "Polls open.": "daypolls" must not match.
    expect(search("daypolls")).toEqual([]);
  });

  it("matchesQuery(haystack, []) is true: no terms filter nothing", () => {
    expect(matchesQuery("anything", [])).toBe(true);
    expect(search("")).toHaveLength(dataset.events.length);
  });

  it("index.get(id) is undefined for an id the index was not built from", () => {
    expect(index.get("no-such-event")).toBeUndefined();
    expect(index.get("election-day")).toContain("caracas");
  });
});

describe("highlightRanges", () => {
  it('highlightRanges("María González", ["gonzalez"]) is [[6, 14]]', () => {
    expect(highlightRanges("María González", ["gonzalez"])).toEqual([[6, 14]]);
  });

  it('highlightRanges("DETENCIÓN", ["cion"]) is [[5, 9]], in the original text', () => {
    expect(highlightRanges("DETENCIÓN", ["cion"])).toEqual([[5, 9]]);
  });

  it("maps positions past a decomposed character (a + U+0301) back to the original string", () => {
    const text = "Maria\u0301 Gonza\u0301lez"; // 16 UTF-16 units, two combining accents
    expect(highlightRanges(text, ["gonzalez"])).toEqual([[7, 16]]);
    expect(text.slice(7, 16)).toBe("Gonza\u0301lez");
  });

  it("keeps a trailing combining accent inside the highlight, so a letter is never split from it", () => {
    expect(highlightRanges("cafe\u0301 solo", ["cafe"])).toEqual([[0, 5]]);
  });

  it("highlights a dotted capital İ (which lower-cases to two units) as one character", () => {
    expect(highlightRanges("İstanbul", ["ist"])).toEqual([[0, 3]]);
  });

  it("counts an emoji as the two UTF-16 units it takes", () => {
    expect(highlightRanges("😀 é", ["e"])).toEqual([[3, 4]]);
  });

  it("merges overlapping and touching matches, and sorts the ranges", () => {
    expect(highlightRanges("detención", ["tenc", "dete"])).toEqual([[0, 6]]);
    expect(highlightRanges("abcd", ["cd", "ab"])).toEqual([[0, 4]]);
    expect(highlightRanges("paro y paro", ["paro"])).toEqual([
      [0, 4],
      [7, 11],
    ]);
  });

  it("normalizes the terms it is given: a raw 'GONZÁLEZ' highlights too", () => {
    expect(highlightRanges("María González", ["GONZÁLEZ"])).toEqual([[6, 14]]);
  });

  it("returns no ranges for no terms, empty terms or empty text", () => {
    expect(highlightRanges("María", [])).toEqual([]);
    expect(highlightRanges("María", ["", "  "])).toEqual([]);
    expect(highlightRanges("", ["maria"])).toEqual([]);
  });

  /** Letters that decompose, combine, change length when lower-cased, or take two units. */
  const TRICKY = ["a", "e", "n", "s", "é", "e\u0301", "\u0301", "É", "ñ", "N\u0303", "İ", "ß", "Σ", "ς", "σ", "Å", "ﬁ", "😀", " ", "\t", "\n"];
  const trickyText = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 30 });
  const anyText = fc.oneof(trickyText, fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));
  /** A text and terms: some cut out of the text itself, so matches are common, some random. */
  const textAndTerms = anyText.chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.oneof(
          fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 6 })).map(([at, n]) => text.slice(at, at + n)),
          trickyText,
        ),
        { maxLength: 4 },
      ),
    ),
  );

  it("property: ranges are within bounds, sorted, non-overlapping, and each highlighted substring normalizes to contain a term", () => {
    fc.assert(
      fc.property(textAndTerms, ([text, terms]) => {
        const ranges = highlightRanges(text, terms);
        const needles = terms.map(normalizeText).filter((t) => t !== "");
        let previousEnd = -1;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThan(end);
          expect(start).toBeGreaterThan(previousEnd); // merged: not even touching
          previousEnd = end;
          const highlighted = normalizeText(text.slice(start, end));
          expect(needles.some((t) => highlighted.includes(t))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("property: there is a highlight exactly when some term matches the normalized text", () => {
    fc.assert(
      fc.property(textAndTerms, ([text, terms]) => {
        const normalized = normalizeText(text);
        const anyMatch = terms.map(normalizeText).some((t) => t !== "" && normalized.includes(t));
        expect(highlightRanges(text, terms).length > 0).toBe(anyMatch);
      }),
      { numRuns: 3000 },
    );
  });

  it("property: a highlight never splits a surrogate pair or separates a letter from its accent", () => {
    fc.assert(
      fc.property(textAndTerms, ([text, terms]) => {
        for (const [start, end] of highlightRanges(text, terms)) {
          for (const cut of [start, end]) {
            const before = text.charCodeAt(cut - 1);
            const after = text.charCodeAt(cut);
            const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
            expect(splitsPair).toBe(false);
          }
          expect(text.slice(end)).not.toMatch(/^\p{M}/u);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("eventHaystack", () => {
  const text = fc.array(fc.constantFrom("a", "B", "é", "e\u0301", "Σ", " ", "  ", "\t", "ñ", "7"), { maxLength: 6 }).map((cs) => cs.join(""));
  const localized = fc.oneof(text, fc.record({ es: text, en: text }, { requiredKeys: [] }));

  it("property: is title, summary, actors, place and publishers in every language, joined by spaces, normalized", () => {
    fc.assert(
      fc.property(localized, fc.option(localized, { nil: undefined }), fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }), fc.option(localized, { nil: undefined }), fc.array(fc.option(text, { nil: undefined }), { maxLength: 3 }), (title, summary, actors, place, publishers) => {
        const e = { id: "x", date: "2024", category: "c", title, summary, actors, location: place === undefined ? undefined : { name: place }, sources: publishers.map((publisher) => ({ title: "t", url: "https://example.org/", publisher })) } as unknown as PoliticalEvent;
        const all = (v: unknown) => (v === undefined ? [] : typeof v === "string" ? [v] : Object.values(v as Record<string, string>));
        const joined = [...all(title), ...all(summary), ...(actors ?? []), ...all(place), ...publishers.map((p) => p ?? "")].join(" ");
        expect(eventHaystack(e)).toBe(normalizeText(joined));
      }),
      { numRuns: 500 },
    );
  });
});
