/**
 * Maps a TimelineJS 3 timeline (`{title?, events: [{start_date, end_date?, text?, group?, media?,
 * unique_id?}], eras?}`) to "cronica/1". TimelineJS text is HTML; Cronica keeps plain text only,
 * made here by string processing (no DOMParser, no innerHTML), so this runs in a Worker and in Node.
 *
 * - Dates: year → `YYYY`, month → `YYYY-MM`, day → `YYYY-MM-DD`, with an hour → a date-time in UTC
 *   (`…T10:30Z`). TimelineJS times carry no zone, so they are read as UTC and the event says so
 *   in its notes. `end_date` makes an interval.
 * - Sources: `media.url` when it is an http(s) link, then the links in the text. An event with
 *   neither is reported (Cronica needs a source for every event); the rest load as `partial`.
 * - Groups become categories (events without one go to "general").
 * - Eras and backgrounds are not imported: Cronica has no eras, and backgrounds are decoration.
 */
import { daysInMonth, parseEdtf } from "../dates.ts";
import { safeHref } from "../safeUrl.ts";
import type { CategoryInput, EventInput, SourceInput } from "../schema.ts";
import { assembleImport, importIssue, isSlug, slugify, uniqueId } from "./types.ts";
import type { ImportIssue, ImportResult, MappedEvent } from "./types.ts";

export interface TimelineJsOptions {
  /** Overrides the title slide's headline as the dataset title. */
  title?: string;
  /** The language the timeline is written in; "und" (undetermined) when not given. */
  language?: string;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "");

// ---------- HTML → plain text ----------

const NAMED_ENTITIES = new Map(
  Object.entries({
    amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", hellip: "…",
    lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", iexcl: "¡", iquest: "¿",
    aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú", ntilde: "ñ", uuml: "ü", ccedil: "ç",
    Aacute: "Á", Eacute: "É", Iacute: "Í", Oacute: "Ó", Uacute: "Ú", Ntilde: "Ñ", Uuml: "Ü", Ccedil: "Ç",
    agrave: "à", egrave: "è", ograve: "ò", atilde: "ã", otilde: "õ", acirc: "â", ecirc: "ê", ocirc: "ô",
    euro: "€", copy: "©", reg: "®", deg: "°", middot: "·", bull: "•", times: "×", ordm: "º", ordf: "ª",
  }),
);
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(n);
}

/** Decodes character references in one pass, so `&amp;lt;` becomes `&lt;`, not `<`. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    return NAMED_ENTITIES.get(name ?? "") ?? whole;
  });
}

/** Elements whose content is never text for a reader. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "iframe", "object", "textarea", "title"]);
const LINE_BREAK = new Set(["br", "li", "tr", "dt", "dd"]);
const PARAGRAPH_BREAK = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "section", "article", "header", "footer", "table", "pre", "figure", "hr"]);
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const [GT, SLASH, BANG, QUESTION, EQUALS, DQUOTE, SQUOTE] = [0x3e, 0x2f, 0x21, 0x3f, 0x3d, 0x22, 0x27] as const;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

interface Scanned {
  /** The text with tags removed and breaks inserted; entities not yet decoded. */
  text: string;
  /** `<a href>` targets (raw) and their link text (raw). */
  links: { href: string; text: string }[];
}

/**
 * One pass over HTML, linear in its length (no backtracking regexes, so a hostile file cannot stall
 * the import). `original` is the first pass over the author's HTML: hidden elements vanish with
 * their content, an unclosed tag at the end swallows the rest (as in a browser), links are
 * collected. The second pass, over decoded text, only strips tags and keeps anything unclosed.
 */
function scanHtml(html: string, original: boolean): Scanned {
  const out: string[] = [];
  const links: Scanned["links"] = [];
  let link: { href: string; from: number } | null = null;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    i = lt + 1;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const closing = next === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      if (next === BANG || next === QUESTION) {
        const end = html.indexOf(">", lt);
        i = end < 0 ? n : end + 1;
      } else out.push("<");
      continue;
    }
    let j = nameStart;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== SLASH && html.charCodeAt(j) !== GT) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const attributesStart = j;
    // The tag ends at the first ">" outside a quoted attribute value (a quote opens one after "=").
    let quote = 0;
    let previous = 0;
    for (; j < n; j++) {
      const c = html.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if ((c === DQUOTE || c === SQUOTE) && previous === EQUALS) quote = c;
      else if (c === GT) break;
      if (!isSpace(c)) previous = c;
    }
    if (j >= n) {
      if (!original) out.push(html.slice(lt));
      break;
    }
    i = j + 1;
    if (original && !closing && HIDDEN.has(name)) {
      const closer = new RegExp(`</${name}[\\s/>]`, "gi");
      closer.lastIndex = i;
      const end = closer.exec(html);
      const gt = end ? html.indexOf(">", end.index) : -1;
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (LINE_BREAK.has(name)) out.push("\n");
    else if (PARAGRAPH_BREAK.has(name)) out.push("\n\n");
    if (original && name === "a") {
      if (closing && link) links.push({ href: link.href, text: out.slice(link.from).join("") });
      const href = closing ? null : HREF.exec(` ${html.slice(attributesStart, j)}`);
      link = href ? { href: href[1] ?? href[2] ?? href[3] ?? "", from: out.length } : null;
    }
  }
  return { text: out.join(""), links };
}

/** Decoded, tag-free, whitespace-collapsed text from the first pass's output. */
function finishText(scanned: string): string {
  const decoded = decodeEntities(scanned);
  // Tags that only appear after decoding (`&lt;b&gt;`) were escaped by the author; drop them too.
  const stripped = decoded.includes("<") ? scanHtml(decoded, false).text : decoded;
  return stripped
    .replace(/<(?=[A-Za-z/!?])/g, "< ")
    .replace(CONTROL, "")
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A trimmed http(s) URL that Cronica's schema accepts, or null. */
function httpUrl(raw: string): string | null {
  const url = raw.trim();
  return /^https?:\/\/\S+$/i.test(url) && safeHref(url) !== null ? url : null;
}

/** An HTML fragment's plain text, and its http(s) links as sources (titled by link text, else host). */
export function readHtml(html: string): { text: string; links: SourceInput[] } {
  // Source whitespace (newlines included) is one space in HTML; breaks come from tags only.
  const scanned = scanHtml(html.replace(/\s+/g, " "), true);
  const links: SourceInput[] = [];
  for (const link of scanned.links) {
    const url = httpUrl(decodeEntities(link.href));
    if (url === null) continue;
    const title = finishText(link.text).replace(/\s+/g, " ").slice(0, 300) || new URL(url).hostname || "Link";
    links.push({ title, url });
  }
  return { text: finishText(scanned.text), links };
}

/**
 * HTML → plain text: drops scripts, styles and comments with their content, turns `<br>` into a line
 * break and block elements into paragraph breaks, strips every other tag, decodes entities and
 * collapses whitespace. Never returns markup: tags that only appear after decoding (`&lt;b&gt;`) are
 * stripped too, and any `<` left before a letter, `/`, `!` or `?` gets a space after it.
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** The http(s) links in an HTML fragment. */
export function linksIn(html: string): SourceInput[] {
  return readHtml(html).links;
}

// ---------- Dates ----------

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

type DatePart = "year" | "month" | "day" | "hour" | "minute" | "second";
const RANGES: Record<DatePart, [number, number]> = { year: [0, 9999], month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59] };

/** A TimelineJS date as EDTF, or its problems; `hasTime` when an hour was given. */
type TlDate = { ok: true; edtf: string; hasTime: boolean; display: string } | { ok: false; issues: ImportIssue[] };

function readDate(value: Obj, path: string, where: { index: number }): TlDate {
  const issues: ImportIssue[] = [];
  const num = (part: DatePart): number | undefined => {
    const v = value[part];
    if (v === undefined || v === null || v === "") return undefined;
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d{1,9}\s*$/.test(v) ? Number(v) : NaN;
    const [min, max] = RANGES[part];
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    const found = typeof v === "string" ? v.slice(0, 40) : typeof v === "number" ? String(v) : typeof v;
    issues.push(importIssue("tlBadDatePart", { ...where, path: `${path}.${part}` }, { part, min, max, found }));
    return undefined;
  };
  const year = num("year");
  const month = num("month");
  let day = num("day");
  const hour = num("hour");
  const minute = num("minute");
  const second = num("second");
  if (year === undefined && issues.length === 0) issues.push(importIssue("tlNoStart", { ...where, path: `${path}.year` }));
  if (year !== undefined && month !== undefined && day !== undefined && day > daysInMonth(year, month)) {
    issues.push(importIssue("tlBadDatePart", { ...where, path: `${path}.day` }, { part: "day", min: 1, max: daysInMonth(year, month), found: day }));
    day = undefined;
  }
  if (issues.length > 0 || year === undefined) return { ok: false, issues };
  // A finer part without the coarser one (a day without a month) cannot be placed; it is dropped.
  let edtf = pad(year, 4);
  if (month !== undefined) {
    edtf += `-${pad(month)}`;
    if (day !== undefined) edtf += `-${pad(day)}`;
  }
  const hasTime = month !== undefined && day !== undefined && hour !== undefined;
  if (hasTime) edtf += `T${pad(hour)}:${pad(minute ?? 0)}${second === undefined ? "" : `:${pad(second)}`}Z`;
  return { ok: true, edtf, hasTime, display: str(value.display_date).trim() };
}

// ---------- Events ----------

/** The first line of a text, cut to about `max` characters at a word boundary. */
function headlineFrom(text: string, max = 120): string {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const MAX_SOURCES = 20;

interface Context {
  ids: Map<string, number>;
  categoryOfLabel: Map<string, CategoryInput>;
  categoryById: Map<string, CategoryInput>;
  skipped: ImportIssue[];
}

function categoryFor(group: string, ctx: Context): string {
  const label = group === "" ? "General" : group;
  const known = ctx.categoryOfLabel.get(label);
  if (known) return known.id;
  const id = slugify(label) || `group-${ctx.categoryById.size + 1}`;
  let category = ctx.categoryById.get(id);
  if (!category) {
    category = { id, label };
    ctx.categoryById.set(id, category);
  }
  ctx.categoryOfLabel.set(label, category);
  return category.id;
}

function mapEvent(item: unknown, index: number, ctx: Context): MappedEvent {
  const base = `events[${index}]`;
  if (!isObj(item)) {
    return { issues: [importIssue("invalid", { index, path: base }, { detail: "is not a TimelineJS event (expected an object)" })] };
  }
  const text = isObj(item.text) ? item.text : {};
  const media = isObj(item.media) ? item.media : {};
  const body = readHtml(str(text.text));
  const summary = body.text;
  const caption = htmlToText(str(media.caption));
  const credit = htmlToText(str(media.credit));
  const title =
    headlineFrom(htmlToText(str(text.headline)).replace(/\s+/g, " "), 200) || headlineFrom(summary) || headlineFrom(caption.replace(/\s+/g, " "));

  const issues: ImportIssue[] = [];
  const start = isObj(item.start_date) ? readDate(item.start_date, `${base}.start_date`, { index }) : undefined;
  if (!start) issues.push(importIssue("tlNoStart", { index, path: `${base}.start_date` }));
  else if (!start.ok) issues.push(...start.issues);
  const endDate = isObj(item.end_date) && item.end_date.year !== undefined && item.end_date.year !== "" ? item.end_date : undefined;
  const end = endDate ? readDate(endDate, `${base}.end_date`, { index }) : undefined;
  if (end && !end.ok) issues.push(...end.issues);

  // "2024-07-28-protests-in-caracas", unless the file gives a unique_id; dates before ids, so that
  // generated ids read like the bundled dataset's, and every problem is then tagged with the id.
  const uid = str(item.unique_id).trim();
  const fromUid = isSlug(uid) ? uid : slugify(uid, 100);
  const day = start?.ok ? start.edtf.slice(0, 10) : "";
  const generated = [day, slugify(title)].filter((s) => s !== "").join("-") || `event-${index + 1}`;
  const id = uniqueId(fromUid || generated, ctx.ids);
  if (fromUid !== "" && id !== fromUid) ctx.skipped.push(importIssue("tlDuplicateId", { index, id, path: `${base}.unique_id` }, { id: fromUid, newId: id }));
  for (const issue of issues) issue.id = id;
  const where = { index, id };
  if (title === "") issues.push(importIssue("tlNoTitle", { ...where, path: `${base}.text.headline` }));

  const sources: SourceInput[] = [];
  const mediaUrl = httpUrl(str(media.url));
  if (mediaUrl !== null) {
    const sourceTitle = caption.replace(/\s+/g, " ").slice(0, 300) || credit.replace(/\s+/g, " ").slice(0, 300) || "Media";
    sources.push({ title: sourceTitle, url: mediaUrl, ...(credit !== "" && !sourceTitle.startsWith(credit) ? { publisher: credit } : {}) });
  }
  // Links in the text are sources too; a handful is plenty (a text with thousands is not a citation list).
  for (const link of body.links) {
    if (sources.length >= MAX_SOURCES) break;
    if (!sources.some((s) => s.url === link.url)) sources.push(link);
  }
  if (sources.length === 0) issues.push(importIssue("tlNoSource", { ...where, path: `${base}.media.url` }, { headline: title }));

  const category = categoryFor(htmlToText(str(item.group)).replace(/\s+/g, " ").slice(0, 200), ctx);
  if (issues.length > 0 || !start?.ok) return { issues };

  const date = end?.ok ? `${start.edtf}/${end.edtf}` : start.edtf;
  const checked = parseEdtf(date);
  if (!checked.ok) return { issues: [importIssue("invalid", { ...where, path: `${base}.end_date` }, { detail: checked.message })] };
  const notes = [
    start.display !== "" ? `Shown in TimelineJS as "${start.display.slice(0, 200)}".` : "",
    start.hasTime || (end?.ok === true && end.hasTime) ? "TimelineJS gives times without a time zone; they were read as UTC." : "",
  ].filter((s) => s !== "").join(" ");
  const event: EventInput = {
    id,
    date,
    title,
    category,
    sources,
    ...(summary !== "" ? { summary } : {}),
    ...(notes !== "" ? { notes } : {}),
  };
  return { event };
}

/** Maps a parsed TimelineJS JSON value; never throws. */
export function importTimelineJs(raw: unknown, opts: TimelineJsOptions = {}): ImportResult {
  if (!isObj(raw) || !Array.isArray(raw.events)) {
    return { ok: false, issues: [importIssue("invalid", { path: "events" }, { detail: 'is not a TimelineJS timeline: expected an object with an "events" list' })] };
  }
  const ctx: Context = { ids: new Map(), categoryOfLabel: new Map(), categoryById: new Map(), skipped: [] };
  const mapped = raw.events.map((item, index) => mapEvent(item, index, ctx));
  if (Array.isArray(raw.eras) && raw.eras.length > 0) ctx.skipped.push(importIssue("tlErasIgnored", { path: "eras" }, { count: raw.eras.length }));

  const slide = isObj(raw.title) && isObj(raw.title.text) ? raw.title.text : {};
  const title = opts.title?.trim() || headlineFrom(htmlToText(str(slide.headline)), 200) || "Imported TimelineJS timeline";
  const description = htmlToText(str(slide.text)) || "Imported from a TimelineJS file.";
  return assembleImport(
    {
      id: slugify(title) || "timelinejs-import",
      title,
      description,
      license: "not stated in the TimelineJS file",
      languages: [opts.language ?? "und"],
      notes: "Imported from TimelineJS. Times without a zone were read as UTC; eras and backgrounds were not imported.",
    },
    mapped,
    [...ctx.categoryById.values()],
    ctx.skipped,
  );
}
