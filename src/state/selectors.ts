/** Derived data, memoized in hooks; fallbacks are constants so references stay stable. */
import { useMemo } from "react";
import { facetCounts } from "../data/facets.ts";
import type { FacetCounts } from "../data/facets.ts";
import { filterEvents } from "../data/filters.ts";
import type { Dataset, PoliticalEvent } from "../data/model.ts";
import { buildSearchIndex } from "../data/search.ts";
import type { SearchIndex } from "../data/search.ts";
import { textOf } from "../data/text.ts";
import type { LocalizedText } from "../data/schema.ts";
import { useTimeline } from "./StoreProvider.tsx";

const NO_EVENTS: readonly PoliticalEvent[] = [];

const indexes = new WeakMap<Dataset, SearchIndex>();

/** The search index of a dataset, built once on first use and kept as long as the dataset. */
export function searchIndexFor(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset.events);
    indexes.set(dataset, index);
  }
  return index;
}

/** All events of the dataset, in time order. */
export function useAllEvents(): readonly PoliticalEvent[] {
  return useTimeline((s) => s.dataset?.events ?? NO_EVENTS);
}

/** The events that pass the filters, in time order: what the timeline, list and counts show. */
export function useVisibleEvents(): readonly PoliticalEvent[] {
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  return useMemo(() => (dataset ? filterEvents(dataset.events, filters, searchIndexFor(dataset)) : NO_EVENTS), [dataset, filters]);
}

/** Resolves dataset text in the UI language, falling back to the dataset's default language. */
export function useDatasetText(): (value: LocalizedText | undefined) => string {
  const lang = useTimeline((s) => s.lang);
  const defaultLang = useTimeline((s) => s.dataset?.languages[0] ?? "en");
  return useMemo(() => (value) => textOf(value, lang, defaultLang), [lang, defaultLang]);
}

/** Live counts for every facet under the current filters (null before data is loaded). */
export function useFacetCounts(): FacetCounts | null {
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  return useMemo(() => (dataset ? facetCounts(dataset.events, filters, searchIndexFor(dataset)) : null), [dataset, filters]);
}
