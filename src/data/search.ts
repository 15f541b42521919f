/**
 * Free-text search: accent- and case-insensitive substring matching over one pre-normalized
 * "haystack" per event, plus highlight ranges in the original text. Everything here is pure.
 */
import type { PoliticalEvent } from "./model.ts";
import type { LocalizedText } from "./schema.ts";

/** A query longer than this is cut, so a pasted essay cannot make every keystroke slow. */
export const MAX_QUERY_CHARS = 200;
/** At most this many terms are kept from a query. */
export const MAX_QUERY_TERMS = 20;

const MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Case- and accent-folds text without collapsing whitespace. The second NFD catches lower-case
 * forms that decompose (İ → i + U+0307). Final sigma (ς) is folded to σ because `toLowerCase`
 * picks it from context, and folding keeps one character's result independent of its neighbours —
 * which `highlightRanges` relies on when it folds character by character.
 */
function fold(s: string): string {
  return s.normalize("NFD").toLowerCase().normalize("NFD").replace(MARKS, "").replace(/ς/gu, "σ");
}

const NON_ASCII_RUN = /[^\0-\x7f]+/g;
/** Folded non-ASCII runs ("é", "ñ", "ción" parts): real text repeats a few of them endlessly. */
const foldedRuns = new Map<string, string>();
const MAX_FOLDED_RUNS = 10_000;

function foldRun(run: string): string {
  let out = foldedRuns.get(run);
  if (out === undefined) {
    if (foldedRuns.size >= MAX_FOLDED_RUNS) foldedRuns.clear();
    out = fold(run);
    foldedRuns.set(run, out);
  }
  return out;
}

/**
 * `fold`, without the cost of NFD on the ASCII most text is made of. Folding text piecewise, at
 * ASCII / non-ASCII boundaries, gives the same result: an ASCII character neither decomposes nor
 * reorders with marks (its combining class is 0), its lower case is one ASCII character, and the one
 * context-dependent lower-casing (final sigma) is undone by the ς → σ fold.
 */
function foldFast(s: string): string {
  let out = "";
  let at = 0;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(s); m !== null; m = NON_ASCII_RUN.exec(s)) {
    out += s.slice(at, m.index).toLowerCase() + foldRun(m[0]);
    at = m.index + m[0].length;
  }
  return at === 0 ? s.toLowerCase() : out + s.slice(at).toLowerCase();
}

/** Lower-case, strip accents/diacritics (NFD + remove \p{M}), collapse whitespace. "González" -> "gonzalez", "DETENCIÓN" -> "detencion". */
export function normalizeText(s: string): string {
  return foldFast(s).replace(WHITESPACE_RUN, " ").trim();
}

/**
 * The search terms of a query: normalized, split on whitespace, empties and repeats dropped. The
 * normalized query is cut to its first 200 characters (code points) and to its first 20 terms.
 */
export function queryTerms(query: string): string[] {
  const capped = Array.from(normalizeText(query)).slice(0, MAX_QUERY_CHARS).join("");
  const terms: string[] = [];
  for (const term of capped.split(" ")) {
    if (term === "" || terms.includes(term)) continue;
    terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** Normalized search text per event, built once per dataset. */
export interface SearchIndex {
  /** one normalized haystack per event id */
  get(id: string): string | undefined;
}

/** Adds `value`'s text in every language to `parts`. */
function addLanguages(parts: string[], value: LocalizedText | undefined): void {
  if (value === undefined) return;
  if (typeof value === "string") parts.push(value);
  else for (const v of Object.values(value)) parts.push(v);
}

/**
 * The normalized text an event is searched by: title, summary and place in every language, actors
 * and source publishers. Fields are joined by a space, and terms never contain one, so no term
 * matches across two fields.
 */
export function eventHaystack(e: PoliticalEvent): string {
  // One array, no spreads: this runs for every event of a dataset while it is prepared.
  const parts: string[] = [];
  addLanguages(parts, e.title);
  addLanguages(parts, e.summary);
  if (e.actors !== undefined) for (const actor of e.actors) parts.push(actor);
  addLanguages(parts, e.location?.name);
  for (const source of e.sources) parts.push(source.publisher ?? "");
  return normalizeText(parts.join(" "));
}

export function buildSearchIndex(events: readonly PoliticalEvent[]): SearchIndex {
  const haystacks = new Map<string, string>();
  for (const e of events) haystacks.set(e.id, eventHaystack(e));
  return { get: (id) => haystacks.get(id) };
}

/** Every term is a substring of the haystack (AND); no terms match everything. */
export function matchesQuery(haystack: string, terms: readonly string[]): boolean {
  // A plain loop: this runs for every event on every keystroke.
  for (let i = 0; i < terms.length; i++) if (!haystack.includes(terms[i]!)) return false;
  return true;
}

/**
 * The folded text of `text` with, for every UTF-16 unit of it, the range of `text` it came from.
 * Folding is done one code point at a time, so a unit always maps to whole code points; a code
 * point that folds to nothing (a combining mark) widens the previous unit's range, so a highlight
 * never splits "e" from its accent. A whitespace run folds to one space covering the whole run.
 */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let pos = 0;
  for (const cp of text) {
    const start = pos;
    pos += cp.length;
    const out = fold(cp).replace(WHITESPACE_RUN, " ");
    // Every unit that ended where this mark starts (the previous character's) now ends after it.
    if (out === "") for (let k = to.length - 1; k >= 0 && to[k] === start; k--) to[k] = pos;
    for (const ch of out) {
      if (ch === " " && folded.endsWith(" ")) {
        to[to.length - 1] = pos;
        continue;
      }
      folded += ch;
      // An astral code point is two UTF-16 units; both map to the same original range.
      for (let k = 0; k < ch.length; k++) {
        from.push(start);
        to.push(pos);
      }
    }
  }
  return { folded, from, to };
}

/** Ranges [start, end) in the ORIGINAL text where any term matches, accent- and case-insensitively, merged and sorted — for highlighting. Must map normalized positions back to original string positions correctly even when a character decomposes (é = e + combining mark) */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const needles = [...new Set(terms.map(normalizeText))].filter((t) => t !== "");
  if (needles.length === 0 || text === "") return [];
  const { folded, from, to } = foldWithMap(text);
  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      found.push([from[at] ?? 0, to[at + needle.length - 1] ?? text.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
