/**
 * A large dataset's filter index is prepared in the background; until it is done, and after, the
 * visible events are the same as filterEvents gives. All components share one filtering.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FILTERS, filterEvents } from "../../../src/data/filters.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { buildSearchIndex } from "../../../src/data/search.ts";
import { eventIndexFor, facetCountsOf, prepareForScreen, timeIndexOf, visibleEventsOf } from "../../../src/state/selectors.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";

function dataset(count: number) {
  const result = parseDataset(syntheticDataset(count, 7));
  if (!result.ok) throw new Error("synthetic dataset does not parse");
  return result.dataset;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("eventIndexFor", () => {
  it("prepares a small dataset at once", () => {
    const small = dataset(100);
    expect(eventIndexFor(small).prepared).toBe(100);
    expect(eventIndexFor(small)).toBe(eventIndexFor(small));
  });

  it("prepares a large dataset in background slices, keys first; a filter before the end finishes what it needs, with the same answer", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    // A clock that moves a millisecond per look, so a slice does a few looks' worth of work.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => ++now);
    const big = dataset(5_000);
    const index = eventIndexFor(big);
    expect(index.prepared).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(index.prepared).toBeGreaterThan(0);
    expect(index.prepared).toBeLessThan(5_000);
    expect(index.searchable).toBe(0);
    const filters = { ...EMPTY_FILTERS, query: "merida", categories: ["protest", "legal"] };
    const expected = filterEvents(big.events, filters, buildSearchIndex(big.events));
    expect(expected.length).toBeGreaterThan(0);
    expect(visibleEventsOf(big, filters)).toEqual(expected);
    vi.advanceTimersToNextTimer();
    expect(index.prepared).toBeGreaterThan(0);
    vi.runAllTimers();
    expect([index.prepared, index.searchable]).toEqual([5_000, 5_000]);
    expect(visibleEventsOf(big, { ...filters })).toEqual(expected);
  });

  it("answers the same filters object from the cache, so components share one filtering", () => {
    const small = dataset(100);
    const filters = { ...EMPTY_FILTERS, query: "strike" };
    expect(visibleEventsOf(small, filters)).toBe(visibleEventsOf(small, filters));
    expect(facetCountsOf(small, filters)).toBe(facetCountsOf(small, filters));
    expect(visibleEventsOf(small, { ...filters })).not.toBe(visibleEventsOf(small, filters));
  });
});

describe("prepareForScreen", () => {
  it("keys a large dataset a slice at a time, yielding between slices, then has its time index ready", async () => {
    const large = dataset(3_000);
    const ready = prepareForScreen(large, 0);
    // One batch ran before the first yield: the rest waits for later tasks.
    const index = eventIndexFor(large);
    expect(index.prepared).toBeGreaterThan(0);
    expect(index.prepared).toBeLessThan(3_000);
    await ready;
    expect(index.prepared).toBe(3_000);
    const time = timeIndexOf(large);
    expect(time.start).toHaveLength(3_000);
    expect(timeIndexOf(large)).toBe(time);
    // What the first render filters is then the same as filtering the objects.
    expect(visibleEventsOf(large, EMPTY_FILTERS)).toEqual(filterEvents(large.events, EMPTY_FILTERS, buildSearchIndex(large.events)));
  });
});
