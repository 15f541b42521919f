/**
 * The "cronica/1" schema of `schema.ts`, checked by hand: the same verdict as valibot's
 * `DatasetSchema` and the same output (unknown keys dropped, keys in schema order), without
 * valibot's per-field datasets and issue objects, so 100,000 events check several times faster.
 * It only says yes or no: on `null` the caller runs valibot for the located messages.
 * `tests/unit/data/schemaFastPath.test.ts` holds the two to the same verdicts.
 */
import { COLOR, CONFIDENCE, COUNTRY, DAY, EDTF, HTTP_URL, ID, LANGUAGE_CODE, NOT_BLANK, SCHEMA_ID } from "./schema.ts";
import type { CategoryInput, DatasetInput, EventInput, FigureInput, LocationInput, LocalizedText, SourceInput } from "./schema.ts";

type Loose = Record<string, unknown>;

/** `null` is "invalid". */
type Checked<T> = T | null;

/** Called every `PROGRESS_EVERY` events with how many of the events were checked. */
export type CheckProgress = (done: number, total: number) => void;
export const PROGRESS_EVERY = 1024;

const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null;
const str = (x: unknown, re: RegExp): x is string => typeof x === "string" && re.test(x);
const nonEmpty = (x: unknown): x is string => typeof x === "string" && NOT_BLANK.test(x);
/** `v.number()` + `v.finite()`. */
const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
/** Keys valibot's `record` skips rather than checks. */
const skippedKey = (o: object, k: string) => k === "__proto__" || k === "prototype" || k === "constructor" || !Object.prototype.hasOwnProperty.call(o, k);

/** Text, or a map from language code to text; a map with keys valibot skips is copied without them. */
function localized(x: unknown): Checked<LocalizedText> {
  if (typeof x === "string") return x.length > 0 ? x : null;
  if (!isObject(x)) return null;
  let kept = 0;
  let skipped = false;
  for (const k in x) {
    if (skippedKey(x, k)) {
      skipped = true;
      continue;
    }
    if (!LANGUAGE_CODE.test(k) || typeof x[k] !== "string") return null;
    kept++;
  }
  if (kept === 0) return null;
  // Valibot's output is always a plain object; reuse the input only when it is one.
  if (!skipped && Object.getPrototypeOf(x) === Object.prototype) return x as Record<string, string>;
  const copy: Record<string, string> = {};
  for (const k in x) if (!skippedKey(x, k)) copy[k] = x[k] as string;
  return copy;
}

/** An array whose every item passes `ok`. */
function strings(x: unknown, ok: (item: unknown) => boolean): x is string[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!ok(x[i])) return false;
  return true;
}

/** A checked list of strings, copied as valibot copies it (a copy holds the items only). */
const stringsOf = (ok: (item: unknown) => boolean) => (x: unknown) => (strings(x, ok) ? x.slice() : null);

const isString = (x: unknown) => typeof x === "string";
const CONFIDENCE_VALUES: readonly unknown[] = CONFIDENCE;
const isId = (x: unknown) => str(x, ID);
const isLanguage = (x: unknown) => str(x, LANGUAGE_CODE);

/**
 * Copies the optional `key` of `from` onto `to` when present (as valibot's `key in input`), after
 * `check`; false when present and invalid.
 */
function optional<T>(from: Loose, to: Loose, key: string, check: (x: unknown) => Checked<T> | undefined): boolean {
  if (!(key in from)) return true;
  const value = from[key];
  if (value === undefined) {
    to[key] = undefined;
    return true;
  }
  const out = check(value);
  if (out === null || out === undefined) return false;
  to[key] = out;
  return true;
}

/** Module-level checks, so checking a field allocates no closure. */
const when = (test: (x: unknown) => boolean) => (x: unknown) => (test(x) ? x : null);
const color = when((c) => str(c, COLOR));
const country = when((c) => str(c, COUNTRY));
const latitude = when((n) => finite(n) && n >= -90 && n <= 90);
const longitude = when((n) => finite(n) && n >= -180 && n <= 180);
const finiteNumber = when(finite);
const anyString = when(isString);
const day = when((d) => str(d, DAY));
const id = when(isId);
const url = when((u) => str(u, HTTP_URL));
const stringList = stringsOf(isString);
const actorList = stringsOf(nonEmpty);
const idList = stringsOf(isId);
const languageList = stringsOf(isLanguage);
const figureList = (f: unknown) => list(f, figure);
const confidence = when((c) => CONFIDENCE_VALUES.includes(c));

function category(x: unknown): Checked<CategoryInput> {
  if (!isObject(x) || !isId(x.id)) return null;
  const label = localized(x.label);
  if (label === null) return null;
  const out: Loose = { id: x.id, label };
  if (!optional(x, out, "color", color)) return null;
  if (!optional(x, out, "description", localized)) return null;
  return out as unknown as CategoryInput;
}

function location(x: unknown): Checked<LocationInput> {
  if (!isObject(x)) return null;
  const name = localized(x.name);
  if (name === null) return null;
  const out: Loose = { name };
  if (!optional(x, out, "country", country)) return null;
  if (!optional(x, out, "lat", latitude)) return null;
  if (!optional(x, out, "lon", longitude)) return null;
  return out as unknown as LocationInput;
}

function figure(x: unknown): Checked<FigureInput> {
  if (!isObject(x)) return null;
  const measure = localized(x.measure);
  if (measure === null || !finite(x.value)) return null;
  const out: Loose = { measure, value: x.value };
  if (!optional(x, out, "low", finiteNumber)) return null;
  if (!optional(x, out, "high", finiteNumber)) return null;
  if (!optional(x, out, "unit", anyString)) return null;
  if (!nonEmpty(x.reportedBy)) return null;
  out.reportedBy = x.reportedBy;
  if (!optional(x, out, "asOf", day)) return null;
  if (!optional(x, out, "source", id)) return null;
  return out as unknown as FigureInput;
}

function source(x: unknown): Checked<SourceInput> {
  if (!isObject(x)) return null;
  const out: Loose = {};
  if (!optional(x, out, "id", id)) return null;
  if (!nonEmpty(x.title) || !str(x.url, HTTP_URL)) return null;
  out.title = x.title;
  if (!optional(x, out, "publisher", anyString)) return null;
  out.url = x.url;
  if (!optional(x, out, "published", day)) return null;
  if (!optional(x, out, "accessed", day)) return null;
  if (!optional(x, out, "archived", url)) return null;
  return out as unknown as SourceInput;
}

/** Every item through `item`, into a new array; null when one fails. */
function list<T>(x: unknown, item: (x: unknown) => Checked<T>): Checked<T[]> {
  if (!Array.isArray(x)) return null;
  const out: T[] = new Array<T>(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = item(x[i]);
    if (v === null) return null;
    out[i] = v;
  }
  return out;
}


/** One event in `EventSchema`'s key order, or null. */
export function fastEvent(x: unknown): Checked<EventInput> {
  if (!isObject(x) || !isId(x.id) || !str(x.date, EDTF)) return null;
  const title = localized(x.title);
  if (title === null) return null;
  const out: Loose = { id: x.id, date: x.date, title };
  if (!optional(x, out, "summary", localized)) return null;
  if (!isId(x.category)) return null;
  out.category = x.category;
  if (!optional(x, out, "tags", stringList)) return null;
  if (!optional(x, out, "actors", actorList)) return null;
  if (!optional(x, out, "location", location)) return null;
  if (!optional(x, out, "figures", figureList)) return null;
  const sources = list(x.sources, source);
  if (sources === null || sources.length === 0) return null;
  out.sources = sources;
  if (!optional(x, out, "related", idList)) return null;
  if (!optional(x, out, "confidence", confidence)) return null;
  if (!optional(x, out, "notes", localized)) return null;
  return out as unknown as EventInput;
}

/*
 * Reusing a file's own objects. When the input is the caller's own `JSON.parse` result (nobody else
 * holds it), an event that is valid and already exactly in the output's form (only schema keys, in
 * schema order, plain objects and arrays) can be the output itself: checking it then allocates
 * nothing. Anything else, or any doubt, goes the copying way above, which decides. (Only for
 * `JSON.parse` results: arrays are taken to have no holes and no keys beside their items.)
 */

/** Each key's place in the schema's key order, from 1 (a prototype-less table: no "__proto__" surprises). */
function keyOrder(keys: readonly string[]): Record<string, number> {
  const table = Object.create(null) as Record<string, number>;
  keys.forEach((k, i) => (table[k] = i + 1));
  return table;
}
const EVENT_KEYS = keyOrder(["id", "date", "title", "summary", "category", "tags", "actors", "location", "figures", "sources", "related", "confidence", "notes"]);
/** id, date, title, category, sources */
const EVENT_REQUIRED = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 10);
const LOCATION_KEYS = keyOrder(["name", "country", "lat", "lon"]);
const FIGURE_KEYS = keyOrder(["measure", "value", "low", "high", "unit", "reportedBy", "asOf", "source"]);
/** measure, value, reportedBy */
const FIGURE_REQUIRED = (1 << 1) | (1 << 2) | (1 << 6);
const SOURCE_KEYS = keyOrder(["id", "title", "publisher", "url", "published", "accessed", "archived"]);
/** title, url */
const SOURCE_REQUIRED = (1 << 2) | (1 << 4);

const isPlainObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const isPlainArray = (x: unknown): x is unknown[] => Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype;
/** `localized`'s output is the input itself. */
const sameLocalized = (x: unknown) => x !== null && localized(x) === x;
const plainStrings = (x: unknown, ok: (item: unknown) => boolean) => isPlainArray(x) && strings(x, ok);

function plainList(x: unknown, item: (x: unknown) => boolean): boolean {
  if (!isPlainArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
  return true;
}

function sameLocation(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  let last = 0;
  for (const k in x) {
    const at = LOCATION_KEYS[k];
    if (at === undefined || at <= last) return false;
    last = at;
    const v = x[k];
    if (at === 1 ? !sameLocalized(v) : at === 2 ? !str(v, COUNTRY) : at === 3 ? latitude(v) === null : longitude(v) === null) return false;
  }
  return last >= 1 && "name" in x;
}

function sameFigure(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  let last = 0;
  let seen = 0;
  for (const k in x) {
    const at = FIGURE_KEYS[k];
    if (at === undefined || at <= last) return false;
    last = at;
    seen |= 1 << at;
    const v = x[k];
    switch (at) {
      case 1:
        if (!sameLocalized(v)) return false;
        break;
      case 2:
      case 3:
      case 4:
        if (!finite(v)) return false;
        break;
      case 5:
        if (typeof v !== "string") return false;
        break;
      case 6:
        if (!nonEmpty(v)) return false;
        break;
      case 7:
        if (!str(v, DAY)) return false;
        break;
      default:
        if (!isId(v)) return false;
    }
  }
  return (seen & FIGURE_REQUIRED) === FIGURE_REQUIRED;
}

function sameSource(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  let last = 0;
  let seen = 0;
  for (const k in x) {
    const at = SOURCE_KEYS[k];
    if (at === undefined || at <= last) return false;
    last = at;
    seen |= 1 << at;
    const v = x[k];
    switch (at) {
      case 1:
        if (!isId(v)) return false;
        break;
      case 2:
        if (!nonEmpty(v)) return false;
        break;
      case 3:
        if (typeof v !== "string") return false;
        break;
      case 4:
      case 7:
        if (!str(v, HTTP_URL)) return false;
        break;
      default:
        if (!str(v, DAY)) return false;
    }
  }
  return (seen & SOURCE_REQUIRED) === SOURCE_REQUIRED;
}

/** The event itself when it is valid and already in `fastEvent`'s output form; `null` when unsure. */
export function sameEvent(x: unknown): EventInput | null {
  if (!isPlainObject(x)) return null;
  let last = 0;
  let seen = 0;
  for (const k in x) {
    const at = EVENT_KEYS[k];
    if (at === undefined || at <= last) return null;
    last = at;
    seen |= 1 << at;
    const v = x[k];
    switch (at) {
      case 1:
      case 5:
        if (!isId(v)) return null;
        break;
      case 2:
        if (!str(v, EDTF)) return null;
        break;
      case 3:
      case 4:
      case 13:
        if (!sameLocalized(v)) return null;
        break;
      case 6:
        if (!plainStrings(v, isString)) return null;
        break;
      case 7:
        if (!plainStrings(v, nonEmpty)) return null;
        break;
      case 8:
        if (!sameLocation(v)) return null;
        break;
      case 9:
        if (!plainList(v, sameFigure)) return null;
        break;
      case 10:
        if (!plainList(v, sameSource) || (v as unknown[]).length === 0) return null;
        break;
      case 11:
        if (!plainStrings(v, isId)) return null;
        break;
      default:
        if (!CONFIDENCE_VALUES.includes(v)) return null;
    }
  }
  return (seen & EVENT_REQUIRED) === EVENT_REQUIRED ? (x as unknown as EventInput) : null;
}

/** Something enumerable on Object.prototype would show up in every `for…in`: no reuse then. */
export function prototypeIsClean(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

/**
 * What valibot's `safeParse(DatasetSchema, raw)` outputs when it succeeds, or null when it would
 * not. With `reuse` (the caller's own `JSON.parse` result: see above) the events array is new but
 * its events may be `raw`'s own.
 */
export function fastDatasetInput(raw: unknown, onProgress?: CheckProgress, reuse = false): Checked<DatasetInput> {
  if (!isObject(raw) || raw.schema !== SCHEMA_ID || !isId(raw.id)) return null;
  const title = localized(raw.title);
  const description = localized(raw.description);
  if (title === null || description === null) return null;
  if (!nonEmpty(raw.version) || !str(raw.updated, DAY) || !nonEmpty(raw.license)) return null;
  const languages = languageList(raw.languages);
  if (languages === null || languages.length === 0) return null;
  const categories = list(raw.categories, category);
  if (categories === null || categories.length === 0) return null;
  const input = raw.events;
  if (!Array.isArray(input)) return null;
  const total = input.length;
  const events: EventInput[] = new Array<EventInput>(total);
  const reusing = reuse && prototypeIsClean();
  for (let i = 0; i < total; i++) {
    const e = (reusing ? sameEvent(input[i]) : null) ?? fastEvent(input[i]);
    if (e === null) return null;
    events[i] = e;
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, total);
  }
  const out: Loose = {
    schema: SCHEMA_ID,
    id: raw.id,
    title,
    description,
    version: raw.version,
    updated: raw.updated,
    license: raw.license,
    languages,
    categories,
    events,
  };
  if (!optional(raw, out, "notes", localized)) return null;
  return out as unknown as DatasetInput;
}
