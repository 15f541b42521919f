/**
 * The view in the query string (a public contract): `lang`, `cat` (comma-separated category ids),
 * `actor` and `place` (repeated, one value each), `q`, `from`, `to` (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`), `conf` (comma-separated) and `event`. Only values that differ from the defaults
 * are written; unknown or malformed parameters are ignored and reported, never fatal.
 * `parseUrl(serializeUrl(view))` gives the view back (a property test holds us to it).
 */
import { parseDayBound } from "../data/dates.ts";
import { EMPTY_FILTERS } from "../data/filters.ts";
import type { Filters } from "../data/filters.ts";
import { CONFIDENCE } from "../data/schema.ts";
import type { Confidence } from "../data/schema.ts";
import { MAX_QUERY_CHARS } from "../data/search.ts";
import { isUiLanguage } from "../i18n/locales.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { ViewState } from "./store.ts";

export interface UrlView {
  lang?: UiLanguage;
  event?: string;
  /** Every filter, with defaults where the URL says nothing. */
  filters: Filters;
}

/** Why a parameter was ignored; the UI words it in the reader's language. */
export type IgnoreReason = "unknown" | "malformed" | "tooLong" | "repeated" | "reversed";

export interface IgnoredParam {
  name: string;
  reason: IgnoreReason;
}

export interface ParsedUrl {
  view: UrlView;
  /** Parameters that were ignored, with why, for a notice. */
  ignored: IgnoredParam[];
}

/** Parameters owned by other parts of the app (embed mode, data loading), kept as they are. */
const PASSTHROUGH = new Set(["embed", "controls", "theme", "data"]);
const MAX_PARAM_LENGTH = 2000;
const MAX_VALUES = 100;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isConfidence(v: string): v is Confidence {
  return (CONFIDENCE as readonly string[]).includes(v);
}

function validDay(v: string): boolean {
  return DAY.test(v) && parseDayBound(v) !== null;
}

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  const view: UrlView = { filters: EMPTY_FILTERS };
  const f: { -readonly [K in keyof Filters]: Filters[K] } = { ...EMPTY_FILTERS };
  const actors: string[] = [];
  const places: string[] = [];
  const ignore = (name: string, reason: IgnoreReason) => ignored.push({ name: name.slice(0, 40), reason });

  for (const [name, value] of params) {
    if (value.length > MAX_PARAM_LENGTH) {
      ignore(name, "tooLong");
      continue;
    }
    const repeatable = name === "actor" || name === "place";
    if (!repeatable && seen.has(name)) {
      ignore(name, "repeated");
      continue;
    }
    seen.add(name);
    switch (name) {
      case "lang":
        if (isUiLanguage(value)) view.lang = value;
        else ignore(name, "malformed");
        break;
      case "event":
        if (ID.test(value)) view.event = value;
        else ignore(name, "malformed");
        break;
      case "cat": {
        const ids = value.split(",").filter((v) => v !== "");
        if (ids.length > 0 && ids.length <= MAX_VALUES && ids.every((id) => ID.test(id))) f.categories = [...new Set(ids)];
        else ignore(name, "malformed");
        break;
      }
      case "conf": {
        const values = value.split(",").filter((v) => v !== "");
        if (values.length > 0 && values.every(isConfidence)) f.confidence = [...new Set(values)] as Confidence[];
        else ignore(name, "malformed");
        break;
      }
      case "actor":
      case "place": {
        const list = name === "actor" ? actors : places;
        if (value === "" || list.length >= MAX_VALUES) ignore(name, "malformed");
        else if (!list.includes(value)) list.push(value);
        break;
      }
      case "q":
        if (value.length <= MAX_QUERY_CHARS) f.query = value;
        else ignore(name, "tooLong");
        break;
      case "from":
      case "to":
        if (validDay(value)) f[name] = value;
        else ignore(name, "malformed");
        break;
      default:
        if (!PASSTHROUGH.has(name)) ignore(name, "unknown");
    }
  }
  if (actors.length > 0) f.actors = actors;
  if (places.length > 0) f.places = places;
  if (f.from !== null && f.to !== null && parseDayBound(f.from)!.start >= parseDayBound(f.to)!.end) {
    ignore("from", "reversed");
    ignore("to", "reversed");
    f.from = null;
    f.to = null;
  }
  view.filters = f;
  return { view, ignored };
}

/** The query string for a view, with only non-default values: `""` or `"?…"`. */
export function serializeUrl(view: ViewState, defaults: { lang: UiLanguage }, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (PASSTHROUGH.has(k)) params.append(k, v);
  const f = view.filters;
  if (view.lang !== defaults.lang) params.set("lang", view.lang);
  if (f.categories.length > 0) params.set("cat", f.categories.join(","));
  for (const a of f.actors) params.append("actor", a);
  for (const p of f.places) params.append("place", p);
  if (f.query !== "") params.set("q", f.query);
  if (f.from !== null) params.set("from", f.from);
  if (f.to !== null) params.set("to", f.to);
  if (f.confidence.length > 0) params.set("conf", f.confidence.join(","));
  if (view.selectedId !== null) params.set("event", view.selectedId);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The view a parsed URL describes, with defaults filled in. */
export function viewFromUrl(view: UrlView, defaults: { lang: UiLanguage }): ViewState {
  return { lang: view.lang ?? defaults.lang, selectedId: view.event ?? null, filters: view.filters };
}
