/**
 * filterEvents(events, filters, index): facets combine with AND, choices within a facet with OR; a
 * date range keeps every event whose span overlaps it, bounds naming a whole year, month or day.
 *
 * The fixture is `validDataset()` plus three events, so every facet has something to choose:
 *
 *   marcha-2023           2023-05 (the whole month)      protest   María González      Valencia   unverified
 *   election-day          2024-07-28                     election  —                   Caracas    confirmed
 *   protests-2024-07      2024-07-29 … 2024-07-30        protest   —                   —          —
 *   detentions-ongoing    2024-07-29 … (ongoing, 08-31)  protest   —                   —          disputed
 *   results-announcement  2024-07-29 04:10 UTC (1 min)   election  Electoral authority —         single-source
 *   detencion-gonzalez    2024-08-02                     protest   Policía…, González  Maracaibo  single-source
 *   audit-requests        2024-08-05 … 2024-08-20        election  Electoral…, Opposition  {es: Caracas} unverified
 *
 * (in the dataset's order: by start, then end, then id)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf, toTimeSpan } from "../../../src/data/dates.ts";
import { EMPTY_FILTERS, filterEvents, isEmptyFilters, placeKey } from "../../../src/data/filters.ts";
import type { Filters } from "../../../src/data/filters.ts";
import type { Dataset, PoliticalEvent } from "../../../src/data/model.ts";
import { CONFIDENCE } from "../../../src/data/schema.ts";
import { buildSearchIndex } from "../../../src/data/search.ts";
import { exploreDataset } from "../../helpers/datasetFixture.ts";


const dataset = exploreDataset();
const index = buildSearchIndex(dataset.events);

/** Ids of the fixture events `filterEvents` keeps with these filters, in result order. */
function kept(filters: Partial<Filters>): string[] {
  return filterEvents(dataset.events, { ...EMPTY_FILTERS, ...filters }, index).map((e) => e.id);
}

const ALL = dataset.events.map((e) => e.id);

describe("filterEvents: no filters", () => {
  it("filterEvents(events, EMPTY_FILTERS) keeps every event, in input (time) order", () => {
    expect(kept({})).toEqual([
      "marcha-2023",
      "election-day",
      "protests-2024-07",
      "detentions-ongoing",
      "results-announcement",
      "detencion-gonzalez",
      "audit-requests",
    ]);
  });

  it("filterEvents returns a new array, never the input", () => {
    const out = filterEvents(dataset.events, EMPTY_FILTERS, index);
    expect(out).not.toBe(dataset.events);
    expect(out).toEqual(dataset.events);
  });
});

describe("filterEvents: categories", () => {
  it("filterEvents(events, {categories: ['protest']}) keeps only protest events", () => {
    expect(kept({ categories: ["protest"] })).toEqual(["marcha-2023", "protests-2024-07", "detentions-ongoing", "detencion-gonzalez"]);
  });

  it("filterEvents(events, {categories: ['protest', 'election']}) keeps both (OR within the facet)", () => {
    expect(kept({ categories: ["protest", "election"] })).toEqual(ALL);
  });

  it("filterEvents(events, {categories: ['unknown']}) keeps nothing", () => {
    expect(kept({ categories: ["unknown"] })).toEqual([]);
  });
});

describe("filterEvents: actors and places", () => {
  it("filterEvents(events, {actors: ['Opposition', 'María González']}) keeps events with either actor", () => {
    expect(kept({ actors: ["Opposition", "María González"] })).toEqual(["marcha-2023", "detencion-gonzalez", "audit-requests"]);
  });

  it("filterEvents(events, {actors: [a]}) drops events with no actors", () => {
    expect(kept({ actors: ["Electoral authority"] })).toEqual(["results-announcement", "audit-requests"]);
  });

  it("filterEvents(events, {places: ['Caracas']}) keeps a place written as a string or as a language map", () => {
    expect(kept({ places: ["Caracas"] })).toEqual(["election-day", "audit-requests"]);
  });

  it("filterEvents(events, {places: ['Caracas', 'Maracaibo']}) keeps either place (OR)", () => {
    expect(kept({ places: ["Caracas", "Maracaibo"] })).toEqual(["election-day", "detencion-gonzalez", "audit-requests"]);
  });
});

describe("filterEvents: AND across facets", () => {
  it("filterEvents(events, {categories: ['protest'], actors: ['María González']}) keeps events that match both", () => {
    expect(kept({ categories: ["protest"], actors: ["María González"] })).toEqual(["marcha-2023", "detencion-gonzalez"]);
  });

  it("adding a place narrows further: protest AND González AND Maracaibo", () => {
    expect(kept({ categories: ["protest"], actors: ["María González"], places: ["Maracaibo"] })).toEqual(["detencion-gonzalez"]);
  });

  it("facets that exclude each other keep nothing: election AND Maracaibo", () => {
    expect(kept({ categories: ["election"], places: ["Maracaibo"] })).toEqual([]);
  });

  it("a query combines with the other facets too", () => {
    expect(kept({ query: "gonzalez" })).toEqual(["marcha-2023", "detencion-gonzalez"]);
    expect(kept({ query: "gonzalez", from: "2024" })).toEqual(["detencion-gonzalez"]);
    expect(kept({ query: "gonzalez", categories: ["election"] })).toEqual([]);
    expect(kept({ query: "caracas", categories: ["election"], from: "2024-08" })).toEqual(["audit-requests"]);
  });
});

describe("filterEvents: query", () => {
  it('filterEvents(events, {query: "detencion"}) finds "Detención" (and "Detenciones", which contains it)', () => {
    expect(kept({ query: "detencion" })).toEqual(["detentions-ongoing", "detencion-gonzalez"]);
  });

  it('filterEvents(events, {query: "maria gonzalez"}) searches actors, so the 2023 march is found too', () => {
    expect(kept({ query: "maria gonzalez" })).toEqual(["marcha-2023", "detencion-gonzalez"]);
  });

  it('filterEvents(events, {query: "   "}) filters nothing', () => {
    expect(kept({ query: "   " })).toEqual(ALL);
  });

  it("an event missing from the index is still searched, by its own text", () => {
    const partial = buildSearchIndex([]);
    const found = filterEvents(dataset.events, { ...EMPTY_FILTERS, query: "pitazo" }, partial).map((e) => e.id);
    expect(found).toEqual(["detencion-gonzalez"]);
  });
});

describe("filterEvents: date range", () => {
  it('filterEvents(events, {to: "2024-07-28"}) includes the whole of July 28 and nothing after it', () => {
    expect(kept({ to: "2024-07-28" })).toEqual(["marcha-2023", "election-day"]);
  });

  it('filterEvents(events, {from: "2024-07-29"}) starts at the first instant of July 29', () => {
    expect(kept({ from: "2024-07-29" })).toEqual([
      "protests-2024-07",
      "detentions-ongoing",
      "results-announcement",
      "detencion-gonzalez",
      "audit-requests",
    ]);
  });

  it('filterEvents(events, {from: "2024-08-02", to: "2024-08-02"}) is that one day, with the ongoing interval that covers it', () => {
    expect(kept({ from: "2024-08-02", to: "2024-08-02" })).toEqual(["detentions-ongoing", "detencion-gonzalez"]);
  });

  it('filterEvents(events, {from: "2024-08", to: "2024-08"}) is the whole of August', () => {
    expect(kept({ from: "2024-08", to: "2024-08" })).toEqual(["detentions-ongoing", "detencion-gonzalez", "audit-requests"]);
  });

  it('filterEvents(events, {from: "2024-07", to: "2024-07"}) is the whole of July, through July 31', () => {
    expect(kept({ from: "2024-07", to: "2024-07" })).toEqual([
      "election-day",
      "protests-2024-07",
      "detentions-ongoing",
      "results-announcement",
    ]);
  });

  it('filterEvents(events, {from: "2023", to: "2023"}) is the whole year 2023', () => {
    expect(kept({ from: "2023", to: "2023" })).toEqual(["marcha-2023"]);
  });

  it('filterEvents(events, {from: "2024"}) keeps every event in or after 2024', () => {
    expect(kept({ from: "2024" })).toEqual(ALL.filter((id) => id !== "marcha-2023"));
  });

  it("an interval that starts before the range and ends inside it is kept (overlap, not containment)", () => {
    // protests-2024-07 runs July 29–30; the range starts on the 30th.
    expect(kept({ from: "2024-07-30", to: "2024-07-30" })).toEqual(["protests-2024-07", "detentions-ongoing"]);
  });

  it("an interval that starts inside the range and ends after it is kept", () => {
    expect(kept({ from: "2024-08-19", to: "2024-08-25" })).toEqual(["detentions-ongoing", "audit-requests"]);
  });

  it("an interval that covers the whole range is kept", () => {
    expect(kept({ from: "2024-08-10", to: "2024-08-11" })).toEqual(["detentions-ongoing", "audit-requests"]);
  });

  it("an event that ends exactly where the range starts is not kept (ends are exclusive)", () => {
    // protests-2024-07 covers up to, not including, 2024-07-31T00:00Z.
    expect(kept({ from: "2024-07-31", to: "2024-08-01" })).toEqual(["detentions-ongoing"]);
  });

  it("a range that ends before it starts keeps nothing, not even an interval spanning the gap", () => {
    // detentions-ongoing covers both months; the range [Aug 1, Aug 1) is still empty.
    expect(kept({ from: "2024-08", to: "2024-07" })).toEqual([]);
    expect(kept({ from: "2024-08-10", to: "2024-08-02" })).toEqual([]);
  });

  it("malformed bounds are ignored, as if absent", () => {
    for (const bad of ["2024-13", "2024-02-30", "yesterday", "", "24-07-28", "2024-07-28T00:00Z", "2024-07-28/2024-07-29"]) {
      expect(kept({ from: bad }), `from: "${bad}"`).toEqual(ALL);
      expect(kept({ to: bad }), `to: "${bad}"`).toEqual(ALL);
    }
    expect(kept({ from: "nonsense", to: "2024-07-28" })).toEqual(["marcha-2023", "election-day"]);
  });
});

describe("filterEvents: confidence", () => {
  it("filterEvents(events, {confidence: ['disputed']}) keeps only disputed events", () => {
    expect(kept({ confidence: ["disputed"] })).toEqual(["detentions-ongoing"]);
  });

  it("filterEvents(events, {confidence: ['confirmed', 'unverified']}) keeps either (OR)", () => {
    expect(kept({ confidence: ["confirmed", "unverified"] })).toEqual(["marcha-2023", "election-day", "audit-requests"]);
  });

  it("an event without a confidence passes only when the confidence filter is empty", () => {
    expect(kept({})).toContain("protests-2024-07");
    expect(kept({ confidence: [...CONFIDENCE] })).not.toContain("protests-2024-07");
    expect(kept({ confidence: [...CONFIDENCE] })).toHaveLength(ALL.length - 1);
  });
});

describe("placeKey", () => {
  const base = dataset.eventById.get("election-day")!;

  it("placeKey(e) is the location name when it is a plain string", () => {
    expect(placeKey(base)).toBe("Caracas");
  });

  it("placeKey(e) is the first language value of a language map", () => {
    expect(placeKey({ ...base, location: { name: { es: "Maracaibo", en: "Maracaibo city" } } })).toBe("Maracaibo");
    expect(placeKey({ ...base, location: { name: { en: "", es: "Mérida" } } })).toBe("Mérida");
  });

  it("placeKey(e) is null for an event without a location", () => {
    expect(placeKey(dataset.eventById.get("protests-2024-07")!)).toBeNull();
  });
});

describe("isEmptyFilters", () => {
  it("isEmptyFilters(EMPTY_FILTERS) is true", () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
  });

  it("isEmptyFilters(f) is false once any facet is active", () => {
    const active: Partial<Filters>[] = [
      { categories: ["protest"] },
      { actors: ["Opposition"] },
      { places: ["Caracas"] },
      { query: "paro" },
      { from: "2024" },
      { to: "2024-07" },
      { confidence: ["confirmed"] },
    ];
    for (const f of active) expect(isEmptyFilters({ ...EMPTY_FILTERS, ...f }), JSON.stringify(f)).toBe(false);
  });

  it("isEmptyFilters(f) is true for a blank query or malformed dates, which filter nothing", () => {
    expect(isEmptyFilters({ ...EMPTY_FILTERS, query: "  ", from: "2024-13", to: "soon" })).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, over generated events and filters.

const CATEGORIES = ["protest", "election", "court", "decree"];
const ACTORS = ["María González", "Opposition", "Electoral authority", "Police"];
const PLACES = ["Caracas", "Maracaibo", "Mérida"];
const DATES = ["2024", "2024-07", "2024-07-29", "2024-08-02/2024-08-20", "2024-07-29/..", "2023-05", "2024-07-29T00:10:00-04:00"];
const BOUNDS = ["2023", "2024", "2024-07", "2024-07-29", "2024-08-02", "2024-13", "nonsense"];
const WORDS = ["Detención", "González", "marcha", "PARO", "elección", "Caracas", ""];
const UPDATED_MS = Date.UTC(2024, 8, 1);

/** A generated event; ids are assigned by position so they are unique. */
const eventFields = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  actors: fc.option(fc.subarray(ACTORS), { nil: undefined }),
  place: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
  placeAsMap: fc.boolean(),
  confidence: fc.option(fc.constantFrom(...CONFIDENCE), { nil: undefined }),
  date: fc.constantFrom(...DATES),
  title: fc.constantFrom(...WORDS),
});

type EventFields = typeof eventFields extends fc.Arbitrary<infer T> ? T : never;

function toEvent(fields: EventFields, i: number): PoliticalEvent {
  const parsed = parseEdtf(fields.date);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    id: `e${i}`,
    date: fields.date,
    title: `${fields.title} ${i}`,
    category: fields.category,
    ...(fields.actors === undefined ? {} : { actors: fields.actors }),
    ...(fields.place === undefined ? {} : { location: { name: fields.placeAsMap ? { es: fields.place } : fields.place } }),
    ...(fields.confidence === undefined ? {} : { confidence: fields.confidence }),
    sources: [{ title: "Source", url: "https://example.org/" }],
    time: toTimeSpan(parsed.value, UPDATED_MS),
  };
}

const eventsArb = fc.array(eventFields, { maxLength: 30 }).map((list) => list.map(toEvent));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  categories: fc.subarray(CATEGORIES),
  actors: fc.subarray(ACTORS),
  places: fc.subarray(PLACES),
  query: fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom("gonzalez paro", "detencion", "1", "marcha 2")),
  from: fc.option(fc.constantFrom(...BOUNDS), { nil: null }),
  to: fc.option(fc.constantFrom(...BOUNDS), { nil: null }),
  confidence: fc.subarray([...CONFIDENCE]),
});

const ids = (events: readonly PoliticalEvent[]) => events.map((e) => e.id).sort();

describe("filterEvents properties", () => {
  it("property: the result set does not depend on the input order", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))),
        filtersArb,
        ([events, shuffled], filters) => {
          const index = buildSearchIndex(events);
          expect(ids(filterEvents(shuffled, filters, index))).toEqual(ids(filterEvents(events, filters, index)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("property: the result is a subset of the input, in input order", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, (events, filters) => {
        const out = filterEvents(events, filters, buildSearchIndex(events));
        let cursor = 0;
        for (const e of out) {
          cursor = events.indexOf(e, cursor);
          expect(cursor).toBeGreaterThanOrEqual(0);
          cursor += 1;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("property: adding a category to a non-empty categories filter never removes results", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, fc.constantFrom(...CATEGORIES), (events, filters, extra) => {
        fc.pre(filters.categories.length > 0);
        const index = buildSearchIndex(events);
        const before = filterEvents(events, filters, index);
        const after = new Set(filterEvents(events, { ...filters, categories: [...filters.categories, extra] }, index));
        for (const e of before) expect(after.has(e)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: each facet is an AND: the result is the intersection of one-facet results", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, (events, filters) => {
        const index = buildSearchIndex(events);
        const only = (f: Partial<Filters>) => new Set(filterEvents(events, { ...EMPTY_FILTERS, ...f }, index));
        const parts = [
          only({ categories: filters.categories }),
          only({ actors: filters.actors }),
          only({ places: filters.places }),
          only({ query: filters.query }),
          only({ from: filters.from, to: filters.to }),
          only({ confidence: filters.confidence }),
        ];
        const expected = events.filter((e) => parts.every((p) => p.has(e)));
        expect(filterEvents(events, filters, index)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
