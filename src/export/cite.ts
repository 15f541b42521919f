/**
 * How to cite a dataset version and the view of it: APA 7, BibTeX and CSL-JSON. The data changes
 * between versions and the app is not an archive, so every form carries the access date and the
 * permalink (APA 7 asks for a retrieval date for unarchived content that changes). Pure: the
 * access date is passed in. Dates are UTC calendar days.
 */
import type { Dataset } from "../data/model.ts";
import { textOf } from "../data/text.ts";

/** The author of every dataset: the format has no author field. */
export const CITATION_AUTHOR = "Cronica contributors";
/** Who publishes the data: the app it is read in. */
export const CITATION_PUBLISHER = "Cronica";

/** Options of `citation`. */
export interface CitationOptions {
  /** A link that reopens this view. */
  permalink: string;
  /** When the data was read (its UTC day is used). */
  accessed: Date;
  lang: "en" | "es";
  /** A short description of the view's filters ("Protest, July 2024"); omit for the whole dataset. */
  filtersSummary?: string;
}

/** The three citation forms, as text ready to copy. */
export interface Citation {
  apa: string;
  bibtex: string;
  cslJson: string;
}

const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};

const WORDS = {
  en: { version: "Version", dataSet: "Data set", view: "view", retrieved: (d: string) => `Retrieved ${d}, from`, accessed: "accessed" },
  es: { version: "Versión", dataSet: "Conjunto de datos", view: "vista", retrieved: (d: string) => `Recuperado el ${d}, de`, accessed: "consultado" },
};

/** [year, month, day] of an instant in UTC. */
function utcParts(date: Date): [number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** "2024-09-01" */
function isoDay([y, m, d]: [number, number, number]): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "September 1, 2024" / "1 de septiembre de 2024" */
function longDay([y, m, d]: [number, number, number], lang: "en" | "es"): string {
  const month = MONTHS[lang][m - 1]!;
  return lang === "en" ? `${month} ${d}, ${y}` : `${d} de ${month} de ${y}`;
}

/** The `updated` day ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as CSL date parts. */
function updatedParts(updated: string): number[] {
  return updated.split("-").map(Number);
}

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes the characters BibTeX and LaTeX treat specially. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/**
 * A URL inside `\url{…}`: braces and backslashes are percent-encoded (the same URL), and % and #
 * are escaped, which `\url` accepts inside a macro argument.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/[%#]/g, (c) => `\\${c}`);
}

/** Citations of the dataset version (and the view, when `filtersSummary` is given). */
export function citation(dataset: Dataset, opts: CitationOptions): Citation {
  const { permalink, lang, filtersSummary } = opts;
  const w = WORDS[lang];
  const title = textOf(dataset.title, lang, dataset.languages[0] ?? lang);
  const year = dataset.updated.slice(0, 4);
  const accessed = utcParts(opts.accessed);
  const view = filtersSummary ? filtersSummary.trim() : "";

  const description = view ? `${w.dataSet}; ${w.view}: ${view}` : w.dataSet;
  const apa = `${CITATION_AUTHOR}. (${year}). ${title} (${w.version} ${dataset.version}) [${description}]. ${CITATION_PUBLISHER}. ${w.retrieved(longDay(accessed, lang))} ${permalink}`;

  const key = `cronica-${dataset.id}-${dataset.version.replace(/[^A-Za-z0-9._-]+/g, "-")}`;
  const note = [`${w.version} ${dataset.version}`, `${w.accessed} ${isoDay(accessed)}`, ...(view ? [`${w.view}: ${view}`] : [])].join("; ");
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${escapeBibtex(CITATION_AUTHOR)}}},`,
    `  title = {{${escapeBibtex(title)}}},`,
    `  year = {${escapeBibtex(year)}},`,
    `  publisher = {${escapeBibtex(CITATION_PUBLISHER)}},`,
    `  howpublished = {\\url{${bibtexUrl(permalink)}}},`,
    `  note = {${escapeBibtex(note)}}`,
    "}",
  ].join("\n");

  const item = {
    id: key,
    type: "dataset",
    title,
    version: dataset.version,
    author: [{ literal: CITATION_AUTHOR }],
    publisher: CITATION_PUBLISHER,
    issued: { "date-parts": [updatedParts(dataset.updated)] },
    accessed: { "date-parts": [accessed] },
    URL: permalink,
    language: lang,
    ...(view ? { note: `${w.view}: ${view}` } : {}),
  };
  return { apa, bibtex, cslJson: JSON.stringify([item], null, 2) };
}
