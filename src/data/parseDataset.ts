/**
 * Validates an unknown JSON value against the "cronica/1" format and normalizes it once: parsed
 * UTC dates, categories with colours and shapes, events sorted by time, lookup maps. Every problem
 * is reported with the event's index and id, the field path and a plain message.
 */
import * as v from "valibot";
import { parseEdtf, parseDayBound, plainDaySpan, toTimeSpan } from "./dates.ts";
import type { TimeSpan } from "./dates.ts";
import { FALLBACK_COLORS, MARK_SHAPES } from "./model.ts";
import type { Category, DatasetIssue, ParseResult, PoliticalEvent } from "./model.ts";
import { indexDataset } from "./indexDataset.ts";
import { DatasetSchema, SCHEMA_ID } from "./schema.ts";
import type { DatasetInput } from "./schema.ts";
import { fastDatasetInput } from "./schemaFastPath.ts";
import type { CheckProgress } from "./schemaFastPath.ts";

export interface ParseOptions {
  /** How many events passed the format check so far (the worker turns this into progress). */
  onProgress?: CheckProgress;
  /**
   * On success of the fast path only: for each event of the sorted dataset, the index of the file
   * event it came from, and the file's events as given (`raw.events`). The load worker uses it to
   * hand the page the file's own text of each event (`handOver.ts`). The page builds the lookup
   * of events by id itself, so with `onOrder` the dataset's `eventById` is left empty. With
   * `onOrder`, `raw` must be the caller's own (`JSON.parse`d, held by nobody else): the dataset's
   * events may be `raw`'s own event objects, given their `time`.
   */
  onOrder?: (order: Int32Array, rawEvents: readonly unknown[]) => void;
}

/** More problems than this are summarized, so a broken 100,000-event file stays readable. */
export const MAX_ISSUES = 200;

export function parseDataset(raw: unknown, opts: ParseOptions = {}): ParseResult {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: "", message: "the file is not a dataset: expected a JSON object" }] };
  }
  const schemaTag = (raw as Record<string, unknown>).schema;
  if (schemaTag !== SCHEMA_ID) {
    const seen = typeof schemaTag === "string" ? `"${schemaTag.slice(0, 40)}"` : "missing";
    return { ok: false, issues: [{ path: "schema", message: `must be "${SCHEMA_ID}" (found ${seen})` }] };
  }
  // A valid file skips valibot; valibot runs only to say where a file is wrong.
  // With `onOrder` the input is the load's own `JSON.parse` result: its events may be reused.
  const fast = fastDatasetInput(raw, opts.onProgress, opts.onOrder !== undefined);
  if (fast) {
    const { onOrder } = opts;
    return normalize(fast, onOrder && ((order) => onOrder(order, (raw as { events: unknown[] }).events)));
  }
  const result = v.safeParse(DatasetSchema, raw, { abortPipeEarly: true });
  if (!result.success) {
    // Report impossible dates in the same round as shape problems, so a file is fixed in one go.
    const issues = result.issues.map((i) => toIssue(i, raw));
    return { ok: false, issues: capIssues([...issues, ...dateIssues(raw, new Set(issues.map((i) => i.path)))].sort(byPlace)) };
  }
  return normalize(result.output);
}

/** Calendar problems (`2024-02-30`, end before start) in events whose date is otherwise well formed. */
function dateIssues(raw: object, known: ReadonlySet<string>): DatasetIssue[] {
  const events = (raw as { events?: unknown }).events;
  if (!Array.isArray(events)) return [];
  const out: DatasetIssue[] = [];
  events.forEach((e: unknown, i) => {
    const ev = e as { id?: unknown; date?: unknown } | null;
    const path = `events[${i}].date`;
    if (typeof ev?.date !== "string" || known.has(path)) return;
    const parsed = parseEdtf(ev.date);
    if (!parsed.ok) out.push({ path, message: parsed.message, eventIndex: i, ...(typeof ev.id === "string" ? { eventId: ev.id } : {}) });
  });
  return out;
}

/** File order: dataset-level problems first, then by event. */
function byPlace(a: DatasetIssue, b: DatasetIssue): number {
  return (a.eventIndex ?? -1) - (b.eventIndex ?? -1);
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = "";
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function toIssue(issue: v.BaseIssue<unknown>, raw: unknown): DatasetIssue {
  const path = pathOf(issue);
  const missing = issue.kind === "schema" && issue.input === undefined && issue.type !== "union";
  const message = missing ? "is required" : issue.message;
  const first = issue.path?.[0];
  const second = issue.path?.[1];
  if (first?.key === "events" && typeof second?.key === "number") {
    const eventIndex = second.key;
    const event = (raw as { events: unknown[] }).events[eventIndex] as { id?: unknown } | undefined;
    const eventId = typeof event?.id === "string" ? event.id : undefined;
    return { path, message, eventIndex, ...(eventId === undefined ? {} : { eventId }) };
  }
  return { path, message };
}

function capIssues(issues: DatasetIssue[]): DatasetIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), { path: "", message: `…and ${rest} more problems` }];
}

/** "Event 3 (“foo”) › sources[0].url: must be an http:// or https:// URL" */
export function formatIssue(issue: DatasetIssue): string {
  const where = issue.path || "dataset";
  if (issue.eventIndex === undefined) return `${where}: ${issue.message}`;
  const id = issue.eventId === undefined ? "" : ` ("${issue.eventId}")`;
  return `event ${issue.eventIndex}${id}, ${where}: ${issue.message}`;
}

/** Adds a problem inside event `i`. */
function eventIssue(issues: DatasetIssue[], i: number, id: string, path: string, message: string) {
  issues.push({ path: `events[${i}].${path}`, eventIndex: i, eventId: id, message });
}

/**
 * The order of `events` by start, then end, then id (the one order every view of the events
 * shares), as indices into `events`. The keys are read once into typed arrays, so the sort
 * compares numbers rather than reading two events' spans per comparison.
 */
function timeOrder(events: readonly PoliticalEvent[]): Int32Array {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    starts[i] = e.time.start;
    ends[i] = e.time.end;
    ids[i] = e.id;
  }
  return orderByTime(starts, ends, ids);
}

/** `timeOrder` from the events' starts, ends and ids. */
export function orderByTime(starts: Float64Array, ends: Float64Array, ids: readonly string[]): Int32Array {
  const order = new Int32Array(starts.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return order;
}

function normalize(input: DatasetInput, onOrder?: (order: Int32Array) => void): ParseResult {
  const issues: DatasetIssue[] = [];
  const updated = parseDayBound(input.updated);
  if (!updated) issues.push({ path: "updated", message: `"${input.updated}" is not a real calendar date` });
  const updatedMs = updated?.end ?? 0;

  const categoryById = new Map<string, Category>();
  input.categories.forEach((c, index) => {
    if (categoryById.has(c.id)) {
      issues.push({ path: `categories[${index}].id`, message: `the category id "${c.id}" is used twice` });
      return;
    }
    const color = c.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]!;
    categoryById.set(c.id, { ...c, color, shape: MARK_SHAPES[index % MARK_SHAPES.length]!, index: categoryById.size });
  });

  const inputEvents = input.events;
  const count = inputEvents.length;
  const firstIndexOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const id = inputEvents[i]!.id;
    const first = firstIndexOf.get(id);
    if (first === undefined) firstIndexOf.set(id, i);
    else issues.push({ path: `events[${i}].id`, eventIndex: i, eventId: id, message: `the id "${id}" is already used by event ${first}` });
  }

  // Plain loops, and sets only for events that name source ids: this runs once per event.
  const events: PoliticalEvent[] = [];
  for (let i = 0; i < count; i++) {
    const e = inputEvents[i]!;
    let time: TimeSpan | null = plainDaySpan(e.date);
    if (!time) {
      const date = parseEdtf(e.date);
      if (date.ok) time = toTimeSpan(date.value, updatedMs);
      else eventIssue(issues, i, e.id, "date", date.message);
    }
    if (!categoryById.has(e.category)) {
      eventIssue(issues, i, e.id, "category", `"${e.category}" is not one of the dataset's categories (${[...categoryById.keys()].join(", ")})`);
    }
    let sourceIds: Set<string> | undefined;
    for (let j = 0; j < e.sources.length; j++) {
      const sid = e.sources[j]!.id;
      if (sid === undefined) continue;
      sourceIds ??= new Set();
      if (sourceIds.has(sid)) eventIssue(issues, i, e.id, `sources[${j}].id`, `the source id "${sid}" is used twice in this event`);
      sourceIds.add(sid);
    }
    const figures = e.figures;
    if (figures) {
      for (let j = 0; j < figures.length; j++) {
        const f = figures[j]!;
        if (f.source !== undefined && !sourceIds?.has(f.source)) eventIssue(issues, i, e.id, `figures[${j}].source`, `"${f.source}" is not the id of one of this event's sources`);
        if (f.low !== undefined && f.low > f.value) eventIssue(issues, i, e.id, `figures[${j}].low`, "must not be greater than value");
        if (f.high !== undefined && f.high < f.value) eventIssue(issues, i, e.id, `figures[${j}].high`, "must not be less than value");
      }
    }
    const related = e.related;
    if (related) {
      for (let j = 0; j < related.length; j++) {
        if (!firstIndexOf.has(related[j]!)) eventIssue(issues, i, e.id, `related[${j}]`, `"${related[j]}" is not the id of an event in this dataset`);
      }
    }
    // `e` is this parse's own (the fast path's or valibot's output, or with `onOrder` the caller's
    // own parsed event), so it gains its time in place: a spread would copy 100,000 objects for nothing.
    if (time) {
      const event = e as PoliticalEvent;
      event.time = time;
      events.push(event);
    }
  }

  if (issues.length > 0) return { ok: false, issues: capIssues(issues) };

  // No issues: every file event made an event, so `events[i]` is file event `i`.
  const order = timeOrder(events);
  const sorted: PoliticalEvent[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const e = events[order[k]!]!;
    sorted.push(e);
    if (e.time.start < lo) lo = e.time.start;
    if (e.time.end > hi) hi = e.time.end;
  }
  if (sorted.length === 0) lo = hi = updatedMs;
  onOrder?.(order);
  const { categories: _c, events: _e, ...meta } = input;
  const parts = { ...meta, categories: [...categoryById.values()], events: sorted, extent: [lo, hi] as [number, number], updatedMs };
  const dataset = onOrder ? indexDataset(parts, new Map()) : indexDataset(parts);
  return { ok: true, dataset };
}
