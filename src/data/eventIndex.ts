/**
 * Every event's filter keys and search text, read from the event objects once per dataset, so a
 * filter keystroke scans typed arrays and strings instead of 100,000 objects. Prepared in two
 * passes, each a slice at a time (`prepareKeys`, then `prepareSearch`), so the background work
 * never costs one long task; filtering finishes what it needs at once (`finishPreparing`), which
 * costs what judging the event objects would have cost, and only once.
 */
import { placeKey } from "./filters.ts";
import type { PoliticalEvent } from "./model.ts";
import { eventHaystack } from "./search.ts";

/** Distinct values of one facet, each numbered by first appearance. */
export class ValueList {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `value`, giving it the next one if it is new. */
  intern(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }

  /** 1 for each number whose value is one of `selected`; values never seen match nothing. */
  mask(selected: readonly string[]): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    for (const value of selected) {
      const n = this.numbers.get(value);
      if (n !== undefined) mask[n] = 1;
    }
    return mask;
  }
}

export interface EventIndex {
  readonly events: readonly PoliticalEvent[];
  /** Events [0, prepared) have their keys below (all but `haystacks`); later ones do not yet. */
  prepared: number;
  /** Events [0, searchable) have their `haystacks`. */
  searchable: number;
  readonly categories: ValueList;
  readonly actors: ValueList;
  readonly places: ValueList;
  readonly confidences: ValueList;
  readonly category: Int32Array;
  /** Event i's distinct actors are actorIds[actorStart[i] … actorStart[i + 1]). */
  readonly actorStart: Uint32Array;
  readonly actorIds: number[];
  /** -1: no place (see placeKey). */
  readonly place: Int32Array;
  /** -1: no confidence given. */
  readonly confidence: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** The normalized text each event is searched by (see eventHaystack). */
  readonly haystacks: string[];
}

/** An index of `events` with nothing prepared yet: cheap, a few typed arrays. */
export function createEventIndex(events: readonly PoliticalEvent[]): EventIndex {
  const n = events.length;
  return {
    events,
    prepared: 0,
    searchable: 0,
    categories: new ValueList(),
    actors: new ValueList(),
    places: new ValueList(),
    confidences: new ValueList(),
    category: new Int32Array(n),
    actorStart: new Uint32Array(n + 1),
    actorIds: [],
    place: new Int32Array(n),
    confidence: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    haystacks: [],
  };
}

/** Prepares the keys and the search text of the events up to `until` (exclusive); true once every event has both. */
export function prepareEvents(index: EventIndex, until: number): boolean {
  const keyed = prepareKeys(index, until);
  return prepareSearch(index, until) && keyed;
}

/** Prepares the filter keys (all but the search text) up to `until`; true once every event has them. */
export function prepareKeys(index: EventIndex, until: number): boolean {
  const { events } = index;
  const stop = Math.min(until, events.length);
  for (let i = index.prepared; i < stop; i++) {
    const e = events[i]!;
    index.category[i] = index.categories.intern(e.category);
    const first = index.actorIds.length;
    for (const actor of e.actors ?? []) {
      const id = index.actors.intern(actor);
      // An actor named twice in one event counts once.
      if (!index.actorIds.includes(id, first)) index.actorIds.push(id);
    }
    index.actorStart[i + 1] = index.actorIds.length;
    const place = placeKey(e);
    index.place[i] = place === null ? -1 : index.places.intern(place);
    index.confidence[i] = e.confidence === undefined ? -1 : index.confidences.intern(e.confidence);
    index.start[i] = e.time.start;
    index.end[i] = e.time.end;
  }
  index.prepared = Math.max(index.prepared, stop);
  return index.prepared === events.length;
}

/** Prepares the search text up to `until`; true once every event has it. */
export function prepareSearch(index: EventIndex, until: number): boolean {
  const { events } = index;
  const stop = Math.min(until, events.length);
  for (let i = index.searchable; i < stop; i++) index.haystacks[i] = eventHaystack(events[i]!);
  index.searchable = Math.max(index.searchable, stop);
  return index.searchable === events.length;
}

/** Prepares at once what filtering needs: every event's keys, and its search text when `search`. */
export function finishPreparing(index: EventIndex, search: boolean): void {
  prepareKeys(index, Infinity);
  if (search) prepareSearch(index, Infinity);
}
