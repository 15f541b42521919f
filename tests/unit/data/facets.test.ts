/**
 * facetCounts(events, filters, index): the numbers next to each choice in the filter panel. A
 * facet's counts apply every other active filter but not its own selection, so "Protest (4)"
 * still reads 4 after the user ticks "Protest", and tells how many ticking "Election" would add.
 *
 * Fixture (see filters.test.ts for the same table, with dates):
 *   marcha-2023           protest   María González                          Valencia       unverified
 *   election-day          election  —                                       Caracas        confirmed
 *   protests-2024-07      protest   —                                       —              —
 *   detentions-ongoing    protest   —                                       —              disputed
 *   results-announcement  election  Electoral authority                     —              single-source
 *   detencion-gonzalez    protest   Policía Nacional Bolivariana, María González  Maracaibo  single-source
 *   audit-requests        election  Electoral authority, Opposition         {es: Caracas}  unverified
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf, toTimeSpan } from "../../../src/data/dates.ts";
import { facetCounts } from "../../../src/data/facets.ts";
import type { FacetCounts } from "../../../src/data/facets.ts";
import { EMPTY_FILTERS, filterEvents, placeKey } from "../../../src/data/filters.ts";
import type { Filters } from "../../../src/data/filters.ts";
import type { PoliticalEvent } from "../../../src/data/model.ts";
import { CONFIDENCE } from "../../../src/data/schema.ts";
import { buildSearchIndex } from "../../../src/data/search.ts";
import type { SearchIndex } from "../../../src/data/search.ts";
import { exploreDataset } from "../../helpers/datasetFixture.ts";
import { ACTORS, CATEGORIES, PLACES, eventsArb, filtersArb } from "../../helpers/filterArbitraries.ts";


const dataset = exploreDataset();
const index = buildSearchIndex(dataset.events);

function counts(filters: Partial<Filters>): FacetCounts {
  return facetCounts(dataset.events, { ...EMPTY_FILTERS, ...filters }, index);
}

/** A map as a plain object, for readable expectations. */
const plain = <K extends string>(m: Map<K, number>) => Object.fromEntries(m);

describe("facetCounts with no filters", () => {
  const c = counts({});

  it("counts every event once per category", () => {
    expect(plain(c.categories)).toEqual({ protest: 4, election: 3 });
  });

  it("counts each actor, sorted by count (descending) then name", () => {
    expect(c.actors).toEqual([
      { value: "Electoral authority", count: 2 },
      { value: "María González", count: 2 },
      { value: "Opposition", count: 1 },
      { value: "Policía Nacional Bolivariana", count: 1 },
    ]);
  });

  it("counts places by placeKey, so a string and a language map for the same name count together", () => {
    expect(c.places).toEqual([
      { value: "Caracas", count: 2 },
      { value: "Maracaibo", count: 1 },
      { value: "Valencia", count: 1 },
    ]);
  });

  it("counts confidence values; events without one are in no confidence count", () => {
    expect(plain(c.confidence)).toEqual({ unverified: 2, confirmed: 1, disputed: 1, "single-source": 2 });
  });
});

describe("facetCounts: a facet ignores its own selection, applies the others", () => {
  it("facetCounts(events, {categories: ['protest']}) keeps category counts as if nothing were selected", () => {
    expect(plain(counts({ categories: ["protest"] }).categories)).toEqual({ protest: 4, election: 3 });
  });

  it("facetCounts(events, {categories: ['protest']}) counts actors, places and confidence among protests only", () => {
    const c = counts({ categories: ["protest"] });
    expect(c.actors).toEqual([
      { value: "María González", count: 2 },
      { value: "Policía Nacional Bolivariana", count: 1 },
    ]);
    expect(c.places).toEqual([
      { value: "Maracaibo", count: 1 },
      { value: "Valencia", count: 1 },
    ]);
    expect(plain(c.confidence)).toEqual({ unverified: 1, disputed: 1, "single-source": 1 });
  });

  it("facetCounts(events, {actors: ['Opposition']}) keeps every actor's count, and narrows the categories", () => {
    const c = counts({ actors: ["Opposition"] });
    expect(c.actors).toEqual(counts({}).actors);
    expect(plain(c.categories)).toEqual({ election: 1 });
  });

  it("each choice's count is what choosing it alone would show (how many it would add, for OR)", () => {
    const c = counts({ places: ["Caracas"], confidence: ["unverified"] });
    // Places under confidence = unverified: audit-requests (Caracas), marcha-2023 (Valencia).
    expect(c.places).toEqual([
      { value: "Caracas", count: 1 },
      { value: "Valencia", count: 1 },
    ]);
    // Confidence under place = Caracas: election-day (confirmed), audit-requests (unverified).
    expect(plain(c.confidence)).toEqual({ confirmed: 1, unverified: 1 });
  });

  it("the query and the date range apply to every facet's counts", () => {
    const c = counts({ query: "gonzalez", from: "2024" });
    expect(plain(c.categories)).toEqual({ protest: 1 });
    expect(c.actors).toEqual([
      { value: "María González", count: 1 },
      { value: "Policía Nacional Bolivariana", count: 1 },
    ]);
    expect(c.places).toEqual([{ value: "Maracaibo", count: 1 }]);
  });

  it("a selected value that matches nothing under the other filters is listed with 0, so it can be unselected", () => {
    const c = counts({ categories: ["election"], actors: ["Policía Nacional Bolivariana"], confidence: ["disputed"] });
    expect(c.actors).toContainEqual({ value: "Policía Nacional Bolivariana", count: 0 });
    expect(c.categories.get("election")).toBe(0);
    expect(c.confidence.get("disputed")).toBe(0);
    expect(c.actors.at(-1)).toEqual({ value: "Policía Nacional Bolivariana", count: 0 });
  });

  it("an actor named twice in one event counts that event once", () => {
    const base = dataset.eventById.get("audit-requests")!;
    const twice: PoliticalEvent = { ...base, actors: ["Opposition", "Opposition"] };
    const c = facetCounts([twice], EMPTY_FILTERS, buildSearchIndex([twice]));
    expect(c.actors).toEqual([{ value: "Opposition", count: 1 }]);
  });

  it("names with the same count sort accent- and case-insensitively: Álvarez before Bello before zeta", () => {
    const base = dataset.eventById.get("audit-requests")!;
    const e: PoliticalEvent = { ...base, actors: ["zeta", "Bello", "Álvarez"] };
    const c = facetCounts([e], EMPTY_FILTERS, buildSearchIndex([e]));
    expect(c.actors.map((a) => a.value)).toEqual(["Álvarez", "Bello", "zeta"]);
  });
});

describe("facetCounts at scale", () => {
  /** 100,000 generated events: 5 categories, 1,000 actors, 300 places. */
  function manyEvents(n: number): PoliticalEvent[] {
    const date = parseEdtf("2024-07-28");
    if (!date.ok) throw new Error(date.message);
    const time = toTimeSpan(date.value, 0);
    return Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: "2024-07-28",
      title: `Event ${i}`,
      category: `c${i % 5}`,
      actors: [`actor ${i % 1000}`, `actor ${(i * 7) % 1000}`],
      location: { name: `place ${i % 300}` },
      sources: [{ title: "Source", url: "https://example.org/" }],
      time,
    }));
  }

  it("facetCounts over 100,000 events searches each event's text at most once", () => {
    const events = manyEvents(100_000);
    const built = buildSearchIndex(events);
    let lookups = 0;
    const counting: SearchIndex = { get: (id) => (lookups++, built.get(id)) };
    const c = facetCounts(events, { ...EMPTY_FILTERS, query: "event 1", categories: ["c1"], actors: ["actor 1"] }, counting);
    expect(lookups).toBeLessThanOrEqual(events.length);
    expect(c.categories.size).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The defining property: every count equals the length of a filterEvents result.

describe("facetCounts properties", () => {
  it("property: a value's count is filterEvents' result size with the facet set to just that value", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, (events, filters) => {
        const idx = buildSearchIndex(events);
        const c = facetCounts(events, filters, idx);
        const shown = (f: Partial<Filters>) => filterEvents(events, { ...filters, ...f }, idx).length;
        const expectCount = (got: number | undefined, want: number, selected: boolean) => {
          // A value is listed when it would show something, or when it is selected.
          expect(got).toBe(want > 0 || selected ? want : undefined);
        };
        const listed = (rows: { value: string; count: number }[]) => new Map(rows.map((r) => [r.value, r.count]));
        for (const v of CATEGORIES) expectCount(c.categories.get(v), shown({ categories: [v] }), filters.categories.includes(v));
        for (const v of ACTORS) expectCount(listed(c.actors).get(v), shown({ actors: [v] }), filters.actors.includes(v));
        for (const v of PLACES) expectCount(listed(c.places).get(v), shown({ places: [v] }), filters.places.includes(v));
        for (const v of CONFIDENCE) expectCount(c.confidence.get(v), shown({ confidence: [v] }), filters.confidence.includes(v));
      }),
      { numRuns: 1000 },
    );
  });

  it("property: actors and places are sorted by count, descending", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, (events, filters) => {
        const c = facetCounts(events, filters, buildSearchIndex(events));
        for (const rows of [c.actors, c.places]) {
          for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.count).toBeGreaterThanOrEqual(rows[i]!.count);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: with no filters, the category counts add up to the number of events", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const c = facetCounts(events, EMPTY_FILTERS, buildSearchIndex(events));
        expect([...c.categories.values()].reduce((a, b) => a + b, 0)).toBe(events.length);
        expect(c.places.reduce((a, r) => a + r.count, 0)).toBe(events.filter((e) => placeKey(e) !== null).length);
      }),
      { numRuns: 500 },
    );
  });
});
