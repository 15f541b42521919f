/**
 * The filters applied through an EventIndex: the same tests as compileFilters, as lookups in the
 * prepared keys (a byte per facet value, a typed array per event). Whatever the index has not
 * prepared yet and the filters need is prepared first (finishPreparing), so the answer never
 * depends on how far the background preparation has got.
 */
import { finishPreparing } from "./eventIndex.ts";
import type { EventIndex } from "./eventIndex.ts";
import { FACETS, dateBounds, overlaps } from "./filters.ts";
import type { Facet, Filters } from "./filters.ts";
import type { PoliticalEvent } from "./model.ts";
import { matchesQuery, queryTerms } from "./search.ts";

/** One bit per facet, in FACETS order. */
export const FACET_BIT = Object.fromEntries(FACETS.map((facet, i) => [facet, 1 << i])) as Record<Facet, number>;

export interface IndexedFilters {
  readonly index: EventIndex;
  /** Per facet, 1 for each selected value number; null where the facet is inactive. */
  readonly categories: Uint8Array | null;
  readonly actors: Uint8Array | null;
  readonly places: Uint8Array | null;
  readonly confidence: Uint8Array | null;
  readonly dates: { lo: number; hi: number } | null;
  readonly terms: readonly string[] | null;
  /** FACET_BIT of every active facet. */
  readonly active: number;
}

/**
 * The filters as lookups in `index`, once the index holds every key they need: it prepares, at
 * once, whatever its background preparation has not reached yet.
 */
export function compileIndexed(index: EventIndex, filters: Filters): IndexedFilters {
  const terms = queryTerms(filters.query);
  const dates = dateBounds(filters);
  finishPreparing(index, terms.length > 0);
  const f = {
    index,
    categories: filters.categories.length === 0 ? null : index.categories.mask(filters.categories),
    actors: filters.actors.length === 0 ? null : index.actors.mask(filters.actors),
    places: filters.places.length === 0 ? null : index.places.mask(filters.places),
    confidence: filters.confidence.length === 0 ? null : index.confidences.mask(filters.confidence),
    dates,
    terms: terms.length === 0 ? null : terms,
  };
  let active = 0;
  for (const facet of FACETS) if ((facet === "query" ? f.terms : f[facet]) !== null) active |= FACET_BIT[facet];
  return { ...f, active };
}

/**
 * FACET_BIT of each facet event `i` fails, cheapest test first. Once `enough` have failed
 * the rest are skipped: a caller that stops caring there cannot tell.
 */
export function failedFacets(f: IndexedFilters, i: number, enough: number): number {
  const { index } = f;
  let failed = 0;
  let count = 0;
  if (f.categories !== null && f.categories[index.category[i]!] !== 1) {
    failed |= FACET_BIT.categories;
    if (++count >= enough) return failed;
  }
  if (f.confidence !== null) {
    const c = index.confidence[i]!;
    if (c < 0 || f.confidence[c] !== 1) {
      failed |= FACET_BIT.confidence;
      if (++count >= enough) return failed;
    }
  }
  if (f.dates !== null && !overlaps(index.start[i]!, index.end[i]!, f.dates)) {
    failed |= FACET_BIT.dates;
    if (++count >= enough) return failed;
  }
  if (f.places !== null) {
    const p = index.place[i]!;
    if (p < 0 || f.places[p] !== 1) {
      failed |= FACET_BIT.places;
      if (++count >= enough) return failed;
    }
  }
  if (f.actors !== null && !anyActor(f.actors, index, i)) {
    failed |= FACET_BIT.actors;
    if (++count >= enough) return failed;
  }
  if (f.terms !== null && !matchesQuery(index.haystacks[i]!, f.terms)) failed |= FACET_BIT.query;
  return failed;
}

function anyActor(mask: Uint8Array, index: EventIndex, i: number): boolean {
  for (let k = index.actorStart[i]!; k < index.actorStart[i + 1]!; k++) if (mask[index.actorIds[k]!] === 1) return true;
  return false;
}

/** filterEvents(index.events, filters, …), through the index. */
export function filterIndexed(index: EventIndex, filters: Filters): PoliticalEvent[] {
  return Array.from(filterPositions(index, filters), (i) => index.events[i]!);
}

/** The positions in `index.events` of the events that pass `filters`, ascending. */
export function filterPositions(index: EventIndex, filters: Filters): Int32Array {
  const f = compileIndexed(index, filters);
  const { events } = index;
  if (f.active === 0) return Int32Array.from(events, (_, i) => i);
  const out = new Int32Array(events.length);
  let n = 0;
  for (let i = 0; i < events.length; i++) if (failedFacets(f, i, 1) === 0) out[n++] = i;
  return out.slice(0, n);
}
