/**
 * The filter model and the pure function that applies it. Facets combine with AND; the values
 * chosen within one facet combine with OR. Each event is judged on its own, so the result never
 * depends on the order or the other events of the input.
 */
import { parseDayBound } from "./dates.ts";
import type { PoliticalEvent } from "./model.ts";
import type { Confidence } from "./schema.ts";
import { eventHaystack, matchesQuery, queryTerms } from "./search.ts";
import type { SearchIndex } from "./search.ts";

/** What the user has chosen to see. Every facet left empty lets every event through. */
export interface Filters {
  /** Category ids to show; empty = all. */
  categories: readonly string[];
  /** Actor names; empty = any. Several = OR within the facet. */
  actors: readonly string[];
  /** Place keys (see placeKey); empty = any. OR within. */
  places: readonly string[];
  /** Free-text query; "" = none. */
  query: string;
  /** Inclusive start bound as written: "YYYY" | "YYYY-MM" | "YYYY-MM-DD" | null. */
  from: string | null;
  /** Inclusive end bound (the whole day/month/year it names), or null. */
  to: string | null;
  /** Confidence values to show; empty = all. */
  confidence: readonly Confidence[];
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  categories: Object.freeze([]),
  actors: Object.freeze([]),
  places: Object.freeze([]),
  query: "",
  from: null,
  to: null,
  confidence: Object.freeze([]),
});

/**
 * The place an event is filtered and counted by: its location name as a plain string (the
 * dataset's default language), else the first non-empty language value; `null` without a location.
 */
export function placeKey(e: PoliticalEvent): string | null {
  const name = e.location?.name;
  if (name === undefined) return null;
  if (typeof name === "string") return name;
  return Object.values(name).find((v) => v !== "") ?? null;
}

/** The facets, cheapest test first: the text query runs only on events every other facet let through. */
export const FACETS = ["categories", "confidence", "dates", "places", "actors", "query"] as const;
export type Facet = (typeof FACETS)[number];

/** Filters turned into one test per facet; `null` where the facet is inactive. */
export type CompiledFilters = Record<Facet, ((e: PoliticalEvent) => boolean) | null>;

/** The date range the filters keep, [lo, hi) in UTC ms (open-ended as ±Infinity); null when neither bound is set or valid. */
export function dateBounds(filters: Filters): { lo: number; hi: number } | null {
  const fromMs = filters.from === null ? null : (parseDayBound(filters.from)?.start ?? null);
  const toMs = filters.to === null ? null : (parseDayBound(filters.to)?.end ?? null);
  return fromMs === null && toMs === null ? null : { lo: fromMs ?? -Infinity, hi: toMs ?? Infinity };
}

/**
 * Whether an event's [start, end) shares an instant with [lo, hi). Touching is not overlapping,
 * and an empty or inverted range (to before from) shares none with anything.
 */
export function overlaps(start: number, end: number, { lo, hi }: { lo: number; hi: number }): boolean {
  return Math.max(start, lo) < Math.min(end, hi);
}

/**
 * Parses the filters once (sets, query terms, date bounds) so each event costs a few lookups. A
 * malformed `from`/`to` counts as absent; an event missing from `index` is searched by its own text.
 */
export function compileFilters(filters: Filters, index: SearchIndex): CompiledFilters {
  const categories = new Set(filters.categories);
  const actors = new Set(filters.actors);
  const places = new Set(filters.places);
  const confidence = new Set<string>(filters.confidence);
  const terms = queryTerms(filters.query);
  const bounds = dateBounds(filters);
  return {
    categories: categories.size === 0 ? null : (e) => categories.has(e.category),
    actors: actors.size === 0 ? null : (e) => (e.actors ?? []).some((a) => actors.has(a)),
    places: places.size === 0 ? null : (e) => {
      const key = placeKey(e);
      return key !== null && places.has(key);
    },
    query: terms.length === 0 ? null : (e) => matchesQuery(index.get(e.id) ?? eventHaystack(e), terms),
    dates: bounds === null ? null : (e) => overlaps(e.time.start, e.time.end, bounds),
    confidence: confidence.size === 0 ? null : (e) => e.confidence !== undefined && confidence.has(e.confidence),
  };
}

/** True when the filters let every event through (a malformed date bound counts as none). */
export function isEmptyFilters(f: Filters): boolean {
  const compiled = compileFilters(f, { get: () => undefined });
  return FACETS.every((facet) => compiled[facet] === null);
}

/** The events that pass every active facet, in input order. */
export function filterEvents(events: readonly PoliticalEvent[], filters: Filters, index: SearchIndex): PoliticalEvent[] {
  const compiled = compileFilters(filters, index);
  const tests = FACETS.map((facet) => compiled[facet]).filter((t) => t !== null);
  if (tests.length === 0) return [...events];
  return events.filter((e) => tests.every((t) => t(e)));
}
