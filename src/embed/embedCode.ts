/**
 * Embed URLs and the HTML snippets that carry them. Pure: strings in, strings out, no DOM.
 *
 * Contract (STYLE.md, "Embeds are explicit"): an embed URL spells out its language, categories and
 * dates even where they equal today's defaults, so a later change of defaults (or a dataset that
 * grows new categories or events) never changes what a published embed shows.
 */
import { parseDayBound } from "../data/dates.ts";
import type { Dataset } from "../data/model.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { ViewState } from "../state/store.ts";
import { serializeUrl } from "../state/url.ts";

/** How much of the app's chrome the embed shows (`controls=`). */
export type Controls = "none" | "compact" | "full";
/** The embed's colour scheme (`theme=`); `auto` follows the reader's system. */
export type Theme = "light" | "dark" | "auto";

export const CONTROLS: readonly Controls[] = ["none", "compact", "full"];
export const THEMES: readonly Theme[] = ["light", "dark", "auto"];

/** What the person embedding chooses in the Share / Embed dialog. */
export interface EmbedOptions {
  /** iframe height in CSS pixels (see clampHeight). */
  height: number;
  lang: UiLanguage;
  controls: Controls;
  theme: Theme;
}

export const MIN_HEIGHT_PX = 320;
export const MAX_HEIGHT_PX = 2000;
export const DEFAULT_HEIGHT_PX = 600;

/** The app's own address without query or hash; the path (even `index.html`) is kept as given. */
export function appBaseUrl(href: string): string {
  try {
    const u = new URL(href);
    u.search = "";
    u.hash = "";
    return u.href;
  } catch {
    return href.replace(/[?#].*$/s, "");
  }
}

/**
 * Permalink of the full app for this view: only what differs from the defaults (like the address
 * bar), plus the `data` address when the data on screen came from the web.
 */
export function permalink(base: string, view: ViewState, dataUrl: string | null = null): string {
  const keep = new URLSearchParams();
  if (dataUrl) keep.set("data", dataUrl);
  return `${base}${serializeUrl(view, { lang: "en" }, keep)}`;
}

/** A UTC instant as the `YYYY-MM-DD` day it falls on. */
function utcDay(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/**
 * The inclusive `from`/`to` days of the view: each filter bound as written when set, else the
 * visible domain, else the dataset's extent. Both ranges end exclusively, so `to` is the day of the
 * last instant before the end. A derived bound that would cross the filter's own bound (a `from`
 * filter after the visible window) takes the filter's value, so the pair never reads as reversed.
 */
function dayRange(view: ViewState, domain: readonly [number, number] | null, dataset: Dataset): [string, string] {
  const [startMs, endMs] = domain ?? dataset.extent;
  const derivedFrom = utcDay(startMs);
  const derivedTo = utcDay(Math.max(startMs, endMs - 1));
  const { from, to } = view.filters;
  if (from !== null && to !== null) return [from, to];
  if (from !== null) return [from, ordered(from, derivedTo) ? derivedTo : from];
  if (to !== null) return [ordered(derivedFrom, to) ? derivedFrom : to, to];
  return [derivedFrom, derivedTo];
}

/** True when `from` starts before `to` ends (the test parseUrl applies). */
function ordered(from: string, to: string): boolean {
  const a = parseDayBound(from);
  const b = parseDayBound(to);
  return a === null || b === null || a.start < b.end;
}

/** The embed URL for a view; every parameter in a fixed order, so one view gives one URL. */
export function embedUrl(base: string, view: ViewState, domain: readonly [number, number] | null, dataset: Dataset, options: EmbedOptions, dataUrl: string | null = null): string {
  const f = view.filters;
  const params = new URLSearchParams();
  params.set("embed", "1");
  if (dataUrl) params.set("data", dataUrl);
  params.set("lang", options.lang);
  params.set("cat", (f.categories.length > 0 ? f.categories : dataset.categories.map((c) => c.id)).join(","));
  for (const a of f.actors) params.append("actor", a);
  for (const p of f.places) params.append("place", p);
  if (f.query !== "") params.set("q", f.query);
  const [from, to] = dayRange(view, domain, dataset);
  params.set("from", from);
  params.set("to", to);
  if (f.confidence.length > 0) params.set("conf", f.confidence.join(","));
  if (view.selectedId !== null) params.set("event", view.selectedId);
  params.set("controls", options.controls);
  params.set("theme", options.theme);
  return `${base}?${params.toString()}`;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for a double-quoted HTML attribute value. */
function attr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function iframeTag(url: string, title: string, height: number, extra: string): string {
  return `<iframe src="${attr(url)}" width="100%" height="${clampHeight(height)}" title="${attr(title)}" loading="lazy" style="border:0"${extra}></iframe>`;
}

/** A script-free iframe: survives sanitizers (LMS, CMS) that strip `<script>`. */
export function iframeSnippet(url: string, title: string, height: number): string {
  return iframeTag(url, title, height, "");
}

/** The iframe marked for `embed.js`, which resizes it to its content, followed by that script. */
export function responsiveSnippet(url: string, title: string, height: number, scriptUrl: string): string {
  return `${iframeTag(url, title, height, " data-cronica-embed")}\n<script src="${attr(scriptUrl)}" async></script>`;
}

/** A usable iframe height: an integer in 320..2000 px; 600 when the input is not a number. */
export function clampHeight(n: number): number {
  if (Number.isNaN(n)) return DEFAULT_HEIGHT_PX;
  return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(n)));
}
