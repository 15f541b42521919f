/**
 * The one entry point for opening a file: checks size and emptiness, recognises the format from
 * the content, and hands it to the right importer. Pure and synchronous, so it runs in a Worker.
 *
 * Contract: an `ok: true` result, and any `partial`, passes `parseDataset` (our own JSON is
 * validated here, so it gets "load the valid events only" too). Every problem carries a `code`
 * and `params` for the UI to translate, and an English `message`.
 */
import * as v from "valibot";
import { importCronicaCsv } from "../../export/csv.ts";
import { parseCsv } from "../../export/csvFormat.ts";
import { parseEdtf } from "../dates.ts";
import { parseDataset } from "../parseDataset.ts";
import type { ParseOptions } from "../parseDataset.ts";
import { EventSchema } from "../schema.ts";
import type { DatasetInput } from "../schema.ts";
import { importAcledCsv } from "./acled.ts";
import { looksLikeUtf16, sniffFormat, stripBom } from "./detectFormat.ts";
import { migrateCronicaJson } from "./migrate.ts";
import { importTimelineJs } from "./timelineJs.ts";
import { capImportIssues, importIssue } from "./types.ts";
import type { ImportFormat, ImportIssue, ImportResult } from "./types.ts";

export interface ImportTextOptions {
  /** The size cap, in bytes of UTF-8. */
  maxBytes: number;
  /** The file's size in bytes when known (`File.size`), which saves measuring the text. */
  byteLength?: number;
  /** A dataset title for formats that may lack one (TimelineJS, ACLED). */
  title?: string;
  /** For a valid "cronica/1" file passed on as it is: see `ParseOptions.onOrder`. */
  onOrder?: ParseOptions["onOrder"];
}

/** The format found ("too-big" when the file was not looked at), and what came of importing it. */
export interface ImportTextResult {
  format: ImportFormat | "too-big";
  result: ImportResult;
  /** How many events a JSON file holds (known without a second parse). */
  eventCount?: number;
}

/** What the import is doing: parsing the text, then checking `done` of `total` events. */
export type ImportProgress = (p: { stage: "parsing" } | { stage: "checking"; done: number; total: number }) => void;

/**
 * The UTF-8 size without encoding the text (each UTF-16 unit is 1–3 bytes, a surrogate pair 4), or
 * an upper bound when that is already under the cap.
 */
function utf8Length(text: string, cap: number): number {
  if (text.length * 3 <= cap) return text.length * 3;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** "104.9" in the unit that makes the cap round (MiB or MB), with enough decimals to differ from it. */
function megabytes(size: number, max: number): { size: string; max: string } {
  const unit = max % 1_048_576 === 0 ? 1_048_576 : 1_000_000;
  const maxText = String(Math.round((max / unit) * 10) / 10);
  for (let digits = 1; digits < 4; digits++) {
    const sizeText = (size / unit).toFixed(digits);
    if (Number(sizeText) > Number(maxText)) return { size: sizeText, max: maxText };
  }
  return { size: (size / unit).toFixed(4), max: maxText };
}

/** Line and column (1-based) at a character offset. */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Where `JSON.parse` gave up, from its message (V8: "position N", Firefox: "line L column C"). */
function jsonErrorIssue(message: string, text: string): ImportIssue {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  const pos = /position (\d+)/i.exec(message);
  const atEnd = /end of (JSON )?(input|data)|EOF/i.test(message);
  const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : pos ? lineColumnAt(text, Number(pos[1])) : atEnd ? lineColumnAt(text, text.length) : null;
  return where ? importIssue("badJson", { path: "" }, where) : importIssue("badJsonNoPosition");
}

/** "an object with the keys a, b, c" — what an unknown JSON file holds, in a few words. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (value === null) return "null";
  if (typeof value !== "object") return `a ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, 6).map((k) => k.slice(0, 30));
  return `an object with the keys ${shown.join(", ")}${keys.length > 6 ? ", …" : ""}`;
}

type Loose = Record<string, unknown>;

/** Events the schema or the date parser rejects on their own, found in one pass. */
function selfInvalid(events: readonly unknown[]): Set<number> {
  const bad = new Set<number>();
  events.forEach((e, i) => {
    const shape = v.safeParse(EventSchema, e, { abortEarly: true });
    if (!shape.success || !parseEdtf(shape.output.date).ok) bad.add(i);
  });
  return bad;
}

const isSummary = (issue: { path: string; eventIndex?: number; message: string }) => issue.eventIndex === undefined && issue.path === "" && issue.message.startsWith("…");

/** The events, with `related` links to dropped events removed (the linking event itself is fine). */
function withoutLinksTo(events: unknown[], dropped: ReadonlySet<unknown>): unknown[] {
  if (dropped.size === 0) return events;
  return events.map((e) => {
    const related = (e as Loose | null)?.related;
    if (!Array.isArray(related) || !related.some((r) => dropped.has(r))) return e;
    return { ...(e as Loose), related: related.filter((r) => !dropped.has(r)) };
  });
}

/**
 * Our JSON minus the events with problems, if that passes `parseDataset`; links to the dropped
 * events are removed from the others. The problem list is capped at `MAX_ISSUES`, so this repeats
 * a few rounds.
 */
function validEventsOnly(raw: unknown, firstIssues: readonly { path: string; eventIndex?: number; message: string }[]): DatasetInput | undefined {
  if (raw === null || typeof raw !== "object" || !Array.isArray((raw as Loose).events)) return undefined;
  let current = raw as Loose & { events: unknown[] };
  let issues = firstIssues;
  let bad = selfInvalid(current.events);
  for (let round = 0; round < 4; round++) {
    if (issues.some((i) => i.eventIndex === undefined && !isSummary(i))) return undefined;
    for (const i of issues) if (i.eventIndex !== undefined) bad.add(i.eventIndex);
    const kept = current.events.filter((_, i) => !bad.has(i));
    if (kept.length === 0) return undefined;
    const keptIds = new Set(kept.map((e) => (e as Loose | null)?.id));
    const dropped = new Set(current.events.filter((_, i) => bad.has(i)).map((e) => (e as Loose | null)?.id).filter((id) => typeof id === "string" && !keptIds.has(id)));
    const events = withoutLinksTo(kept, dropped);
    current = { ...current, events };
    const parsed = parseDataset(current);
    if (parsed.ok) return current as unknown as DatasetInput;
    issues = parsed.issues;
    bad = new Set();
  }
  return undefined;
}

function importCronicaJson(json: unknown, onProgress?: ImportProgress, onOrder?: ParseOptions["onOrder"]): ImportResult {
  const migrated = migrateCronicaJson(json);
  if (!migrated.ok) return { ok: false, issues: [migrated.issue] };
  const parseOptions: ParseOptions = {};
  if (onProgress) parseOptions.onProgress = (done, total) => onProgress({ stage: "checking", done, total });
  // Only the file's own events, not a migrated copy, are what its text says.
  if (onOrder && migrated.raw === json) parseOptions.onOrder = onOrder;
  const parsed = parseDataset(migrated.raw, parseOptions);
  if (parsed.ok) return { ok: true, dataset: migrated.raw as DatasetInput, skipped: [], normalized: parsed.dataset };
  const issues = parsed.issues.map((i) =>
    importIssue(
      isSummary(i) ? "moreIssues" : "invalid",
      { path: i.path, ...(i.eventIndex === undefined ? {} : { index: i.eventIndex }), ...(i.eventId === undefined ? {} : { id: i.eventId }) },
      isSummary(i) ? { count: Number(/\d+/.exec(i.message)?.[0] ?? 0) } : { detail: i.message },
    ),
  );
  const partial = validEventsOnly(migrated.raw, parsed.issues);
  return partial ? { ok: false, issues, partial } : { ok: false, issues };
}

function importOwnCsv(text: string, title: string | undefined): ImportResult {
  const result = importCronicaCsv(text, title === undefined ? {} : { title });
  if (result.ok) return { ok: true, dataset: result.dataset, skipped: [] };
  return {
    ok: false,
    issues: capImportIssues(
      result.issues.map((i) => importIssue("invalid", { path: i.path, ...(i.row > 0 ? { row: i.row } : {}), ...(i.id === undefined ? {} : { id: i.id }) }, { detail: i.message })),
    ),
  };
}

const fail = (issue: ImportIssue): ImportResult => ({ ok: false, issues: [issue] });

/**
 * The most events this version opens: twice the 100,000 the timeline is built and measured for.
 * A larger file is refused up front, before any costly validation, rather than exhausting the
 * page's memory. (MAX_DATA_BYTES caps realistic files well before this: 50 MiB is about 200,000
 * of the smallest useful events.)
 */
export const MAX_EVENTS = 200_000;

function tooMany(count: number): ImportResult {
  return fail(importIssue("tooManyEvents", { path: "events" }, { count, max: MAX_EVENTS }));
}

/** The length of the file's `events` list; undefined when it has none. */
function jsonEventCount(json: unknown): number | undefined {
  const events = json !== null && typeof json === "object" ? (json as { events?: unknown }).events : undefined;
  return Array.isArray(events) ? events.length : undefined;
}

/** `eventCount` as an optional field. */
const counted = (eventCount: number | undefined) => (eventCount === undefined ? {} : { eventCount });

/** Lines in the text: an upper bound on CSV rows (a quoted cell may span lines). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Opens a file's text as a dataset; never throws. */
export function importText(text: string, opts: ImportTextOptions, onProgress?: ImportProgress): ImportTextResult {
  const bytes = opts.byteLength ?? utf8Length(text, opts.maxBytes);
  if (bytes > opts.maxBytes) {
    return { format: "too-big", result: fail(importIssue("tooBig", { path: "" }, megabytes(bytes, opts.maxBytes))) };
  }
  const body = stripBom(text);
  if (looksLikeUtf16(body)) return { format: "not-data", result: fail(importIssue("utf16")) };
  if (body.startsWith("PK\u0003\u0004")) return { format: "not-data", result: fail(importIssue("zipFile")) };
  onProgress?.({ stage: "parsing" });
  const sniffed = sniffFormat(body);
  const { format } = sniffed;
  const title = opts.title === undefined ? {} : { title: opts.title };
  switch (format) {
    case "empty":
      return { format, result: fail(importIssue("empty")) };
    case "not-data":
      return { format, result: fail(importIssue("notData")) };
    case "unknown-json":
      return {
        format,
        result: fail(sniffed.jsonError !== undefined ? jsonErrorIssue(sniffed.jsonError, body) : importIssue("unknownJson", { path: "" }, { found: describeJson(sniffed.json) })),
      };
    case "unknown-csv": {
      const header = sniffed.header ?? [];
      const columns = header.slice(0, 8).map((h) => h.trim().slice(0, 40)).join(", ") + (header.length > 8 ? ", …" : "");
      return { format, result: fail(importIssue("unknownCsv", { path: "" }, { columns })) };
    }
    case "cronica-json": {
      const eventCount = jsonEventCount(sniffed.json);
      if (eventCount !== undefined && eventCount > MAX_EVENTS) return { format, result: tooMany(eventCount), eventCount };
      return { format, result: importCronicaJson(sniffed.json, onProgress, opts.onOrder), ...counted(eventCount) };
    }
    case "timelinejs-json": {
      const eventCount = jsonEventCount(sniffed.json);
      if (eventCount !== undefined && eventCount > MAX_EVENTS) return { format, result: tooMany(eventCount), eventCount };
      return { format, result: importTimelineJs(sniffed.json, title), ...counted(eventCount) };
    }
    case "cronica-csv": {
      // Multi-line cells make lines over-count rows, so only a clear excess is refused before parsing.
      const lines = lineCount(body) - 1;
      if (lines > 2 * MAX_EVENTS) return { format, result: tooMany(lines) };
      return { format, result: importOwnCsv(body, opts.title) };
    }
    case "acled-csv": {
      const parsed = parseCsv(body);
      if ("error" in parsed) return { format, result: fail(importIssue("badCsv", { path: "" }, { line: parsed.line, detail: parsed.error })) };
      if (parsed.rows.length - 1 > MAX_EVENTS) return { format, result: tooMany(parsed.rows.length - 1) };
      return { format, result: importAcledCsv(parsed.rows, title) };
    }
  }
}
