/**
 * The view in the query string (a public contract): only values that differ from the defaults are
 * written; unknown or malformed parameters are ignored and reported, never fatal.
 */
import { isUiLanguage } from "../i18n/locales.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { ViewState } from "./store.ts";

export interface UrlView {
  lang?: UiLanguage;
  event?: string;
}

export interface ParsedUrl {
  view: UrlView;
  /** Parameters that were ignored, with why, for a notice. */
  ignored: { name: string; reason: string }[];
}

/** Parameters owned by other parts of the app (embed mode, data loading) and kept as they are. */
const PASSTHROUGH = new Set(["embed", "controls", "theme", "data"]);
const MAX_PARAM_LENGTH = 2000;
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const view: UrlView = {};
  const ignored: ParsedUrl["ignored"] = [];
  for (const [name, value] of params) {
    if (value.length > MAX_PARAM_LENGTH) {
      ignored.push({ name, reason: "too long" });
      continue;
    }
    if (name === "lang") {
      if (isUiLanguage(value)) view.lang = value;
      else ignored.push({ name, reason: `unknown language "${value.slice(0, 20)}"` });
    } else if (name === "event") {
      if (EVENT_ID.test(value)) view.event = value;
      else ignored.push({ name, reason: "not an event id" });
    } else if (!PASSTHROUGH.has(name)) {
      ignored.push({ name: name.slice(0, 40), reason: "unknown parameter" });
    }
  }
  return { view, ignored };
}

/** The query string for a view, with only non-default values; `""` or `"?…"`. */
export function serializeUrl(view: ViewState, defaults: { lang: UiLanguage }, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (PASSTHROUGH.has(k)) params.set(k, v);
  if (view.lang !== defaults.lang) params.set("lang", view.lang);
  if (view.selectedId !== null) params.set("event", view.selectedId);
  const s = params.toString();
  return s ? `?${s}` : "";
}
