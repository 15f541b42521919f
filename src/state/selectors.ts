/** Derived data, memoized in hooks; fallbacks are constants so references stay stable. */
import { useMemo } from "react";
import { createEventIndex, prepareEvents, prepareKeys, prepareSearch } from "../data/eventIndex.ts";
import type { EventIndex } from "../data/eventIndex.ts";
import { filterAndCountIndexed } from "../data/facets.ts";
import type { FacetCounts } from "../data/facets.ts";
import type { Filters } from "../data/filters.ts";
import { runInIdleSlices, yieldToPage } from "../data/idleSlices.ts";
import type { Dataset, PoliticalEvent } from "../data/model.ts";
import { textOf } from "../data/text.ts";
import { buildTimeIndex } from "../timeline/timeIndex.ts";
import type { TimeIndex } from "../timeline/timeIndex.ts";
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
 * prepared in idle slices, keys first, then the search text; a filtering that comes first finishes
 * what it needs at once.
 */
export function eventIndexFor(dataset: Dataset): EventIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const made = createEventIndex(dataset.events);
    if (dataset.events.length <= PREPARE_AT_ONCE) prepareEvents(made, Infinity);
    else
      runInIdleSlices((deadline) => {
        while (performance.now() < deadline) {
          if (made.prepared < made.events.length) prepareKeys(made, made.prepared + EVENTS_PER_CHECK);
          else if (prepareSearch(made, made.searchable + EVENTS_PER_CHECK)) return true;
        }
        return false;
      });
    indexes.set(dataset, made);
    index = made;
  }
  return index;
}

/** How long each slice keys events while a large dataset is made ready for the screen. */
const SCREEN_SLICE_MS = 12;

/**
 * A dataset this big goes on screen in steps, each its own task (the panels mount in a render
 * React can pause, the plot is drawn a task later), instead of in one task of 150 ms or more.
 */
export const isLarge = (dataset: Dataset) => dataset.events.length >= 5_000;

/**
 * Before a large dataset goes on screen: its filter keys and its time index, a slice at a time, so
 * the first render (which counts the facets) does not key 100,000 events in one long task.
 */
export async function prepareForScreen(dataset: Dataset, sliceMs = SCREEN_SLICE_MS): Promise<void> {
  if (dataset.events.length <= PREPARE_AT_ONCE) return;
  const index = eventIndexFor(dataset);
  for (;;) {
    const stop = performance.now() + sliceMs;
    let done: boolean;
    do done = prepareKeys(index, index.prepared + EVENTS_PER_CHECK);
    while (!done && performance.now() < stop);
    if (done) break;
    await yieldToPage();
  }
  await yieldToPage();
  timeIndexOf(dataset);
  // What comes next (the dataset going on screen) starts a task of its own.
  await yieldToPage();
}

/**
 * The last answer per dataset: every component showing the visible events or the counts shares
 * one filtering, and the events and the counts come from one pass over the index.
 */
interface Outcome {
  filters: Filters;
  events: readonly PoliticalEvent[];
  counts: FacetCounts;
}
const lastOutcome = new WeakMap<Dataset, Outcome>();

/** Where each shown event sits in its dataset's `events`, for lists made by visibleEventsOf. */
const positionsOfList = new WeakMap<readonly PoliticalEvent[], { dataset: Dataset; positions: Int32Array }>();

function outcomeOf(dataset: Dataset, filters: Filters): Outcome {
  const last = lastOutcome.get(dataset);
  if (last?.filters === filters) return last;
  const { positions, counts } = filterAndCountIndexed(eventIndexFor(dataset), filters);
  // Every event shown: the dataset's own list, so nothing is copied.
  const events = positions.length === dataset.events.length ? dataset.events : gather(dataset.events, positions);
  positionsOfList.set(events, { dataset, positions });
  const outcome = { filters, events, counts };
  lastOutcome.set(dataset, outcome);
  return outcome;
}

function gather(events: readonly PoliticalEvent[], positions: Int32Array): PoliticalEvent[] {
  const out = new Array<PoliticalEvent>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = events[positions[i]!]!;
  return out;
}

export function visibleEventsOf(dataset: Dataset, filters: Filters): readonly PoliticalEvent[] {
  return outcomeOf(dataset, filters).events;
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
  return outcomeOf(dataset, filters).counts;
}

const timeIndexes = new WeakMap<Dataset, TimeIndex>();

/**
 * Typed arrays of every event's times and lane (its category's position in `dataset.categories`),
 * made once per dataset and shared: each filter change gathers from them (timeline, overview).
 */
export function timeIndexOf(dataset: Dataset): TimeIndex {
  let index = timeIndexes.get(dataset);
  if (!index) {
    index = buildTimeIndex(dataset.events, dataset.categories.map((c) => c.id));
    timeIndexes.set(dataset, index);
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
  return useMemo(() => (dataset ? visibleEventsOf(dataset, filters) : NO_EVENTS), [dataset, filters]);
}

/** Resolves dataset text in the UI language, falling back to the dataset's default language. */
export function useDatasetText(): (value: LocalizedText | undefined) => string {
  const lang = useTimeline((s) => s.lang);
  const defaultLang = useTimeline((s) => s.dataset?.languages[0] ?? "en");
  return useMemo(() => (value) => textOf(value, lang, defaultLang), [lang, defaultLang]);
}

/**
 * Live counts for every facet (null before data is loaded). Counted in the same pass that finds
 * the visible events, so they change in the same render: no second render follows a keystroke.
 */
export function useFacetCounts(): FacetCounts | null {
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  return useMemo(() => (dataset ? facetCountsOf(dataset, filters) : null), [dataset, filters]);
}
