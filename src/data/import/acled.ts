/**
 * Maps rows of an ACLED CSV export (already split into cells; `rows[0]` is the header, matched
 * case-insensitively) to "cronica/1" events.
 *
 * - Dates: `2024-07-28` or `28 July 2024`. `time_precision` 1 → the day; 2 (ACLED: "within a week")
 *   → the day marked approximate, `2024-07-28~`; 3 ("within a month") → the month, `2024-07`.
 * - Sources: ACLED rows name their sources ("El Pitazo; Efecto Cocuyo") but carry no links. Each
 *   event gets one source that keeps those names in its title and links ACLED's site: honest about
 *   where the row came from, without inventing article URLs.
 * - Fatalities become a figure reported by ACLED, dated by the row's `timestamp`. ACLED writes 0
 *   when no deaths were reported; zero figures are left out so they do not bury the real counts.
 * - Countries: ISO 3166 numeric `iso` (or the `country` name) → alpha-2 through a small table (the
 *   Americas and frequent ACLED countries); other countries are left without a code.
 */
import { parseEdtf } from "../dates.ts";
import type { CategoryInput, EventInput, FigureInput, LocationInput } from "../schema.ts";
import { assembleImport, importIssue, isSlug, slugify, uniqueId } from "./types.ts";
import type { ImportIssue, ImportResult, MappedEvent } from "./types.ts";

export interface AcledOptions {
  /** The dataset title; by default "ACLED events: <countries>". */
  title?: string;
}

/** [ISO numeric, alpha-2, ACLED country name]. */
const COUNTRIES: ReadonlyArray<readonly [number, string, string]> = [
  [32, "AR", "Argentina"], [68, "BO", "Bolivia"], [76, "BR", "Brazil"], [152, "CL", "Chile"], [170, "CO", "Colombia"],
  [188, "CR", "Costa Rica"], [192, "CU", "Cuba"], [214, "DO", "Dominican Republic"], [218, "EC", "Ecuador"],
  [222, "SV", "El Salvador"], [320, "GT", "Guatemala"], [332, "HT", "Haiti"], [340, "HN", "Honduras"], [484, "MX", "Mexico"],
  [558, "NI", "Nicaragua"], [591, "PA", "Panama"], [600, "PY", "Paraguay"], [604, "PE", "Peru"], [858, "UY", "Uruguay"],
  [862, "VE", "Venezuela"], [840, "US", "United States"], [124, "CA", "Canada"], [388, "JM", "Jamaica"],
  [780, "TT", "Trinidad and Tobago"], [328, "GY", "Guyana"], [740, "SR", "Suriname"], [84, "BZ", "Belize"],
  [630, "PR", "Puerto Rico"], [44, "BS", "Bahamas"], [52, "BB", "Barbados"], [254, "GF", "French Guiana"],
  [724, "ES", "Spain"], [620, "PT", "Portugal"], [826, "GB", "United Kingdom"], [250, "FR", "France"], [276, "DE", "Germany"],
  [380, "IT", "Italy"], [804, "UA", "Ukraine"], [643, "RU", "Russia"], [792, "TR", "Turkey"], [156, "CN", "China"],
  [356, "IN", "India"], [586, "PK", "Pakistan"], [4, "AF", "Afghanistan"], [368, "IQ", "Iraq"], [760, "SY", "Syria"],
  [887, "YE", "Yemen"], [275, "PS", "Palestine"], [376, "IL", "Israel"], [422, "LB", "Lebanon"], [364, "IR", "Iran"],
  [682, "SA", "Saudi Arabia"], [818, "EG", "Egypt"], [434, "LY", "Libya"], [729, "SD", "Sudan"], [728, "SS", "South Sudan"],
  [231, "ET", "Ethiopia"], [706, "SO", "Somalia"], [404, "KE", "Kenya"], [566, "NG", "Nigeria"], [466, "ML", "Mali"],
  [854, "BF", "Burkina Faso"], [562, "NE", "Niger"], [180, "CD", "Democratic Republic of Congo"], [710, "ZA", "South Africa"],
  [104, "MM", "Myanmar"], [608, "PH", "Philippines"], [50, "BD", "Bangladesh"], [360, "ID", "Indonesia"],
];
const ALPHA2_BY_NUMERIC = new Map(COUNTRIES.map(([n, a]) => [n, a]));
const ALPHA2_BY_NAME = new Map(COUNTRIES.map(([, a, name]) => [name.toLowerCase(), a]));

/** ACLED's codebook order, so lanes come out the same for every export. */
const EVENT_TYPE_ORDER = ["battles", "explosions-remote-violence", "violence-against-civilians", "protests", "riots", "strategic-developments"];

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === "sept" && m === "september"));
  return i < 0 ? undefined : i + 1;
}

/** "2024-07-28" or "28 July 2024" (also "28-Jul-2024") → "2024-07-28", if it is a real day. */
export function parseAcledDate(text: string): string | null {
  let y: string | undefined;
  let m: number | undefined;
  let d: string | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(text);
  if (iso) [y, m, d] = [iso[1], Number(iso[2]), iso[3]];
  else if (named) [y, m, d] = [named[3], monthNumber(named[2] ?? ""), named[1]];
  if (y === undefined || m === undefined || d === undefined) return null;
  const day = `${y}-${String(m).padStart(2, "0")}-${d.padStart(2, "0")}`;
  return parseEdtf(day).ok ? day : null;
}

/** The items of ";"-separated cells, trimmed, non-empty, without repeats, in order. */
function items(...cells: string[]): string[] {
  const out = new Set<string>();
  for (const cell of cells) {
    if (cell === "") continue;
    for (const part of cell.split(";")) {
      const item = part.trim();
      if (item !== "") out.add(item);
    }
  }
  return [...out];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A Unix timestamp (seconds) as YYYY-MM-DD, or undefined. */
function dayOfTimestamp(text: string): string | undefined {
  if (!/^\d{1,11}$/.test(text)) return undefined;
  const ms = Number(text) * 1000;
  return ms > 0 && ms < 253402300800000 ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

/** The columns the mapping reads; -1 when the export lacks one. */
const COLUMNS = [
  "event_id_cnty", "data_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
  "actor2", "assoc_actor_2", "iso", "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities", "timestamp",
] as const;
type Column = (typeof COLUMNS)[number];

/** Per-import state. Repeated values (event types, timestamps) are worked out once: exports have 100,000s of rows. */
interface Context {
  index: Record<Column, number>;
  ids: Map<string, number>;
  rowOfId: Map<string, number>;
  categories: Map<string, CategoryInput>;
  categoryOfType: Map<string, string>;
  dayOfTimestamp: Map<string, string | undefined>;
}

function cellOf(cells: readonly string[], i: number): string {
  const cell = i < 0 ? undefined : cells[i];
  return typeof cell === "string" ? cell.trim() : "";
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (typeof c === "string" && c.trim() !== "") return false;
  return true;
}

function categoryOf(eventType: string, ctx: Context): string {
  let id = ctx.categoryOfType.get(eventType);
  if (id === undefined) {
    id = slugify(eventType) || "unspecified";
    ctx.categoryOfType.set(eventType, id);
    if (!ctx.categories.has(id)) ctx.categories.set(id, { id, label: eventType || "Unspecified event type" });
  }
  return id;
}

function asOfDay(timestamp: string, ctx: Context): string | undefined {
  if (!ctx.dayOfTimestamp.has(timestamp)) ctx.dayOfTimestamp.set(timestamp, dayOfTimestamp(timestamp));
  return ctx.dayOfTimestamp.get(timestamp);
}

/** Shared by every fatality figure of an import, so frozen. */
const MEASURE = Object.freeze({ en: "Reported fatalities", es: "Muertes reportadas" });

function mapRow(cells: readonly string[], row: number, ctx: Context): MappedEvent | null {
  if (isBlank(cells)) return null;
  const get = (column: Column) => cellOf(cells, ctx.index[column]);

  const eventIdCnty = get("event_id_cnty");
  const dataId = get("data_id");
  const fileId = eventIdCnty || dataId;
  const issues: ImportIssue[] = [];
  let id: string;
  if (fileId !== "") {
    const base = eventIdCnty !== "" ? (isSlug(eventIdCnty) ? eventIdCnty : slugify(eventIdCnty, 100)) : `acled-${slugify(dataId, 100)}`;
    const firstRow = ctx.rowOfId.get(base);
    id = uniqueId(base || `acled-row-${row}`, ctx.ids);
    if (firstRow !== undefined) {
      issues.push(importIssue("acledDuplicateId", { row, id: fileId.slice(0, 100), path: eventIdCnty !== "" ? "event_id_cnty" : "data_id" }, { id: fileId.slice(0, 100), row: firstRow }));
    } else ctx.rowOfId.set(base, row);
  } else id = uniqueId(`acled-row-${row}`, ctx.ids);
  // Problems name the row by the file's own id, which is what the user can search for.
  const at = (path: string) => ({ row, id: fileId !== "" ? fileId.slice(0, 100) : id, path });

  const rawDate = get("event_date");
  const day = rawDate === "" ? null : parseAcledDate(rawDate);
  if (rawDate === "") issues.push(importIssue("acledNoDate", at("event_date")));
  else if (day === null) issues.push(importIssue("acledBadDate", at("event_date"), { found: rawDate.slice(0, 40) }));
  const coordinate = (column: "latitude" | "longitude", limit: number): number | undefined => {
    const text = get(column);
    if (text === "") return undefined;
    const n = DECIMAL.test(text) ? Number(text) : NaN;
    if (Number.isFinite(n) && Math.abs(n) <= limit) return n;
    issues.push(importIssue(column === "latitude" ? "acledBadLatitude" : "acledBadLongitude", at(column), { found: text.slice(0, 40) }));
    return undefined;
  };
  const lat = coordinate("latitude", 90);
  const lon = coordinate("longitude", 180);
  const fatalitiesText = get("fatalities");
  const fatalities = /^\d{1,9}$/.test(fatalitiesText) ? Number(fatalitiesText) : undefined;
  if (fatalitiesText !== "" && fatalities === undefined) issues.push(importIssue("acledBadFatalities", at("fatalities"), { found: fatalitiesText.slice(0, 40) }));

  const eventType = get("event_type");
  const category = categoryOf(eventType, ctx);
  if (issues.length > 0 || day === null) return { issues };

  const precision = get("time_precision");
  const subType = get("sub_event_type");
  const place = get("location");
  const what = subType || eventType;
  // Built field by field, in the order of the format's docs: this runs for every row of big exports.
  const event = {
    id,
    date: precision === "3" ? day.slice(0, 7) : precision === "2" ? `${day}~` : day,
    title: what !== "" && place !== "" ? `${what} in ${place}` : what || place || `ACLED event ${fileId || `row ${row}`}`,
  } as EventInput;
  const summary = get("notes");
  if (summary !== "") event.summary = summary;
  event.category = category;
  if (subType !== "") event.tags = [subType];
  const actors = items(get("actor1"), get("assoc_actor_1"), get("actor2"), get("assoc_actor_2"));
  if (actors.length > 0) event.actors = actors;

  const country = get("country");
  const name = items(place, get("admin1")).join(", ") || country;
  if (name !== "") {
    const location: LocationInput = { name };
    const alpha2 = ALPHA2_BY_NUMERIC.get(Number(get("iso") || NaN)) ?? ALPHA2_BY_NAME.get(country.toLowerCase());
    if (alpha2 !== undefined) location.country = alpha2;
    if (lat !== undefined && lon !== undefined) {
      location.lat = lat;
      location.lon = lon;
    }
    event.location = location;
  }
  if (fatalities !== undefined && fatalities > 0) {
    const figure: FigureInput = { measure: MEASURE, value: fatalities, unit: "people", reportedBy: "ACLED", source: "acled" };
    const asOf = asOfDay(get("timestamp"), ctx);
    if (asOf !== undefined) figure.asOf = asOf;
    event.figures = [figure];
  }
  const names = items(get("source"));
  event.sources = [
    {
      id: "acled",
      title: `ACLED event ${fileId || `row ${row}`}${names.length > 0 ? `: ${names.join("; ")}` : ""}`,
      publisher: "ACLED (Armed Conflict Location & Event Data)",
      url: "https://acleddata.com/",
    },
  ];
  return { event };
}

/** Maps ACLED rows (header first) to a dataset; never throws. Rows are numbered from 1 = the header. */
export function importAcledCsv(rows: readonly (readonly string[])[], opts: AcledOptions = {}): ImportResult {
  const header = rows[0];
  if (!Array.isArray(header) || header.length === 0) return { ok: false, issues: [importIssue("acledNoHeader", { row: 1, path: "" })] };
  const column = new Map<string, number>();
  header.forEach((name, i) => {
    const key = typeof name === "string" ? name.replace(/^\ufeff/, "").trim().toLowerCase() : "";
    if (key !== "" && !column.has(key)) column.set(key, i);
  });
  if (!column.has("event_date")) return { ok: false, issues: [importIssue("acledNoDateColumn", { row: 1, path: "event_date" })] };

  const index = Object.fromEntries(COLUMNS.map((name) => [name, column.get(name) ?? -1])) as Record<Column, number>;
  const ctx: Context = { index, ids: new Map(), rowOfId: new Map(), categories: new Map(), categoryOfType: new Map(), dayOfTimestamp: new Map() };
  const mapped: MappedEvent[] = [];
  const countries = new Set<string>();
  const countryColumn = column.get("country");
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    const m = mapRow(cells, r + 1, ctx);
    if (m === null) continue;
    mapped.push(m);
    const country = countryColumn === undefined ? undefined : cells[countryColumn];
    if (typeof country === "string" && country.trim() !== "") countries.add(country.trim());
  }

  const rank = (id: string) => (EVENT_TYPE_ORDER.includes(id) ? EVENT_TYPE_ORDER.indexOf(id) : EVENT_TYPE_ORDER.length);
  const categories = [...ctx.categories.values()].sort((a, b) => rank(a.id) - rank(b.id));
  const named = [...countries].slice(0, 3).join(", ") + (countries.size > 3 ? ` and ${countries.size - 3} more` : "");
  const title = opts.title?.trim() || (named === "" ? "ACLED events" : `ACLED events: ${named}`);
  return assembleImport(
    {
      id: slugify(title) || "acled-import",
      title,
      description: `${mapped.length} events from an ACLED (Armed Conflict Location & Event Data) export.`,
      license: "ACLED terms of use (https://acleddata.com/terms-of-use/)",
      languages: ["en"],
      notes:
        "Imported from an ACLED CSV export. ACLED rows name their sources but give no links, so each event links to ACLED's site and keeps the source names in its title. Fatalities are ACLED's counts; rows with zero reported fatalities carry no figure.",
    },
    mapped,
    categories,
  );
}
