/**
 * The shared vocabulary of the importers: what they return, the problems they report (each with a
 * message id, its parameters and the English text made from them, so the UI can translate), and the
 * one place that turns mapped events into a "cronica/1" dataset, whole or "valid events only".
 *
 * Contract: every `ok: true` dataset, and every `partial`, passes `parseDataset`.
 */
import { parseEdtf } from "../dates.ts";
import type { Dataset } from "../model.ts";
import type { CategoryInput, DatasetInput, EventInput, LocalizedText } from "../schema.ts";

/** What a file's content looks like (never judged by its name). */
export type ImportFormat =
  | "cronica-json"
  | "timelinejs-json"
  | "cronica-csv"
  | "acled-csv"
  | "unknown-json"
  | "unknown-csv"
  | "empty"
  | "not-data";

/**
 * English templates for every import message; `{name}` is replaced by `params.name`. The UI
 * translates by `code` with the same params; `message` is this English text, filled in.
 */
export const IMPORT_MESSAGES = {
  tooBig: "The file is {size} MB; Cronica opens files up to {max} MB",
  empty: "The file is empty",
  tooManyEvents: "The file has {count} events; this version of Cronica shows up to {max} at a time: filter or split the file first",
  notData: "This is not a JSON or CSV file Cronica can read",
  zipFile: "This is a compressed file, such as an Excel workbook; save the table as CSV (UTF-8) and open that",
  utf16: "The file is saved as UTF-16 text; save it as UTF-8 and open it again",
  badJson: "The JSON is cut off or malformed near line {line}, column {column}",
  badJsonNoPosition: "The JSON is cut off or malformed",
  unknownJson:
    'This is a JSON file, but not one Cronica reads (it holds {found}). Cronica reads its own JSON ("schema": "cronica/1") and TimelineJS JSON',
  unknownCsv:
    "This is a CSV file, but its columns ({columns}) are not Cronica's or ACLED's. Cronica reads its own CSV export and ACLED CSV exports",
  badCsv: "The CSV is malformed near line {line}: {detail}",
  csvUnavailable: "Cronica's own CSV files cannot be opened in this version",
  futureSchema: 'This file is in the format "{schema}" of a newer Cronica; this version reads "{current}". Update Cronica to open it',
  unknownSchema: 'This file names the format "{schema}", which Cronica does not know; this version reads "{current}"',
  noEvents: "The file has no events",
  moreIssues: "…and {count} more problems",
  /** A problem found by `parseDataset` or another validator, in English only: `detail` is its message. */
  invalid: "{detail}",
  tlNoSource: "TimelineJS event has no http(s) link; Cronica needs a source for every event",
  tlNoStart: "has no start date",
  tlBadDatePart: "{part} must be a whole number from {min} to {max} (found {found})",
  tlNoTitle: "has no headline or text to use as a title",
  tlDuplicateId: 'the unique_id "{id}" is used twice; this event became "{newId}"',
  tlErasIgnored: "The timeline's eras ({count}) were not imported: Cronica has no eras",
  acledNoHeader: "The CSV has no header row",
  acledNoDateColumn: "The CSV has no event_date column",
  acledNoDate: "event_date is empty",
  acledBadDate: '"{found}" is not a date: ACLED dates look like 2024-07-28 or 28 July 2024',
  acledBadLatitude: '"{found}" is not a latitude from -90 to 90',
  acledBadLongitude: '"{found}" is not a longitude from -180 to 180',
  acledBadFatalities: '"{found}" is not a whole number of fatalities',
  acledDuplicateId: 'the event id "{id}" is already used in row {row}',
} as const;

/** A message id; the UI looks up its own translation by this. */
export type ImportCode = keyof typeof IMPORT_MESSAGES;
export type ImportParams = Record<string, string | number>;

/** One problem, located by CSV row or JSON event index, and by field path. */
export interface ImportIssue {
  /** CSV row, 1-based, the header being row 1. */
  row?: number;
  /** Position in the file's events array, from 0. */
  index?: number;
  /** The event's id, as the file gives it or as the importer made it. */
  id?: string;
  /** The field: a CSV column name or a JSON path such as `events[3].media.url`; "" for the file. */
  path: string;
  /** Plain English text (the UI may translate by `code` instead). */
  message: string;
  code?: ImportCode;
  params?: ImportParams;
}

/**
 * `skipped` lists what an import left out or changed without making the data wrong (eras, renamed
 * duplicate ids). `partial` holds the valid events only, when there are any.
 */
export type ImportResult =
  | {
      ok: true;
      dataset: DatasetInput;
      skipped: ImportIssue[];
      /** The dataset already validated and normalized, when the importer ran parseDataset itself (saves a second pass). */
      normalized?: Dataset;
    }
  | { ok: false; issues: ImportIssue[]; partial?: DatasetInput };

/** More problems than this are summarized, as `parseDataset` does. */
export const MAX_IMPORT_ISSUES = 200;

export function formatImportMessage(code: ImportCode, params: ImportParams = {}): string {
  return IMPORT_MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** An issue with its English message filled in. */
export function importIssue(code: ImportCode, where: Omit<ImportIssue, "message" | "code" | "params"> = { path: "" }, params: ImportParams = {}): ImportIssue {
  return { ...where, message: formatImportMessage(code, params), code, ...(Object.keys(params).length > 0 ? { params } : {}) };
}

/** "row 5 ("VEN123"), latitude: …" or "event 3 ("x"), events[3].media.url: …" or "The file is empty". */
export function formatImportIssue(issue: ImportIssue): string {
  const id = issue.id === undefined ? "" : ` ("${issue.id}")`;
  const where = issue.row !== undefined ? `row ${issue.row}${id}` : issue.index !== undefined ? `event ${issue.index}${id}` : "";
  const head = [where, issue.path].filter((s) => s !== "").join(", ");
  return head === "" ? issue.message : `${head}: ${issue.message}`;
}

export function capImportIssues(issues: ImportIssue[]): ImportIssue[] {
  if (issues.length <= MAX_IMPORT_ISSUES) return issues;
  const count = issues.length - MAX_IMPORT_ISSUES;
  return [...issues.slice(0, MAX_IMPORT_ISSUES), importIssue("moreIssues", { path: "" }, { count })];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Whether `text` is already a valid Cronica id (slug). */
export function isSlug(text: string): boolean {
  return ID.test(text);
}

/** "Protesta en Caracas!" → "protesta-en-caracas"; "" when nothing usable is left. */
export function slugify(text: string, max = 60): string {
  return text
    .slice(0, 4 * max)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/**
 * `base`, or `base-2`, `base-3`… — the first id not yet in `used`, which records it. Deterministic,
 * and linear overall: `used` maps each id to the last suffix tried for it as a base.
 */
export function uniqueId(base: string, used: Map<string, number>): string {
  let id = base;
  let n = used.get(base) ?? 1;
  while (used.has(id)) id = `${base.slice(0, 190)}-${++n}`;
  if (id !== base) used.set(base, n);
  used.set(id, 1);
  return id;
}

/** One mapped event: either valid, or the problems that keep it out. */
export type MappedEvent = { event: EventInput; issues?: undefined } | { event?: undefined; issues: ImportIssue[] };

/** The dataset fields an importer decides; `updated` comes from the events when not given. */
export interface ImportMeta {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  license: string;
  languages: string[];
  notes?: LocalizedText;
}

/** The last day any of the events covers, as YYYY-MM-DD; the importers never read the clock. */
function latestDay(events: readonly EventInput[]): string {
  let max = -Infinity;
  for (const e of events) {
    const d = parseEdtf(e.date);
    if (!d.ok) continue;
    const end = d.value.to ? d.value.to.end : d.value.from.end;
    if (end > max) max = end;
  }
  return Number.isFinite(max) ? new Date(max - 1).toISOString().slice(0, 10) : "1970-01-01";
}

function datasetOf(meta: ImportMeta, events: EventInput[], categories: readonly CategoryInput[]): DatasetInput {
  const used = new Set(events.map((e) => e.category));
  return {
    schema: "cronica/1",
    id: meta.id,
    title: meta.title,
    description: meta.description,
    version: "1",
    updated: latestDay(events),
    license: meta.license,
    languages: meta.languages,
    categories: categories.filter((c) => used.has(c.id)),
    events,
    ...(meta.notes === undefined ? {} : { notes: meta.notes }),
  };
}

/**
 * Assembles the result: ok when every event mapped cleanly, otherwise the problems plus the valid
 * events as `partial`. Categories no kept event uses are dropped, so a partial never lists empty lanes.
 */
export function assembleImport(meta: ImportMeta, mapped: readonly MappedEvent[], categories: readonly CategoryInput[], skipped: ImportIssue[] = []): ImportResult {
  if (mapped.length === 0) return { ok: false, issues: [importIssue("noEvents")] };
  const events: EventInput[] = [];
  const issues: ImportIssue[] = [];
  for (const m of mapped) {
    if (m.event) events.push(m.event);
    else issues.push(...m.issues);
  }
  if (issues.length === 0) return { ok: true, dataset: datasetOf(meta, events, categories), skipped };
  const capped = capImportIssues(issues);
  return events.length === 0 ? { ok: false, issues: capped } : { ok: false, issues: capped, partial: datasetOf(meta, events, categories) };
}
