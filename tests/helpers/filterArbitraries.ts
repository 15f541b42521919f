/**
 * fast-check arbitraries for filter tests: small event lists over a few categories, actors,
 * places, dates and accented titles, and filters over the same values (plus ones no event has).
 */
import fc from "fast-check";
import { parseEdtf, toTimeSpan } from "../../src/data/dates.ts";
import type { Filters } from "../../src/data/filters.ts";
import type { PoliticalEvent } from "../../src/data/model.ts";
import { CONFIDENCE } from "../../src/data/schema.ts";

export const CATEGORIES = ["protest", "election", "court"];
export const ACTORS = ["María González", "Opposition", "Electoral authority", "Police"];
export const PLACES = ["Caracas", "Maracaibo", "Mérida"];
const DATES = ["2024", "2024-07", "2024-07-29", "2024-08-02/2024-08-20", "2024-07-29/..", "2023-05"];
const BOUNDS = ["2023", "2024", "2024-07", "2024-07-29", "2024-08-02", "nonsense"];
const WORDS = ["Detención", "González", "marcha", "PARO", "elección"];

export const eventsArb = fc
  .array(
    fc.record({
      category: fc.constantFrom(...CATEGORIES),
      actors: fc.option(fc.subarray(ACTORS), { nil: undefined }),
      place: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
      confidence: fc.option(fc.constantFrom(...CONFIDENCE), { nil: undefined }),
      date: fc.constantFrom(...DATES),
      title: fc.constantFrom(...WORDS),
    }),
    { maxLength: 25 },
  )
  .map((list) =>
    list.map((f, i): PoliticalEvent => {
      const parsed = parseEdtf(f.date);
      if (!parsed.ok) throw new Error(parsed.message);
      return {
        id: `e${i}`,
        date: f.date,
        title: f.title,
        category: f.category,
        ...(f.actors === undefined ? {} : { actors: f.actors }),
        ...(f.place === undefined ? {} : { location: { name: f.place } }),
        ...(f.confidence === undefined ? {} : { confidence: f.confidence }),
        sources: [{ title: "Source", url: "https://example.org/" }],
        time: toTimeSpan(parsed.value, Date.UTC(2024, 8, 1)),
      };
    }),
  );

export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  categories: fc.subarray(CATEGORIES),
  actors: fc.subarray(ACTORS),
  places: fc.subarray(PLACES),
  query: fc.constantFrom("", "gonzalez", "detencion", "paro eleccion", "a"),
  from: fc.option(fc.constantFrom(...BOUNDS), { nil: null }),
  to: fc.option(fc.constantFrom(...BOUNDS), { nil: null }),
  confidence: fc.subarray([...CONFIDENCE]),
});
