/**
 * Handing a loaded dataset from the worker to the page without one giant message: reading 100,000
 * events at once would hold the page's main thread for several hundred milliseconds, while chunks
 * of 5,000 take a few milliseconds each and let the page respond in between. A chunk travels as
 * JSON text: Chromium copies a string as it is, and `JSON.parse` builds the events about twice as
 * fast as a structured clone does (the events are plain JSON data, validated, so nothing is lost).
 * The maps (`eventById`, `categoryById`) are not sent: the page rebuilds them with `indexDataset`.
 */
import { indexDataset } from "../indexDataset.ts";
import type { DatasetParts } from "../indexDataset.ts";
import type { Dataset, PoliticalEvent } from "../model.ts";
import type { LoadOutcome } from "./loadText.ts";
import type { WireOutcome, WorkerReply } from "./workerProtocol.ts";

export const HAND_OVER_CHUNK = 5_000;

/** A dataset without its events and maps, and how many events follow. */
export type DatasetShell = Omit<DatasetParts, "events"> & { eventCount: number };

function shellOf(dataset: Dataset): DatasetShell {
  const { events, eventById: _e, categoryById: _c, ...rest } = dataset;
  return { ...rest, eventCount: events.length };
}

type EventsReply = Extract<WorkerReply, { kind: "events" }>;

/**
 * How `outcome` travels: its events in chunks (in dataset order), then the rest in `done`. The
 * chunks are made one at a time as they are taken, so the worker can post the first while the page
 * reads it and before it has turned the rest into text.
 */
export function splitOutcome(outcome: LoadOutcome, chunk = HAND_OVER_CHUNK): { chunks: Iterable<EventsReply>; done: WireOutcome } {
  const dataset = outcome.ok ? outcome.dataset : outcome.partial;
  if (!dataset) return { chunks: [], done: outcome as WireOutcome };
  const { events } = dataset;
  function* chunks(): Generator<EventsReply> {
    for (let at = 0; at < events.length; at += chunk) yield { kind: "events", json: JSON.stringify(events.slice(at, at + chunk)), total: events.length };
  }
  return { chunks: chunks(), done: outcome.ok ? { ...outcome, dataset: shellOf(dataset) } : { ...outcome, partial: shellOf(dataset) } };
}

/** Collects event chunks as they arrive and, on `done`, rebuilds the outcome the worker had. */
export class HandOverReceiver {
  private readonly events: PoliticalEvent[] = [];

  /** Adds a chunk (the JSON text of an array of events); returns how many events have arrived. */
  add(json: string): number {
    const chunk = JSON.parse(json) as PoliticalEvent[];
    for (let i = 0; i < chunk.length; i++) this.events.push(chunk[i]!);
    return this.events.length;
  }

  /** The outcome, with its dataset rebuilt; a missing chunk is an error, never a silently short dataset. */
  finish(wire: WireOutcome): LoadOutcome {
    const shell = wire.ok ? wire.dataset : wire.partial;
    if (!shell) return wire as LoadOutcome;
    const { eventCount, ...parts } = shell;
    if (eventCount !== this.events.length) throw new Error(`The data arrived incomplete (${this.events.length} of ${eventCount} events).`);
    const dataset = indexDataset({ ...parts, events: this.events });
    return wire.ok ? { ...wire, dataset } : { ...wire, partial: dataset };
  }
}
