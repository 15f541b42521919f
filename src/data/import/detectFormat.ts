/**
 * Tells what a file holds from its content, never its name. JSON is recognised by its first
 * character and then parsed once; `sniffFormat` hands that parsed value on, so the importer never
 * parses the text twice. CSV is recognised by the header names on its first line, so a 100 MB CSV
 * costs one short line here.
 */
import { parseCsv } from "../../export/csvFormat.ts";
import type { ImportFormat } from "./types.ts";

/** What `sniffFormat` found: the format, plus what it already parsed on the way. */
export interface Sniffed {
  format: ImportFormat;
  /** The parsed JSON value, for the JSON formats (absent when it does not parse). */
  json?: unknown;
  /** `JSON.parse`'s message, when the text starts like JSON but does not parse. */
  jsonError?: string;
  /** The header cells of a CSV, as written. */
  header?: string[];
}

const PREFIX = 4096;
/** A line longer than this is no CSV header. */
const MAX_HEADER = 65_536;

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Text decoded as UTF-8 that was really UTF-16: every other character is a NUL. */
export function looksLikeUtf16(text: string): boolean {
  const head = text.slice(0, 512);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return head.length >= 4 && nuls * 4 >= head.length;
}

/** NULs or many control characters near the start: an image, a PDF, a ZIP, an executable. */
export function looksBinary(head: string): boolean {
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls * 100 > head.length;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function jsonFormat(value: unknown): ImportFormat {
  if (!isObject(value)) return "unknown-json";
  if (typeof value.schema === "string" && value.schema.startsWith("cronica/")) return "cronica-json";
  const events = value.events;
  if (!Array.isArray(events)) return "unknown-json";
  // TimelineJS: events with `start_date` objects; an empty list counts when there is a title slide.
  const timeline = events.length === 0 ? isObject(value.title) : events.slice(0, 100).some((e) => isObject(e) && isObject(e.start_date));
  return timeline ? "timelinejs-json" : "unknown-json";
}

const CRONICA_CSV_START = ["id", "date", "start", "end", "precision"];
const ACLED_MARKERS = ["event_type", "sub_event_type", "event_id_cnty", "actor1"];

function csvFormat(header: readonly string[]): ImportFormat {
  const names = header.map((h) => h.trim().toLowerCase());
  const has = (name: string) => names.includes(name);
  if (CRONICA_CSV_START.every((name, i) => names[i] === name)) return "cronica-csv";
  // Columns moved around in a spreadsheet: the ones `importCronicaCsv` needs, in any order.
  if (["id", "date", "title", "category"].every(has) && (has("sources_json") || has("source_urls"))) return "cronica-csv";
  if (has("event_date") && ACLED_MARKERS.some(has)) return "acled-csv";
  return names.length >= 2 ? "unknown-csv" : "not-data";
}

/** The format, and the parsed JSON or CSV header found on the way. BOM-tolerant. */
export function sniffFormat(input: string): Sniffed {
  const text = stripBom(input);
  const start = text.search(/\S/);
  if (start < 0) return { format: "empty" };
  const head = text.slice(start, start + PREFIX);
  if (looksBinary(head)) return { format: "not-data" };
  const first = head[0];
  if (first === "{" || first === "[") {
    try {
      const json: unknown = JSON.parse(text);
      return { format: jsonFormat(json), json };
    } catch (err) {
      return { format: "unknown-json", jsonError: err instanceof Error ? err.message : String(err) };
    }
  }
  if (first === "<") return { format: "not-data" }; // HTML, XML, SVG
  const lineEnd = text.slice(0, MAX_HEADER).search(/[\r\n]/);
  const line = lineEnd < 0 ? text.slice(0, MAX_HEADER) : text.slice(0, lineEnd);
  if (lineEnd < 0 && text.length > MAX_HEADER) return { format: "not-data" };
  const parsed = parseCsv(line);
  if ("error" in parsed) return { format: "not-data" };
  const header = parsed.rows[0] ?? [];
  return { format: csvFormat(header), header };
}

/** One of the formats Cronica knows, or what kind of unknown file this is. */
export function detectFormat(text: string): ImportFormat {
  return sniffFormat(text).format;
}
