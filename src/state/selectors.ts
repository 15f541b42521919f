/** Derived data, memoized in hooks; fallbacks are constants so references stay stable. */
import { useDeferredValue, useMemo } from "react";
import { createEventIndex, prepareEvents } from "../data/eventIndex.ts";
import type { EventIndex } from "../data/eventIndex.ts";
import { facetCountsIndexed } from "../data/facets.ts";
import type { FacetCounts } from "../data/facets.ts";
import type { Filters } from "../data/filters.ts";
import { runInIdleSlices } from "../data/idleSlices.ts";
import { filterPositions } from "../data/indexedFilters.ts";
import type { Dataset, PoliticalEvent } from "../data/model.ts";
import { textOf } from "../data/text.ts";
import type { LocalizedText } from "../data/schema.ts";
import { useTimeline } from "./StoreProvider.tsx";

const NO_EVENTS: readonly PoliticalEvent[] = [];

/** Datasets up to this size are prepared at once: it takes well under a frame. */
const PREPARE_AT_ONCE = 2_000;
/** Events prepared between two looks at the clock. */
const EVENTS_PER_CHECK = 64;

const indexes = new WeakMap<Dataset, EventIndex>();

/**
 * The filter index of a dataset, made on first use and kept as long as the dataset. A large one is
 * prepared in idle slices; filtering is correct (only slower) before it is done.
 */
export function eventIndexFor(dataset: Dataset): EventIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const made = createEventIndex(dataset.events);
    if (dataset.events.length <= PREPARE_AT_ONCE) prepareEvents(made, Infinity);
    else
      runInIdleSlices((deadline) => {
        while (performance.now() < deadline) if (prepareEvents(made, made.prepared + EVENTS_PER_CHECK)) return true;
        return false;
      });
    indexes.set(dataset, made);
    index = made;
  }
  return index;
}

/** The last answer per dataset: every component showing the visible events shares one filtering. */
const lastVisible = new WeakMap<Dataset, { filters: Filters; events: readonly PoliticalEvent[] }>();
const lastCounts = new WeakMap<Dataset, { filters: Filters; counts: FacetCounts }>();

/** Where each shown event sits in its dataset's `events`, for lists made by visibleEventsOf. */
const positionsOfList = new WeakMap<readonly PoliticalEvent[], { dataset: Dataset; positions: Int32Array }>();

export function visibleEventsOf(dataset: Dataset, filters: Filters): readonly PoliticalEvent[] {
  const last = lastVisible.get(dataset);
  if (last?.filters === filters) return last.events;
  const positions = filterPositions(eventIndexFor(dataset), filters);
  const events = Array.from(positions, (i) => dataset.events[i]!);
  positionsOfList.set(events, { dataset, positions });
  lastVisible.set(dataset, { filters, events });
  return events;
}

/**
 * The positions in `dataset.events` of a list returned by visibleEventsOf for that dataset, so
 * per-dataset typed arrays can be gathered instead of reading every event object again.
 */
export function positionsOf(events: readonly PoliticalEvent[], dataset: Dataset): Int32Array | undefined {
  const known = positionsOfList.get(events);
  return known?.dataset === dataset ? known.positions : undefined;
}

export function facetCountsOf(dataset: Dataset, filters: Filters): FacetCounts {
  const last = lastCounts.get(dataset);
  if (last?.filters === filters) return last.counts;
  const counts = facetCountsIndexed(eventIndexFor(dataset), filters);
  lastCounts.set(dataset, { filters, counts });
  return counts;
}

/** All events of the dataset, in time order. */
export function useAllEvents(): readonly PoliticalEvent[] {
  return useTimeline((s) => s.dataset?.events ?? NO_EVENTS);
}

/** The events that pass the filters, in time order: what the timeline, list and counts show. */
export function useVisibleEvents(): readonly PoliticalEvent[] {
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  return useMemo(() => (dataset ? visibleEventsOf(dataset, filters) : NO_EVENTS), [dataset, filters]);
}

/** Resolves dataset text in the UI language, falling back to the dataset's default language. */
export function useDatasetText(): (value: LocalizedText | undefined) => string {
  const lang = useTimeline((s) => s.lang);
  const defaultLang = useTimeline((s) => s.dataset?.languages[0] ?? "en");
  return useMemo(() => (value) => textOf(value, lang, defaultLang), [lang, defaultLang]);
}

/**
 * Live counts for every facet (null before data is loaded). Deferred: after a keystroke the
 * timeline and the list update first, and the counts follow in a render React may interrupt.
 */
export function useFacetCounts(): FacetCounts | null {
  const dataset = useTimeline((s) => s.dataset);
  const filters = useDeferredValue(useTimeline((s) => s.filters));
  return useMemo(() => (dataset ? facetCountsOf(dataset, filters) : null), [dataset, filters]);
}
