/**
 * Handing a loaded dataset from the worker to the page without one giant message: reading 100,000
 * events at once would hold the page's main thread for several hundred milliseconds, while chunks
 * of 5,000 take a few milliseconds each and let the page respond in between.
 *
 * Two ways, both in chunks the page turns into events with `JSON.parse`:
 *
 * - **The file's own bytes** (the usual way for a "cronica/1" file): before it parses anything,
 *   the worker finds where each event lies in the file (`eventSpans.ts`) and posts those places;
 *   the page reads the same file itself and builds its event objects from the bytes, a chunk at a
 *   time, while the worker is still parsing and checking.
 *   At the end the worker sends only what the page cannot know: each event's time span (typed
 *   arrays), the sorted order, and the few events whose checked form is not exactly what the file
 *   says (unknown keys dropped, keys reordered), as JSON of the checked form. Nothing is turned into
 *   text in the worker for a well-formed file.
 * - **JSON text of the checked events**, in dataset order (other formats, the "valid events only"
 *   of a broken file, a string source): the worker makes each chunk's text as it is taken.
 *
 * The maps (`eventById`, `categoryById`) are not sent: the page builds `eventById` as the chunks
 * arrive and the rest with `indexDataset`.
 */
import { yieldToPage } from "../idleSlices.ts";
import { indexDataset } from "../indexDataset.ts";
import type { DatasetParts } from "../indexDataset.ts";
import type { Precision } from "../dates.ts";
import type { Dataset, PoliticalEvent } from "../model.ts";
import type { LoadOutcome } from "./loadText.ts";
import type { LoadProgress, RawFinish, WireOutcome, WorkerReply } from "./workerProtocol.ts";

export const HAND_OVER_CHUNK = 5_000;
/**
 * Events per chunk of file bytes: the page decodes these as well as parsing them, while the worker
 * competes for the processor, so they are smaller (a few milliseconds each).
 */
export const RAW_CHUNK = 1_000;

/** A dataset without its events and maps, and how many events follow. */
export type DatasetShell = Omit<DatasetParts, "events"> & { eventCount: number };

function shellOf(dataset: Dataset): DatasetShell {
  const { events, eventById: _e, categoryById: _c, ...rest } = dataset;
  return { ...rest, eventCount: events.length };
}

type EventsReply = Extract<WorkerReply, { kind: "events" }>;

/** The outcome with its dataset (or partial) as a shell. */
function wireOf(outcome: LoadOutcome): WireOutcome {
  if (outcome.ok) return { ...outcome, dataset: shellOf(outcome.dataset) };
  return outcome.partial ? { ...outcome, partial: shellOf(outcome.partial) } : (outcome as WireOutcome);
}

/**
 * How `outcome` travels as JSON text: its events in chunks (in dataset order), then the rest in
 * `done`. The chunks are made one at a time as they are taken, so the worker can post the first
 * while the page reads it and before it has turned the rest into text.
 */
export function splitOutcome(outcome: LoadOutcome, chunk = HAND_OVER_CHUNK): { chunks: Iterable<EventsReply>; done: WireOutcome } {
  const dataset = outcome.ok ? outcome.dataset : outcome.partial;
  if (!dataset) return { chunks: [], done: outcome as WireOutcome };
  const { events } = dataset;
  function* chunks(): Generator<EventsReply> {
    for (let at = 0; at < events.length; at += chunk) yield { kind: "events", json: JSON.stringify(events.slice(at, at + chunk)), total: events.length };
  }
  return { chunks: chunks(), done: wireOf(outcome) };
}

/**
 * The file's events in chunks of `chunk` events, as views of `bytes` (no copies): `spans` are the
 * [start, end) byte ranges of the file's events (`findEventSpans`). A chunk holds the bytes from its
 * first event's start to its last event's end, commas and spaces included.
 */
export function* fileChunks(bytes: Uint8Array, spans: Int32Array, chunk = RAW_CHUNK): Generator<{ bytes: Uint8Array; count: number }> {
  const count = spans.length / 2;
  for (let at = 0; at < count; at += chunk) {
    const last = Math.min(count, at + chunk) - 1;
    yield { bytes: bytes.subarray(spans[2 * at]!, spans[2 * last + 1]!), count: last - at + 1 };
  }
}

/**
 * Builds the file's events on the page from its bytes, a chunk at a time, letting the page respond
 * whenever a slice has run `sliceMs`; stops early once `stopped()` says so (the worker reset the
 * hand-over).
 */
export async function receiveFileEvents(receiver: HandOverReceiver, bytes: Uint8Array, spans: Int32Array, stopped: () => boolean, sliceMs = SLICE_MS, chunk = RAW_CHUNK): Promise<void> {
  let sliceEnd = performance.now() + sliceMs;
  for (const c of fileChunks(bytes, spans, chunk)) {
    if (stopped()) return;
    receiver.addRaw(c.bytes, c.count);
    if (performance.now() >= sliceEnd) {
      await yieldToPage();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

const PRECISIONS: readonly Precision[] = ["year", "month", "day", "minute", "second"];
const precisionCode = (p: Precision) => (p === "day" ? 2 : p === "year" ? 0 : p === "month" ? 1 : p === "minute" ? 3 : 4);
const INTERVAL = 8;
const ONGOING = 16;
const APPROXIMATE = 32;
const UNCERTAIN = 64;

/** JSON values equal, keys in the same order; `skipTime` ignores `b`'s `time` (the checked event's own addition). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameKeysAndValues(a as Record<string, unknown>, b as Record<string, unknown>, false);
}

function sameKeysAndValues(a: Record<string, unknown>, b: Record<string, unknown>, skipTime: boolean): boolean {
  const keys = Object.keys(b);
  let n = keys.length;
  if (skipTime) {
    if (keys[n - 1] !== "time") return false;
    n--;
  }
  let k = 0;
  for (const key in a) {
    if (k >= n || keys[k] !== key || !Object.prototype.hasOwnProperty.call(a, key) || !sameJson(a[key], b[key])) return false;
    k++;
  }
  return k === n;
}

/**
 * What the page needs, beside the file's bytes it already has, to rebuild `outcome` (a valid
 * dataset): `order[k]` is the file index of dataset event k (`ParseOptions.onOrder`), `rawEvents`
 * the file's events as `JSON.parse` made them, which the page's own parse of their bytes repeats.
 */
export function rawFinish(outcome: Extract<LoadOutcome, { ok: true }>, order: Int32Array, rawEvents: readonly unknown[]): { done: WireOutcome; raw: RawFinish } {
  const { events } = outcome.dataset;
  const n = events.length;
  const times = new Float64Array(3 * n);
  const flags = new Uint8Array(n);
  const replaced: RawFinish["replaced"] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const e = events[k]!;
    const t = e.time;
    times[3 * i] = t.start;
    times[3 * i + 1] = t.end;
    times[3 * i + 2] = t.at;
    flags[i] = precisionCode(t.precision) | (t.isInterval ? INTERVAL : 0) | (t.ongoing ? ONGOING : 0) | (t.approximate ? APPROXIMATE : 0) | (t.uncertain ? UNCERTAIN : 0);
    const r = rawEvents[i];
    // The check reused the file's own event (the usual case), or made a copy that may still read the same.
    if (r !== e && (typeof r !== "object" || r === null || Array.isArray(r) || !sameKeysAndValues(r as Record<string, unknown>, e as unknown as Record<string, unknown>, true))) {
      const { time: _t, ...checked } = e;
      replaced.push({ index: i, json: JSON.stringify(checked) });
    }
  }
  return { done: wireOf(outcome), raw: { order, times, flags, replaced } };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Collects event chunks as they arrive and, on `done`, rebuilds the outcome the worker had. */
export class HandOverReceiver {
  /** File order for byte chunks, dataset order for JSON chunks. */
  private events: PoliticalEvent[] = [];
  private eventById = new Map<string, PoliticalEvent>();
  /** A byte chunk that did not parse into its count of events: the hand-over cannot finish. */
  private broken = false;
  private decoder: TextDecoder | undefined;

  private take(chunk: PoliticalEvent[]): number {
    const { events, eventById } = this;
    for (let i = 0; i < chunk.length; i++) {
      const e = chunk[i]!;
      events.push(e);
      if (isRecord(e) && typeof e.id === "string") eventById.set(e.id, e);
    }
    return events.length;
  }

  /** Adds a chunk (the JSON text of an array of events); returns how many events have arrived. */
  add(json: string): number {
    return this.take(JSON.parse(json) as PoliticalEvent[]);
  }

  /** Adds `count` file events from their bytes (`fileChunks`); returns how many have arrived. */
  addRaw(bytes: Uint8Array, count: number): number {
    if (this.broken) return this.events.length;
    this.decoder ??= new TextDecoder();
    let chunk: unknown;
    try {
      chunk = JSON.parse(`[${this.decoder.decode(bytes)}]`);
    } catch {
      chunk = null;
    }
    if (!Array.isArray(chunk) || chunk.length !== count) {
      this.broken = true;
      return this.events.length;
    }
    return this.take(chunk as PoliticalEvent[]);
  }

  /** The file's bytes could not be read here: a hand-over of bytes cannot finish. */
  fail(): void {
    this.broken = true;
  }

  /** Forgets what arrived: the worker sends the dataset again another way. */
  reset(): void {
    this.events = [];
    this.eventById = new Map();
    this.broken = false;
  }

  /** The outcome, with its dataset rebuilt; a missing chunk is an error, never a silently short dataset. */
  finish(wire: WireOutcome, raw?: RawFinish): LoadOutcome {
    const steps = this.finishing(wire, raw);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `finish`, giving the page back its thread whenever a slice has run `sliceMs` (giving 100,000
   * events their spans takes longer than a task should on a slow machine).
   */
  async finishInSlices(wire: WireOutcome, raw?: RawFinish, sliceMs = SLICE_MS, onProgress?: (p: LoadProgress) => void): Promise<LoadOutcome> {
    const steps = this.finishing(wire, raw);
    let sliceEnd = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      // Events opened, in steps of `HAND_OVER_CHUNK` as JSON chunks are counted; each step gets
      // its own task, so the page shows it.
      if (step.value !== undefined && onProgress) {
        onProgress({ stage: "receiving", done: step.value, total: this.events.length });
        await yieldToPage();
        sliceEnd = performance.now() + sliceMs;
      } else if (performance.now() >= sliceEnd) {
        await yieldToPage();
        sliceEnd = performance.now() + sliceMs;
      }
    }
  }

  /**
   * The finishing work, yielding every `FINISH_STEP` events so a caller may pause (with how many
   * events are done when that is a whole number of `HAND_OVER_CHUNK`s, or the last).
   */
  private *finishing(wire: WireOutcome, raw: RawFinish | undefined): Generator<number | undefined, LoadOutcome> {
    const shell = wire.ok ? wire.dataset : wire.partial;
    if (!shell) return wire as LoadOutcome;
    const { eventCount, ...parts } = shell;
    const arrived = this.broken ? 0 : this.events.length;
    if (eventCount !== arrived || (raw && raw.order.length !== eventCount)) throw new Error(`The data arrived incomplete (${arrived} of ${eventCount} events).`);
    const events = raw ? yield* this.fromFile(raw) : this.events;
    const dataset = indexDataset({ ...parts, events }, this.eventById);
    return wire.ok ? { ...wire, dataset } : { ...wire, partial: dataset };
  }

  /** The file's events, checked form where it differs, with their spans, in dataset order. */
  private *fromFile({ order, times, flags, replaced }: RawFinish): Generator<number | undefined, PoliticalEvent[]> {
    const { events, eventById } = this;
    for (const { index, json } of replaced) {
      const e = JSON.parse(json) as PoliticalEvent;
      events[index] = e;
      eventById.set(e.id, e);
    }
    for (let at = 0; at < events.length; at += FINISH_STEP) {
      const end = Math.min(events.length, at + FINISH_STEP, (Math.floor(at / HAND_OVER_CHUNK) + 1) * HAND_OVER_CHUNK);
      for (let i = at; i < end; i++) {
        const f = flags[i]!;
        events[i]!.time = {
          start: times[3 * i]!,
          end: times[3 * i + 1]!,
          at: times[3 * i + 2]!,
          isInterval: (f & INTERVAL) !== 0,
          ongoing: (f & ONGOING) !== 0,
          precision: PRECISIONS[f & 7]!,
          approximate: (f & APPROXIMATE) !== 0,
          uncertain: (f & UNCERTAIN) !== 0,
        };
      }
      yield end % HAND_OVER_CHUNK === 0 || end === events.length ? end : undefined;
      at = end - FINISH_STEP;
    }
    const sorted: PoliticalEvent[] = [];
    for (let k = 0; k < order.length; k++) sorted.push(events[order[k]!]!);
    return sorted;
  }
}

/** How long the page's finishing work runs before it lets the page respond. */
const SLICE_MS = 16;
/** Events given their spans between two looks at the clock. */
const FINISH_STEP = 2_000;

