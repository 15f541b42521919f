/**
 * Live counts for the filter panel. Standard faceted search: a facet's counts apply every OTHER
 * active filter but not that facet's own selection, so each choice shows how many events it would
 * add. One pass over the events, each tested once per facet: O(events × facets), no pairwise loops.
 */
import type { EventIndex } from "./eventIndex.ts";
import { FACETS, compileFilters, placeKey } from "./filters.ts";
import type { Facet, Filters } from "./filters.ts";
import { FACET_BIT, compileIndexed, failedFacets } from "./indexedFilters.ts";
import type { PoliticalEvent } from "./model.ts";
import type { Confidence } from "./schema.ts";
import { normalizeText } from "./search.ts";
import type { SearchIndex } from "./search.ts";

/** One choice in a list facet and how many events it would show. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per facet value. Every selected value is present, with 0 when nothing matches it, so the
 * panel can always offer to unselect it; other values appear only when their count is above 0.
 */
export interface FacetCounts {
  categories: Map<string, number>;
  /** Sorted by count (descending), then by name, accent- and case-insensitively. */
  actors: FacetCount[];
  /** Keyed by `placeKey`; sorted like `actors`. */
  places: FacetCount[];
  confidence: Map<Confidence, number>;
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function withSelected<K>(counts: Map<K, number>, selected: readonly K[]): Map<K, number> {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return counts;
}

/** Count descending, then name: accent- and case-folded first, exact text to break ties. */
function sortedCounts(counts: Map<string, number>): FacetCount[] {
  const rows = [...counts].map(([value, count]) => ({ value, count, key: sortKey(value) }));
  rows.sort((a, b) => b.count - a.count || compare(a.key, b.key) || compare(a.value, b.value));
  return rows.map(({ value, count }) => ({ value, count }));
}

/** Folded names, kept: every filter change sorts the same names again. */
const sortKeys = new Map<string, string>();
const MAX_SORT_KEYS = 50_000;

function sortKey(value: string): string {
  let key = sortKeys.get(value);
  if (key === undefined) {
    if (sortKeys.size >= MAX_SORT_KEYS) sortKeys.clear();
    key = normalizeText(value);
    sortKeys.set(value, key);
  }
  return key;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Standard faceted search: the counts for a facet apply all OTHER active filters but not that facet's own selection, so a user sees how many each choice would add. Actors/places sorted by count desc then name. */
export function facetCounts(events: readonly PoliticalEvent[], filters: Filters, index: SearchIndex): FacetCounts {
  const compiled = compileFilters(filters, index);
  const active = FACETS.filter((facet) => compiled[facet] !== null);
  const categories = new Map<string, number>();
  const actors = new Map<string, number>();
  const places = new Map<string, number>();
  const confidence = new Map<Confidence, number>();

  for (const e of events) {
    // The one facet this event fails, if exactly one; an event failing two counts nowhere.
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of active) {
      if (compiled[facet]?.(e) === false) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    countEvent({ categories, actors, places, confidence }, e, (facet) => failures === 0 || failed === facet);
  }
  return finish({ categories, actors, places, confidence }, filters);
}

interface CountMaps {
  categories: Map<string, number>;
  actors: Map<string, number>;
  places: Map<string, number>;
  confidence: Map<Confidence, number>;
}

/** Adds `e` to the counts of every facet where `counts(facet)`. */
function countEvent(maps: CountMaps, e: PoliticalEvent, counts: (facet: Facet) => boolean): void {
  if (counts("categories")) bump(maps.categories, e.category);
  if (counts("actors")) for (const actor of new Set(e.actors)) bump(maps.actors, actor);
  if (counts("places")) {
    const key = placeKey(e);
    if (key !== null) bump(maps.places, key);
  }
  if (counts("confidence") && e.confidence !== undefined) bump(maps.confidence, e.confidence);
}

function finish(maps: CountMaps, filters: Filters): FacetCounts {
  return {
    categories: withSelected(maps.categories, filters.categories),
    actors: sortedCounts(withSelected(maps.actors, filters.actors)),
    places: sortedCounts(withSelected(maps.places, filters.places)),
    confidence: withSelected(maps.confidence, filters.confidence),
  };
}

/**
 * facetCounts(index.events, filters, …), through the index: one pass adding into an array per
 * facet, indexed by value number.
 */
export function facetCountsIndexed(index: EventIndex, filters: Filters): FacetCounts {
  return filterAndCountIndexed(index, filters).counts;
}

/** What one filter change needs: the events that pass (their positions) and the facet counts. */
export interface FilterOutcome {
  /** Positions in `index.events` of the events that pass every filter, ascending. */
  positions: Int32Array;
  counts: FacetCounts;
}

/**
 * filterPositions and facetCountsIndexed in one pass: each event is judged once (up to its second
 * failed facet), so a keystroke reads the index once instead of twice.
 */
export function filterAndCountIndexed(index: EventIndex, filters: Filters): FilterOutcome {
  const f = compileIndexed(index, filters);
  const n = index.events.length;
  const out = f.active === 0 ? null : new Int32Array(n);
  let shown = 0;
  const categories = new Int32Array(index.categories.values.length);
  const actors = new Int32Array(index.actors.values.length);
  const places = new Int32Array(index.places.values.length);
  const confidence = new Int32Array(index.confidences.values.length);
  const { category, actorStart, actorIds, place, confidence: confidenceOf } = index;
  const CAT = FACET_BIT.categories;
  const ACT = FACET_BIT.actors;
  const PLA = FACET_BIT.places;
  const CON = FACET_BIT.confidence;
  for (let i = 0; i < n; i++) {
    const failed = out === null ? 0 : failedFacets(f, i, 2);
    if (failed === 0) {
      if (out !== null) out[shown++] = i;
      categories[category[i]!]!++;
      for (let k = actorStart[i]!, end = actorStart[i + 1]!; k < end; k++) actors[actorIds[k]!]!++;
      const p = place[i]!;
      if (p >= 0) places[p]!++;
      const c = confidenceOf[i]!;
      if (c >= 0) confidence[c]!++;
      continue;
    }
    // Counted only in the one facet it fails; an event failing two counts nowhere.
    if ((failed & (failed - 1)) !== 0) continue;
    if (failed === CAT) categories[category[i]!]!++;
    else if (failed === ACT) for (let k = actorStart[i]!, end = actorStart[i + 1]!; k < end; k++) actors[actorIds[k]!]!++;
    else if (failed === PLA) {
      if (place[i]! >= 0) places[place[i]!]!++;
    } else if (failed === CON && confidenceOf[i]! >= 0) confidence[confidenceOf[i]!]!++;
  }
  const maps: CountMaps = {
    categories: countMap(index.categories.values, categories),
    actors: countMap(index.actors.values, actors),
    places: countMap(index.places.values, places),
    confidence: countMap(index.confidences.values as Confidence[], confidence),
  };
  // A view, not a copy: the array is made for this answer alone.
  const positions = out === null ? allPositions(index) : out.subarray(0, shown);
  return { positions, counts: finish(maps, filters) };
}

const everyPosition = new WeakMap<EventIndex, Int32Array>();

/** 0 … n - 1, made once per index (callers only read it). */
function allPositions(index: EventIndex): Int32Array {
  let all = everyPosition.get(index);
  if (all === undefined) {
    all = new Int32Array(index.events.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    everyPosition.set(index, all);
  }
  return all;
}

/** The values counted at least once, with their counts. */
function countMap<K extends string>(values: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  for (let n = 0; n < counts.length; n++) if (counts[n]! > 0) map.set(values[n]!, counts[n]!);
  return map;
}
