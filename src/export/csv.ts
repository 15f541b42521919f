/**
 * Events as CSV, and back. One row per event. The first eighteen columns are the documented,
 * human-readable table; the columns after them carry what a table cannot show (other languages,
 * full source and figure objects) so that `importCronicaCsv(eventsToCsv(events, dataset))` gives
 * back every event field for field. `CSV_COLUMNS` documents every column and generates the data
 * dictionary (data/DICTIONARY.md).
 *
 * Two reversible rules, both documented in the dictionary:
 * - Formula guard: a cell of any non-numeric column that starts with = + - @ TAB CR or ' gets a
 *   ' in front. On import one leading ' is removed from those columns, so a title that really
 *   starts with "'=" survives ("'=x" is written "''=x").
 * - Lists are joined with " | " for people. When that (or the language columns) cannot carry a
 *   value exactly (an item containing " | ", an empty list, a text map with an empty string or a
 *   language the dataset does not list), the exact value also goes into `exact_json`.
 */
import * as v from "valibot";
import type { Dataset, PoliticalEvent } from "../data/model.ts";
import { parseDataset, MAX_ISSUES } from "../data/parseDataset.ts";
import { parseEdtf } from "../data/dates.ts";
import { DatasetSchema, SCHEMA_ID } from "../data/schema.ts";
import type { CategoryInput, DatasetInput, FigureInput, LocalizedText } from "../data/schema.ts";
import { toCsv, parseCsv } from "./csvFormat.ts";

/** A text in the two languages the documentation is written in. */
export interface Bilingual {
  en: string;
  es: string;
}

/** The kind of value a column holds, as named in the data dictionary. */
export type CsvColumnType =
  | "slug"
  | "edtf"
  | "instant"
  | "precision"
  | "boolean"
  | "text"
  | "list"
  | "language"
  | "country"
  | "number"
  | "confidence"
  | "json";

/** One documented CSV column. */
export interface CsvColumn {
  /** The header name; `<lang>` stands for a language code (`title_<lang>` → `title_es`). */
  name: string;
  type: CsvColumnType;
  /** Allowed values or format. */
  values: Bilingual;
  description: Bilingual;
  /** Repeated once per dataset language after the first (the default). */
  perLanguage?: true;
  /** Read by `importCronicaCsv`. False for columns derived from `date` or written for people only. */
  loaded: boolean;
}

/** Joins the items of multi-valued columns (actors, tags, related, source_urls, source_titles, figures). */
export const LIST_SEPARATOR = " | ";

const TEXT_VALUES: Bilingual = { en: "any text", es: "texto libre" };
const LIST_VALUES: Bilingual = { en: 'items joined with " | "', es: 'elementos unidos con " | "' };
const DEFAULT_LANG: Bilingual = { en: "in the language of `lang`", es: "en el idioma de `lang`" };

/** Every column, in file order. The first eighteen are fixed by the issue; the rest make the file lossless. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: "id",
    type: "slug",
    values: { en: "letters, digits, . _ - (1–200)", es: "letras, dígitos, . _ - (1–200)" },
    description: { en: "The event's id, unique in the dataset.", es: "Identificador del hecho, único en el conjunto." },
    loaded: true,
  },
  {
    name: "date",
    type: "edtf",
    values: { en: "EDTF subset (see Dates)", es: "subconjunto de EDTF (ver Fechas)" },
    description: { en: "The date exactly as written in the dataset: a point or an interval.", es: "La fecha tal como figura en el conjunto: punto o intervalo." },
    loaded: true,
  },
  {
    name: "start",
    type: "instant",
    values: { en: "ISO 8601 UTC, e.g. 2024-07-28T00:00:00.000Z", es: "ISO 8601 UTC, p. ej. 2024-07-28T00:00:00.000Z" },
    description: { en: "Derived from `date`: the first instant the event covers.", es: "Derivado de `date`: primer instante que abarca el hecho." },
    loaded: false,
  },
  {
    name: "end",
    type: "instant",
    values: { en: "ISO 8601 UTC", es: "ISO 8601 UTC" },
    description: {
      en: "Derived from `date`: the first instant after the event (exclusive). Ongoing intervals end with the dataset's `updated` date.",
      es: "Derivado de `date`: primer instante posterior al hecho (exclusivo). Los intervalos en curso terminan con la fecha `updated` del conjunto.",
    },
    loaded: false,
  },
  {
    name: "precision",
    type: "precision",
    values: { en: "year, month, day, minute, second", es: "year, month, day, minute, second" },
    description: { en: "Derived from `date`: how finely the date is known (the coarser side of an interval).", es: "Derivado de `date`: con qué detalle se conoce la fecha (el lado más grueso de un intervalo)." },
    loaded: false,
  },
  {
    name: "approximate",
    type: "boolean",
    values: { en: "true, false", es: "true, false" },
    description: { en: "Derived from `date`: a side is marked ~ or %.", es: "Derivado de `date`: algún lado lleva ~ o %." },
    loaded: false,
  },
  {
    name: "uncertain",
    type: "boolean",
    values: { en: "true, false", es: "true, false" },
    description: { en: "Derived from `date`: a side is marked ? or %.", es: "Derivado de `date`: algún lado lleva ? o %." },
    loaded: false,
  },
  {
    name: "category",
    type: "slug",
    values: { en: "a category id of the dataset", es: "un id de categoría del conjunto" },
    description: { en: "The event's category.", es: "Categoría del hecho." },
    loaded: true,
  },
  {
    name: "title",
    type: "text",
    values: DEFAULT_LANG,
    description: { en: "One line stating what happened.", es: "Una línea con lo ocurrido." },
    loaded: true,
  },
  {
    name: "summary",
    type: "text",
    values: DEFAULT_LANG,
    description: { en: "A few sentences, paraphrased from the sources.", es: "Resumen de unas frases, con palabras propias." },
    loaded: true,
  },
  {
    name: "actors",
    type: "list",
    values: LIST_VALUES,
    description: { en: "People, bodies and groups involved.", es: "Personas, órganos y grupos implicados." },
    loaded: true,
  },
  {
    name: "place",
    type: "text",
    values: DEFAULT_LANG,
    description: { en: "The location's name.", es: "Nombre del lugar." },
    loaded: true,
  },
  {
    name: "country",
    type: "country",
    values: { en: "ISO 3166-1 alpha-2, e.g. VE", es: "ISO 3166-1 alfa-2, p. ej. VE" },
    description: { en: "The location's country.", es: "País del lugar." },
    loaded: true,
  },
  {
    name: "lat",
    type: "number",
    values: { en: "−90 to 90, decimal point", es: "−90 a 90, con punto decimal" },
    description: { en: "Latitude, WGS84 decimal degrees.", es: "Latitud, grados decimales WGS84." },
    loaded: true,
  },
  {
    name: "lon",
    type: "number",
    values: { en: "−180 to 180, decimal point", es: "−180 a 180, con punto decimal" },
    description: { en: "Longitude, WGS84 decimal degrees.", es: "Longitud, grados decimales WGS84." },
    loaded: true,
  },
  {
    name: "figures",
    type: "list",
    values: { en: '"measure: value (low–high) unit, reporter, as-of" items joined with " | "', es: 'elementos "medida: valor (mín–máx) unidad, fuente, fecha" unidos con " | "' },
    description: { en: "The reported figures, for reading. What loads is `figures_json`.", es: "Las cifras, para leer. Lo que se carga es `figures_json`." },
    loaded: false,
  },
  {
    name: "source_urls",
    type: "list",
    values: { en: 'http(s) URLs joined with " | "', es: 'URL http(s) unidas con " | "' },
    description: {
      en: "The sources' URLs. Loaded (with `source_titles`) only when `sources_json` is empty.",
      es: "URL de las fuentes. Se cargan (junto con `source_titles`) solo si `sources_json` está vacía.",
    },
    loaded: true,
  },
  {
    name: "confidence",
    type: "confidence",
    values: { en: "confirmed, single-source, disputed, unverified, or empty", es: "confirmed, single-source, disputed, unverified o vacío" },
    description: { en: "How well the event is established.", es: "Grado de confirmación del hecho." },
    loaded: true,
  },
  {
    name: "lang",
    type: "language",
    values: { en: "a language code, e.g. en", es: "un código de idioma, p. ej. es" },
    description: {
      en: "The language of the un-suffixed text columns (title, summary, place, notes): the dataset's default language.",
      es: "Idioma de las columnas de texto sin sufijo (title, summary, place, notes): el predeterminado del conjunto.",
    },
    loaded: true,
  },
  {
    name: "title_<lang>",
    type: "text",
    values: { en: "text in that language", es: "texto en ese idioma" },
    description: { en: "The title in another dataset language.", es: "El título en otro idioma del conjunto." },
    perLanguage: true,
    loaded: true,
  },
  {
    name: "summary_<lang>",
    type: "text",
    values: { en: "text in that language", es: "texto en ese idioma" },
    description: { en: "The summary in another dataset language.", es: "El resumen en otro idioma del conjunto." },
    perLanguage: true,
    loaded: true,
  },
  {
    name: "place_<lang>",
    type: "text",
    values: { en: "text in that language", es: "texto en ese idioma" },
    description: { en: "The place name in another dataset language.", es: "El nombre del lugar en otro idioma del conjunto." },
    perLanguage: true,
    loaded: true,
  },
  {
    name: "notes",
    type: "text",
    values: DEFAULT_LANG,
    description: { en: "Caveats: a doubtful date, sources that disagree, a correction.", es: "Salvedades: fecha dudosa, fuentes en desacuerdo, correcciones." },
    loaded: true,
  },
  {
    name: "notes_<lang>",
    type: "text",
    values: { en: "text in that language", es: "texto en ese idioma" },
    description: { en: "The notes in another dataset language.", es: "Las notas en otro idioma del conjunto." },
    perLanguage: true,
    loaded: true,
  },
  {
    name: "tags",
    type: "list",
    values: LIST_VALUES,
    description: { en: "Free keywords.", es: "Palabras clave." },
    loaded: true,
  },
  {
    name: "related",
    type: "list",
    values: { en: 'event ids joined with " | "', es: 'id de hechos unidos con " | "' },
    description: {
      en: "Linked events. Only ids of events in the same file are written, so a filtered export still loads.",
      es: "Hechos vinculados. Solo se escriben los id de hechos del mismo archivo, para que una exportación filtrada se pueda cargar.",
    },
    loaded: true,
  },
  {
    name: "source_titles",
    type: "list",
    values: LIST_VALUES,
    description: { en: "The sources' titles, in the order of `source_urls`.", es: "Títulos de las fuentes, en el orden de `source_urls`." },
    loaded: true,
  },
  {
    name: "figures_json",
    type: "json",
    values: { en: "compact JSON array of Figure objects, or empty", es: "lista JSON compacta de objetos Figure, o vacío" },
    description: { en: "The figures exactly as in the dataset format.", es: "Las cifras tal cual, en el formato del conjunto." },
    loaded: true,
  },
  {
    name: "sources_json",
    type: "json",
    values: { en: "compact JSON array of Source objects", es: "lista JSON compacta de objetos Source" },
    description: {
      en: "The sources exactly as in the dataset format. When present it wins over `source_urls` and `source_titles`.",
      es: "Las fuentes tal cual, en el formato del conjunto. Si está, prevalece sobre `source_urls` y `source_titles`.",
    },
    loaded: true,
  },
  {
    name: "exact_json",
    type: "json",
    values: { en: "compact JSON object, or empty (usually empty)", es: "objeto JSON compacto, o vacío (lo habitual)" },
    description: {
      en: "Exact values of title, summary, place, notes, actors, tags or related when their readable columns cannot carry them; used only while those columns are unchanged.",
      es: "Valores exactos de title, summary, place, notes, actors, tags o related cuando sus columnas legibles no pueden representarlos; se usan solo si esas columnas no se han modificado.",
    },
    loaded: true,
  },
];

const NUMERIC_COLUMNS = new Set(CSV_COLUMNS.filter((c) => c.type === "number").map((c) => c.name));
const FORMULA_START = /^[=+\-@\t\r']/;

/** Prefixes ' to a cell a spreadsheet could run as a formula, and to one that already starts with '. */
function guard(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `guard`: one leading ' is dropped. */
function unguard(cell: string): string {
  return cell.charCodeAt(0) === 0x27 ? cell.slice(1) : cell;
}

/** The localized-text fields with one column per language, and the list fields. */
type TextField = "title" | "summary" | "place" | "notes";
type ListField = "actors" | "tags" | "related";
const TEXT_FIELDS: readonly TextField[] = ["title", "summary", "place", "notes"];
const LIST_FIELDS: readonly ListField[] = ["actors", "tags", "related"];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A localized text as cells, one per language in `langs` (the first is the default language). */
function textCells(value: unknown, langs: readonly string[]): string[] {
  if (typeof value === "string") return langs.map((_, i) => (i === 0 ? value : ""));
  if (isRecord(value)) return langs.map((l) => (typeof value[l] === "string" ? (value[l] as string) : ""));
  return langs.map(() => "");
}

/** Reads text cells back: all empty → absent; only the default language → a plain string; else a map. */
function textFromCells(cells: readonly string[], langs: readonly string[]): LocalizedText | undefined {
  if (cells.every((c) => c === "")) return undefined;
  if (cells.every((c, i) => i === 0 || c === "")) return cells[0];
  const map: Record<string, string> = {};
  cells.forEach((c, i) => {
    if (c !== "") map[langs[i]!] = c;
  });
  return map;
}

function listCell(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : "";
}

function listFromCell(cell: string): string[] | undefined {
  return cell === "" ? undefined : cell.split(LIST_SEPARATOR);
}

/** Structural equality for the JSON-like values of text and list fields. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

function isoOrEmpty(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

/** "People detained: 200 (150–250) votes, Group B, 2024-08-10": a figure for people to read. */
function figureText(f: FigureInput, langs: readonly string[]): string {
  const measure = textCells(f.measure, langs).find((c) => c !== "") ?? (isRecord(f.measure) ? (Object.values(f.measure).find((x) => x !== "") ?? "") : "");
  const range = f.low !== undefined || f.high !== undefined ? ` (${f.low === undefined ? "" : formatNumber(f.low)}–${f.high === undefined ? "" : formatNumber(f.high)})` : "";
  const unit = f.unit ? ` ${f.unit}` : "";
  const asOf = f.asOf ? `, ${f.asOf}` : "";
  return `${measure}: ${formatNumber(f.value)}${range}${unit}, ${f.reportedBy}${asOf}`;
}

/** The languages with their own columns: the default first, then the others, without repeats. */
function csvLanguages(dataset: Dataset): string[] {
  return [...new Set(dataset.languages)];
}

function headerFor(langs: readonly string[]): string[] {
  return CSV_COLUMNS.flatMap((c) => (c.perLanguage ? langs.slice(1).map((l) => c.name.replace("<lang>", l)) : [c.name]));
}

/** `related` restricted to the exported events; absent when none of its targets is exported. */
function exportedRelated(related: readonly string[] | undefined, exported: ReadonlySet<string>): string[] | undefined {
  if (related === undefined) return undefined;
  const kept = related.filter((r) => exported.has(r));
  return kept.length === 0 && related.length > 0 ? undefined : kept;
}

/** The text and list values of an event as the CSV carries them (related already restricted). */
function readableValues(e: PoliticalEvent, exported: ReadonlySet<string>): Record<TextField | ListField, unknown> {
  return {
    title: e.title,
    summary: e.summary,
    place: e.location?.name,
    notes: e.notes,
    actors: e.actors,
    tags: e.tags,
    related: exportedRelated(e.related, exported),
  };
}

function eventCells(e: PoliticalEvent, langs: readonly string[], exported: ReadonlySet<string>): Record<string, string> {
  const cells: Record<string, string> = {
    id: e.id,
    date: e.date,
    start: isoOrEmpty(e.time.start),
    end: isoOrEmpty(e.time.end),
    precision: e.time.precision,
    approximate: String(e.time.approximate),
    uncertain: String(e.time.uncertain),
    category: e.category,
    country: e.location?.country ?? "",
    lat: e.location?.lat === undefined ? "" : formatNumber(e.location.lat),
    lon: e.location?.lon === undefined ? "" : formatNumber(e.location.lon),
    figures: (e.figures ?? []).map((f) => figureText(f, langs)).join(LIST_SEPARATOR),
    source_urls: e.sources.map((s) => s.url).join(LIST_SEPARATOR),
    source_titles: e.sources.map((s) => s.title).join(LIST_SEPARATOR),
    confidence: e.confidence ?? "",
    lang: langs[0] ?? "",
    figures_json: e.figures === undefined ? "" : JSON.stringify(e.figures),
    sources_json: JSON.stringify(e.sources),
    exact_json: "",
  };
  const values = readableValues(e, exported);
  const exact: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const text = textCells(values[field], langs);
    text.forEach((c, i) => (cells[i === 0 ? field : `${field}_${langs[i]}`] = c));
    if (!sameValue(textFromCells(text, langs), values[field])) exact[field] = values[field];
  }
  for (const field of LIST_FIELDS) {
    cells[field] = listCell(values[field]);
    if (!sameValue(listFromCell(cells[field]), values[field])) exact[field] = values[field];
  }
  if (Object.keys(exact).length > 0) cells.exact_json = JSON.stringify(exact);
  return cells;
}

/** Options of `eventsToCsv`. */
export interface CsvOptions {
  /** "standard": RFC 4180 with ","; "excel-es": ";" and a UTF-8 BOM, for Excel in Spanish (decimals keep "."). */
  variant: "standard" | "excel-es";
}

/** The events as CSV text (CRLF line ends). Encode as UTF-8 to save; "excel-es" starts with a BOM. */
export function eventsToCsv(events: readonly PoliticalEvent[], dataset: Dataset, options: CsvOptions): string {
  const langs = csvLanguages(dataset);
  const header = headerFor(langs);
  const exported = new Set(events.map((e) => e.id));
  const rows: string[][] = [header];
  for (const e of events) {
    const cells = eventCells(e, langs, exported);
    rows.push(header.map((name) => (NUMERIC_COLUMNS.has(name) ? cells[name]! : guard(cells[name] ?? ""))));
  }
  if (options.variant === "excel-es") return `\uFEFF${toCsv(rows, ";")}`;
  return toCsv(rows, ",");
}

// ---------------------------------------------------------------------------------------------
// Import

/** Dataset fields the CSV does not carry; each has a default (see `importCronicaCsv`). */
export interface CsvImportBase {
  id?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  version?: string;
  updated?: string;
  license?: string;
  languages?: readonly string[];
  categories?: readonly CategoryInput[];
  notes?: LocalizedText;
}

/** A problem in an imported CSV. `row` is the 1-based record number (the header is row 1; 0 = the file as a whole). */
export interface CsvImportIssue {
  row: number;
  id?: string;
  /** A column name, or a dataset path relative to the event (`sources[0].url`). */
  path: string;
  message: string;
}

export type CsvImportResult = { ok: true; dataset: DatasetInput } | { ok: false; issues: CsvImportIssue[] };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LANG_COLUMN = /^(title|summary|place|notes)_(.+)$/;
const EVENT_PATH = /^events\[\d+\]\.?/;

/** The last UTC day any event covers, as YYYY-MM-DD (clamped to four-digit years). */
function lastDay(ms: number): string {
  if (!Number.isFinite(ms)) return "1970-01-01";
  const day = new Date(Math.min(ms - 1, Date.UTC(9999, 11, 31))).toISOString().slice(0, 10);
  return /^\d{4}-/.test(day) ? day : "1970-01-01";
}

/**
 * Reads a CSV written by `eventsToCsv` (either variant) into a cronica/1 `DatasetInput`, checked by
 * `parseDataset`. Columns are found by header name, in any order; unknown columns are ignored;
 * blank records are skipped. What the CSV does not carry comes from `base`, else: id "imported",
 * version "1", license "NOASSERTION", languages from `lang` and the `_<lang>` columns, categories
 * from the distinct `category` values (label = id), and `updated` = the last day any event covers.
 */
export function importCronicaCsv(text: string, base: CsvImportBase = {}): CsvImportResult {
  const parsed = parseCsv(text);
  if ("error" in parsed) return { ok: false, issues: [{ row: 0, path: "", message: `line ${parsed.line}: ${parsed.error}` }] };
  const [header = [], ...records] = parsed.rows;
  const column = new Map<string, number>();
  header.forEach((name, i) => {
    if (!column.has(name)) column.set(name, i);
  });
  const issues: CsvImportIssue[] = [];
  for (const required of ["id", "date", "category", "title"]) {
    if (!column.has(required)) issues.push({ row: 1, path: required, message: "this column is missing from the header" });
  }
  if (!column.has("sources_json") && !(column.has("source_urls") && column.has("source_titles"))) {
    issues.push({ row: 1, path: "sources_json", message: "needs a sources_json column, or both source_urls and source_titles" });
  }
  if (issues.length > 0) return { ok: false, issues };

  const extraLangs: Record<TextField, string[]> = { title: [], summary: [], place: [], notes: [] };
  for (const name of column.keys()) {
    const m = LANG_COLUMN.exec(name);
    if (m) extraLangs[m[1] as TextField].push(m[2]!);
  }
  const fallbackLang = base.languages?.[0] ?? "en";

  const events: Record<string, unknown>[] = [];
  const rowOfEvent: number[] = [];
  const categories: string[] = [];
  const seenCategory = new Set<string>();
  let latestEnd = -Infinity;
  let firstLang: string | undefined;

  records.forEach((record, k) => {
    const row = k + 2;
    if (record.every((c) => c === "")) return;
    const raw = (name: string) => {
      const i = column.get(name);
      return i === undefined ? "" : (record[i] ?? "");
    };
    const cell = (name: string) => unguard(raw(name));
    const id = cell("id");
    const problem = (path: string, message: string) => {
      if (issues.length <= MAX_ISSUES) issues.push({ row, ...(id ? { id } : {}), path, message });
    };
    const json = (name: string): unknown => {
      const c = cell(name);
      if (c === "") return undefined;
      try {
        return JSON.parse(c);
      } catch {
        problem(name, "is not valid JSON");
        return undefined;
      }
    };
    const number = (name: string): number | undefined => {
      const c = raw(name);
      if (c === "") return undefined;
      if (NUMBER.test(c)) return Number(c);
      problem(name, `"${c.slice(0, 40)}" is not a number (write it with a decimal point: 10.5)`);
      return undefined;
    };

    const lang = cell("lang") || fallbackLang;
    firstLang ??= lang;
    const exact = json("exact_json");
    const exactValues = isRecord(exact) ? exact : {};
    if (exact !== undefined && !isRecord(exact)) problem("exact_json", "must be a JSON object");
    const value = (field: TextField | ListField): unknown => {
      if ((TEXT_FIELDS as readonly string[]).includes(field)) {
        const f = field as TextField;
        const langs = [lang, ...extraLangs[f].filter((l) => l !== lang)];
        const cells = langs.map((l, i) => cell(i === 0 ? f : `${f}_${l}`));
        if (f in exactValues && sameValue(textCells(exactValues[f], langs), cells)) return exactValues[f];
        return textFromCells(cells, langs);
      }
      const c = cell(field);
      if (field in exactValues && listCell(exactValues[field]) === c) return exactValues[field];
      return listFromCell(c);
    };

    const event: Record<string, unknown> = { id, date: cell("date") };
    const put = (key: string, x: unknown) => {
      if (x !== undefined) event[key] = x;
    };
    put("title", value("title"));
    put("summary", value("summary"));
    const category = cell("category");
    event.category = category;
    put("tags", value("tags"));
    put("actors", value("actors"));
    const location: Record<string, unknown> = {};
    const putIn = (key: string, x: unknown) => {
      if (x !== undefined) location[key] = x;
    };
    putIn("name", value("place"));
    putIn("country", cell("country") || undefined);
    putIn("lat", number("lat"));
    putIn("lon", number("lon"));
    if (Object.keys(location).length > 0) event.location = location;
    put("figures", json("figures_json"));
    const sources = json("sources_json");
    if (sources !== undefined) event.sources = sources;
    else if (cell("sources_json") === "") {
      const urls = listFromCell(cell("source_urls")) ?? [];
      const titles = listFromCell(cell("source_titles")) ?? [];
      if (urls.length !== titles.length) problem("source_titles", `gives ${titles.length} titles for ${urls.length} source URLs`);
      else if (urls.length > 0) event.sources = urls.map((url, i) => ({ title: titles[i]!, url }));
    }
    put("related", value("related"));
    put("confidence", cell("confidence") || undefined);
    put("notes", value("notes"));

    events.push(event);
    rowOfEvent.push(row);
    if (category !== "" && !seenCategory.has(category)) {
      seenCategory.add(category);
      categories.push(category);
    }
    const date = parseEdtf(event.date as string);
    if (date.ok) latestEnd = Math.max(latestEnd, date.value.to ? date.value.to.end : date.value.from.end);
    const end = Date.parse(cell("end"));
    if (Number.isFinite(end)) latestEnd = Math.max(latestEnd, end);
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };

  const defaultLang = firstLang ?? fallbackLang;
  const langs = [defaultLang, ...Object.values(extraLangs).flat()];
  const raw: Record<string, unknown> = {
    schema: SCHEMA_ID,
    id: base.id ?? "imported",
    title: base.title ?? "Imported events",
    description: base.description ?? "Events imported from a CSV file.",
    version: base.version ?? "1",
    updated: base.updated ?? lastDay(latestEnd),
    license: base.license ?? "NOASSERTION",
    languages: base.languages ? [...base.languages] : [...new Set(langs)],
    categories: base.categories ? [...base.categories] : categories.map((id) => ({ id, label: id })),
    events,
    ...(base.notes === undefined ? {} : { notes: base.notes }),
  };
  if (events.length === 0 && !base.categories) return { ok: false, issues: [{ row: 0, path: "", message: "the file has no events" }] };
  const checked = parseDataset(raw);
  if (!checked.ok) {
    return {
      ok: false,
      issues: checked.issues.map((i) => ({
        row: i.eventIndex === undefined ? 0 : (rowOfEvent[i.eventIndex] ?? 0),
        ...(i.eventId === undefined ? {} : { id: i.eventId }),
        path: i.path.replace(EVENT_PATH, ""),
        message: i.message,
      })),
    };
  }
  // parseDataset's output is normalized (sorted, with times); the valibot output is the input as written, unknown keys dropped.
  return { ok: true, dataset: v.parse(DatasetSchema, raw) };
}
