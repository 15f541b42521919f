/**
 * The load worker's quick way through a valid "cronica/1" file: it reads the file's events a chunk
 * at a time from their bytes (`eventSpans.ts`), checks and measures each chunk, and lets it go, so
 * the whole file never exists as objects in the worker (far less garbage to collect than one
 * `JSON.parse` of 100,000 events that all stay alive until the end). What it keeps per event is
 * what the page needs (`RawFinish`: spans, order, the checked form where it differs) and the id.
 *
 * It only ever says yes: the first thing that is not plainly valid (a bad event, a duplicate id, an
 * unknown category, a date that does not parse, a file too big...) returns `null`, and the worker
 * runs the full import (`loadText`), which finds and words every problem. So a file gets the same
 * dataset, or the same messages, whichever way it went.
 */
import { parseEdtf, plainDaySpan, toTimeSpan } from "../dates.ts";
import type { Precision, TimeSpan } from "../dates.ts";
import { looksBinary, stripBom } from "../import/detectFormat.ts";
import { MAX_EVENTS } from "../import/importText.ts";
import { orderByTime, parseDataset } from "../parseDataset.ts";
import { SCHEMA_ID } from "../schema.ts";
import type { EventInput } from "../schema.ts";
import { fastEvent, PROGRESS_EVERY, prototypeIsClean, sameEvent } from "../schemaFastPath.ts";
import type { EventsInFile } from "./eventSpans.ts";
import { HAND_OVER_CHUNK } from "./handOver.ts";
import type { DatasetShell } from "./handOver.ts";
import type { LoadOptions } from "./loadText.ts";
import { MAX_DATA_BYTES } from "./limits.ts";
import type { LoadProgress, RawFinish, WireOutcome } from "./workerProtocol.ts";

/** `sniffFormat`'s look at the start of a file: its first 4096 characters from the first non-space. */
const SNIFF_CHARS = 4096;
const SNIFF_BYTES = 4 * SNIFF_CHARS;

const precisionCode = (p: Precision) => (p === "day" ? 2 : p === "year" ? 0 : p === "month" ? 1 : p === "minute" ? 3 : 4);

/** The flags byte of a span, as `handOver.ts` reads it. */
function spanFlags(t: TimeSpan): number {
  return precisionCode(t.precision) | (t.isInterval ? 8 : 0) | (t.ongoing ? 16 : 0) | (t.approximate ? 32 : 0) | (t.uncertain ? 64 : 0);
}

/** The checks `parseDataset`'s normalization makes inside one event, as a yes or no. */
function eventIsSound(e: EventInput): boolean {
  let sourceIds: Set<string> | undefined;
  for (let j = 0; j < e.sources.length; j++) {
    const sid = e.sources[j]!.id;
    if (sid === undefined) continue;
    sourceIds ??= new Set();
    if (sourceIds.has(sid)) return false;
    sourceIds.add(sid);
  }
  const figures = e.figures;
  if (figures) {
    for (let j = 0; j < figures.length; j++) {
      const f = figures[j]!;
      if (f.source !== undefined && !sourceIds?.has(f.source)) return false;
      if (f.low !== undefined && f.low > f.value) return false;
      if (f.high !== undefined && f.high < f.value) return false;
    }
  }
  return true;
}

/**
 * The outcome of a valid "cronica/1" file as the page receives it (its dataset as a shell, the
 * rest as `RawFinish`), or `null` when the file is anything else or has any problem.
 */
export function streamedLoad(
  bytes: Uint8Array,
  found: EventsInFile,
  opts: LoadOptions,
  progress: (p: LoadProgress) => void,
  chunk = HAND_OVER_CHUNK,
): { done: WireOutcome; raw: RawFinish } | null {
  if (bytes.length > (opts.maxBytes ?? MAX_DATA_BYTES) || (opts.byteLength ?? bytes.length) > (opts.maxBytes ?? MAX_DATA_BYTES)) return null;
  const { spans, arrayStart, arrayEnd } = found;
  const n = spans.length / 2;
  if (n > MAX_EVENTS || !prototypeIsClean()) return null;
  progress({ stage: "parsing" });
  const decoder = new TextDecoder();
  // What `sniffFormat` looks at first: a start that looks binary is "not data", valid JSON or not.
  const start = stripBom(decoder.decode(bytes.subarray(0, SNIFF_BYTES)));
  const first = start.search(/\S/);
  if (first < 0 || (bytes.length > SNIFF_BYTES && first + SNIFF_CHARS > start.length - 1) || looksBinary(start.slice(first, first + SNIFF_CHARS))) return null;
  // Everything but the events: the dataset's own fields, checked and normalized as ever.
  let head: unknown;
  try {
    head = JSON.parse(`${decoder.decode(bytes.subarray(0, arrayStart))}[]${decoder.decode(bytes.subarray(arrayEnd))}`);
  } catch {
    return null;
  }
  if (typeof head !== "object" || head === null || (head as { schema?: unknown }).schema !== SCHEMA_ID) return null;
  const shellResult = parseDataset(head);
  if (!shellResult.ok) return null;
  const { events: _none, eventById: _e, categoryById, ...parts } = shellResult.dataset;
  const { updatedMs } = parts;

  const times = new Float64Array(3 * n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const flags = new Uint8Array(n);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const replaced: RawFinish["replaced"] = [];
  const related: string[][] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let at = 0; at < n; at += chunk) {
    const last = Math.min(n, at + chunk) - 1;
    let items: unknown;
    try {
      items = JSON.parse(`[${decoder.decode(bytes.subarray(spans[2 * at]!, spans[2 * last + 1]!))}]`);
    } catch {
      return null;
    }
    if (!Array.isArray(items) || items.length !== last - at + 1) return null;
    for (let k = 0; k < items.length; k++) {
      const i = at + k;
      const x: unknown = items[k];
      const same = sameEvent(x);
      const e = same ?? fastEvent(x);
      if (e === null || indexOf.has(e.id) || !categoryById.has(e.category) || !eventIsSound(e)) return null;
      let time = plainDaySpan(e.date);
      if (!time) {
        const date = parseEdtf(e.date);
        if (!date.ok) return null;
        time = toTimeSpan(date.value, updatedMs);
      }
      indexOf.set(e.id, i);
      ids.push(e.id);
      if (e.related) related.push(e.related);
      if (same === null) replaced.push({ index: i, json: JSON.stringify(e) });
      times[3 * i] = time.start;
      times[3 * i + 1] = time.end;
      times[3 * i + 2] = time.at;
      starts[i] = time.start;
      ends[i] = time.end;
      flags[i] = spanFlags(time);
      if (time.start < lo) lo = time.start;
      if (time.end > hi) hi = time.end;
      if ((i + 1) % PROGRESS_EVERY === 0) progress({ stage: "checking", done: i + 1, total: n });
    }
  }
  for (const list of related) for (const id of list) if (!indexOf.has(id)) return null;
  if (n === 0) lo = hi = updatedMs;
  const order = orderByTime(starts, ends, ids);
  const shell: DatasetShell = { ...parts, extent: [lo, hi], eventCount: n };
  return { done: { ok: true, format: "cronica-json", dataset: shell, skipped: [] }, raw: { order, times, flags, replaced } };
}
