/**
 * Live counts for the filter panel. Standard faceted search: a facet's counts apply every OTHER
 * active filter but not that facet's own selection, so each choice shows how many events it would
 * add. One pass over the events, each tested once per facet: O(events × facets), no pairwise loops.
 */
import { FACETS, compileFilters, placeKey } from "./filters.ts";
import type { Facet, Filters } from "./filters.ts";
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
  const rows = [...counts].map(([value, count]) => ({ value, count, key: normalizeText(value) }));
  rows.sort((a, b) => b.count - a.count || compare(a.key, b.key) || compare(a.value, b.value));
  return rows.map(({ value, count }) => ({ value, count }));
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
    const counts = (facet: Facet) => failures === 0 || failed === facet;
    if (counts("categories")) bump(categories, e.category);
    if (counts("actors")) for (const actor of new Set(e.actors)) bump(actors, actor);
    if (counts("places")) {
      const key = placeKey(e);
      if (key !== null) bump(places, key);
    }
    if (counts("confidence") && e.confidence !== undefined) bump(confidence, e.confidence);
  }

  return {
    categories: withSelected(categories, filters.categories),
    actors: sortedCounts(withSelected(actors, filters.actors)),
    places: sortedCounts(withSelected(places, filters.places)),
    confidence: withSelected(confidence, filters.confidence),
  };
}
