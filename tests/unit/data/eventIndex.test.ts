/**
 * The EventIndex path (filterIndexed, facetCountsIndexed) must answer exactly what filterEvents and
 * facetCounts answer on the event objects, however far the index has been prepared.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueList, createEventIndex, prepareEvents, prepareKeys } from "../../../src/data/eventIndex.ts";
import { facetCounts, facetCountsIndexed, filterAndCountIndexed } from "../../../src/data/facets.ts";
import type { FacetCounts } from "../../../src/data/facets.ts";
import { EMPTY_FILTERS, filterEvents } from "../../../src/data/filters.ts";
import { filterIndexed, filterPositions } from "../../../src/data/indexedFilters.ts";
import { buildSearchIndex, eventHaystack } from "../../../src/data/search.ts";
import { exploreDataset } from "../../helpers/datasetFixture.ts";
import { eventsArb, filtersArb } from "../../helpers/filterArbitraries.ts";

/** Counts with the maps as sorted entries: map order carries no meaning. */
function comparable(c: FacetCounts) {
  const sorted = <K extends string>(m: Map<K, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { categories: sorted(c.categories), confidence: sorted(c.confidence), actors: c.actors, places: c.places };
}

describe("ValueList", () => {
  it("numbers values by first appearance and masks the selected ones it knows", () => {
    const list = new ValueList();
    expect([list.intern("b"), list.intern("a"), list.intern("b")]).toEqual([0, 1, 0]);
    expect(list.values).toEqual(["b", "a"]);
    expect(Array.from(list.mask(["a", "never seen"]))).toEqual([0, 1]);
  });
});

describe("prepareEvents", () => {
  const dataset = exploreDataset();

  it("prepares in slices what it prepares at once, and says when it is done", () => {
    const whole = createEventIndex(dataset.events);
    expect(prepareEvents(whole, Infinity)).toBe(true);
    const sliced = createEventIndex(dataset.events);
    const done: boolean[] = [];
    for (let until = 2; until <= dataset.events.length + 1; until += 2) done.push(prepareEvents(sliced, until));
    expect(done.at(-1)).toBe(true);
    expect(done.slice(0, -1).every((d) => !d)).toBe(true);
    expect(sliced).toEqual(whole);
  });

  it("keeps each event's search text and counts an actor named twice once", () => {
    const events = dataset.events.map((e, i) => (i === 0 ? { ...e, actors: ["X", "Y", "X"] } : e));
    const index = createEventIndex(events);
    prepareEvents(index, Infinity);
    expect(index.haystacks).toEqual(events.map(eventHaystack));
    const first = index.actorIds.slice(index.actorStart[0], index.actorStart[1]).map((n) => index.actors.values[n]);
    expect(first).toEqual(["X", "Y"]);
    expect(facetCountsIndexed(index, { ...EMPTY_FILTERS, query: "" }).actors.find((a) => a.value === "X")?.count).toBe(1);
  });
});

describe("finishPreparing, through filtering", () => {
  it("a filter prepares every event's keys at once, and the search text only when it searches", () => {
    const dataset = exploreDataset();
    const index = createEventIndex(dataset.events);
    prepareKeys(index, 3);
    filterPositions(index, { ...EMPTY_FILTERS, categories: [dataset.events[0]!.category] });
    expect([index.prepared, index.searchable]).toEqual([dataset.events.length, 0]);
    filterPositions(index, { ...EMPTY_FILTERS, query: "gonzalez" });
    expect(index.searchable).toBe(dataset.events.length);
    expect(index.haystacks).toEqual(dataset.events.map(eventHaystack));
  });
});

describe("the index path agrees with filterEvents and facetCounts", () => {
  it("property: at any stage of preparation, the same events and the same counts", () => {
    fc.assert(
      fc.property(eventsArb, filtersArb, fc.nat(), (events, filters, cut) => {
        const index = createEventIndex(events);
        prepareEvents(index, events.length === 0 ? 0 : cut % (events.length + 1));
        const reference = buildSearchIndex(events);
        const shown = filterIndexed(index, filters);
        expect(shown).toEqual(filterEvents(events, filters, reference));
        shown.forEach((e, i) => expect(e).toBe(filterEvents(events, filters, reference)[i]));
        expect(comparable(facetCountsIndexed(index, filters))).toEqual(comparable(facetCounts(events, filters, reference)));
        // The one-pass version gives both answers at once.
        const both = filterAndCountIndexed(index, filters);
        expect(Array.from(both.positions)).toEqual(Array.from(filterPositions(index, filters)));
        expect(comparable(both.counts)).toEqual(comparable(facetCounts(events, filters, reference)));
      }),
      { numRuns: 1500 },
    );
  });

  it("on the fixture dataset, fully prepared, for a few real filters", () => {
    const dataset = exploreDataset();
    const index = createEventIndex(dataset.events);
    prepareEvents(index, Infinity);
    const reference = buildSearchIndex(dataset.events);
    const cases = [EMPTY_FILTERS, { ...EMPTY_FILTERS, query: "gonzalez" }, { ...EMPTY_FILTERS, places: ["Caracas"], confidence: ["unverified" as const] }, { ...EMPTY_FILTERS, from: "2024-07", actors: ["Opposition"] }];
    for (const filters of cases) {
      expect(filterIndexed(index, filters).map((e) => e.id)).toEqual(filterEvents(dataset.events, filters, reference).map((e) => e.id));
      expect(comparable(facetCountsIndexed(index, filters))).toEqual(comparable(facetCounts(dataset.events, filters, reference)));
    }
    expect(filterIndexed(index, { ...EMPTY_FILTERS, query: "gonzalez" }).length).toBeGreaterThan(0);
  });
});
