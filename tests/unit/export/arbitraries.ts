/**
 * fast-check arbitraries for valid "cronica/1" datasets with hostile text: formula starters,
 * quotes, separators, line breaks, " | ", leading quotes, BOMs, lone surrogates. Every generated
 * dataset passes `parseDataset` (the `validParsed` helper fails loudly if one does not).
 */
import fc from "fast-check";
import { parseEdtf } from "../../../src/data/dates.ts";
import type { Dataset } from "../../../src/data/model.ts";
import { formatIssue, parseDataset } from "../../../src/data/parseDataset.ts";
import { CONFIDENCE } from "../../../src/data/schema.ts";
import type { DatasetInput, EventInput, FigureInput, LocalizedText, SourceInput } from "../../../src/data/schema.ts";

const NASTY = ["=", "+", "-", "@", "'", '"', ",", ";", "\r", "\n", "\r\n", "\t", " ", " | ", "|", "\uFEFF", "a", "é", "{", "}", "\\", "%", "_", "0", "\u2028"];
const CLASSIC = ["=SUM(A1)", "+1", "-1", "@x", "'=x", "'", "''", " | ", "a | b", '"quoted"', "line1\r\nline2", " lead", "trail ", "\tTab", "null", "true", "[1]", '{"a":1}'];

/** Any string, biased towards the characters CSV, spreadsheets and our list separator care about. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.constantFrom(...CLASSIC),
);

const nonEmpty = hostileString.filter((s) => s.length > 0);
const nonBlank = hostileString.filter((s) => /\S/.test(s));

/** Dataset language lists: one language, two in either order, three with a subtag. */
const LANGUAGE_SETS: readonly (readonly string[])[] = [["en"], ["en", "es"], ["es", "en"], ["en", "es", "pt-BR"]];

const localizedCache = new Map<string, fc.Arbitrary<LocalizedText>>();

/** A plain string, a map with every language, or a partial map with extras and empty strings. */
export function localizedText(langs: readonly string[]): fc.Arbitrary<LocalizedText> {
  const key = langs.join(",");
  const cached = localizedCache.get(key);
  if (cached) return cached;
  const arb = fc.oneof(
    nonEmpty,
    // Every language, as real data has it.
    fc.tuple(...langs.map(() => nonEmpty)).map((values) => Object.fromEntries(langs.map((l, i) => [l, values[i]!]))),
    // Some languages, a language the dataset does not list, empty strings.
    fc.dictionary(fc.constantFrom(...langs, "fr"), hostileString, { minKeys: 1, maxKeys: 4 }),
  );
  localizedCache.set(key, arb);
  return arb;
}

const slug = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/);

const dayParts = fc.record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", always a real date. */
export const dayString: fc.Arbitrary<string> = fc
  .tuple(dayParts, fc.constantFrom(1, 2, 3))
  .map(([{ year, month, day }, parts]) => [pad(year, 4), pad(month), pad(Math.min(day, 28))].slice(0, parts).join("-"));

const dateTime = fc
  .record({
    d: dayParts,
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    ms: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
    zone: fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`)),
  })
  .map(({ d, h, m, s, ms, zone }) => {
    const seconds = s === undefined ? "" : `:${pad(s)}${ms === undefined ? "" : `.${ms}`}`;
    return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(h)}:${pad(m)}${seconds}${zone}`;
  });

const bound = fc.tuple(fc.oneof(dayString, dateTime), fc.constantFrom("", "", "~", "?", "%")).map(([b, q]) => b + q);

/** An event date: a point, an interval or an ongoing interval, always valid. */
export const edtf: fc.Arbitrary<string> = fc
  .oneof(bound, fc.tuple(bound, bound).map(([a, b]) => `${a}/${b}`), bound.map((a) => `${a}/..`))
  .filter((d) => parseEdtf(d).ok);

const url = fc
  .tuple(fc.constantFrom("https://", "http://", "HTTPS://"), hostileString.map((s) => s.replace(/\s/g, "")))
  .map(([scheme, path]) => `${scheme}example.org/${path}`);

/** A finite number that is not -0 (JSON cannot carry -0). */
const finite = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((x) => x + 0);

const source = fc.record(
  { id: slug, title: nonBlank, publisher: hostileString, url, published: dayString, accessed: dayString, archived: url },
  { requiredKeys: ["title", "url"] },
);

/** 1–3 sources; a repeated source id is dropped from the later source. */
const sources: fc.Arbitrary<SourceInput[]> = fc.array(source, { minLength: 1, maxLength: 3 }).map((list) => {
  const seen = new Set<string>();
  return list.map((s) => {
    if (s.id === undefined || !seen.has(s.id)) {
      if (s.id !== undefined) seen.add(s.id);
      return s;
    }
    const { id: _id, ...rest } = s;
    return rest;
  });
});

const country = fc.stringMatching(/^[A-Z]{2}$/);
const color = fc.stringMatching(/^#[0-9A-Fa-f]{6}$/);
const lat = fc.double({ min: -90, max: 90, noNaN: true }).map((x) => x + 0);
const lon = fc.double({ min: -180, max: 180, noNaN: true }).map((x) => x + 0);
/** Picks an element of a list not known yet: an index taken modulo its length. */
const pick = fc.nat();

/** A figure whose `source` is still a pick among the event's source ids. */
function figureArb(langs: readonly string[]) {
  return fc.record(
    {
      measure: localizedText(langs),
      numbers: fc.tuple(finite, finite, finite).map((xs) => [...xs].sort((a, b) => a - b) as [number, number, number]),
      useLow: fc.boolean(),
      useHigh: fc.boolean(),
      unit: hostileString,
      reportedBy: nonBlank,
      asOf: dayString,
      source: pick,
    },
    { requiredKeys: ["measure", "numbers", "useLow", "useHigh", "reportedBy"] },
  );
}

/** An event whose category and related ids are still picks (see `resolveEvent`). */
function rawEventArb(langs: readonly string[]) {
  return fc.record(
    {
      id: slug,
      date: edtf,
      title: localizedText(langs),
      summary: localizedText(langs),
      category: pick,
      tags: fc.array(hostileString, { maxLength: 3 }),
      actors: fc.array(nonBlank, { maxLength: 3 }),
      location: fc.record({ name: localizedText(langs), country, lat, lon }, { requiredKeys: ["name"] }),
      figures: fc.array(figureArb(langs), { maxLength: 3 }),
      sources,
      related: fc.array(pick, { maxLength: 3 }),
      confidence: fc.constantFrom(...CONFIDENCE),
      notes: localizedText(langs),
    },
    { requiredKeys: ["id", "date", "title", "category", "sources"] },
  );
}
type RawEvent = ReturnType<typeof rawEventArb> extends fc.Arbitrary<infer T> ? T : never;

function resolveEvent(raw: RawEvent, categoryIds: readonly string[], eventIds: readonly string[]): EventInput {
  const { category, related, figures, ...rest } = raw;
  const sourceIds = raw.sources.flatMap((s) => (s.id === undefined ? [] : [s.id]));
  const event: EventInput = { ...rest, category: categoryIds[category % categoryIds.length]! };
  if (related !== undefined) event.related = related.map((i) => eventIds[i % eventIds.length]!);
  if (figures !== undefined) {
    event.figures = figures.map(({ numbers: [low, value, high], useLow, useHigh, source, ...f }) => {
      const figure: FigureInput = { ...f, value };
      if (useLow) figure.low = low;
      if (useHigh) figure.high = high;
      if (source !== undefined && sourceIds.length > 0) figure.source = sourceIds[source % sourceIds.length]!;
      return figure;
    });
  }
  return event;
}

function categoryArb(langs: readonly string[]) {
  return fc.record({ id: slug, label: localizedText(langs), color, description: localizedText(langs) }, { requiredKeys: ["id", "label"] });
}

/** A valid dataset input with up to `maxEvents` events. */
export function datasetInputArb(maxEvents = 6): fc.Arbitrary<DatasetInput> {
  // One arbitrary per language set, built once: building arbitraries inside `chain` is slow.
  const perLanguageSet = LANGUAGE_SETS.map((langs) =>
    fc
      .record(
        {
          schema: fc.constant("cronica/1" as const),
          id: slug,
          title: localizedText(langs),
          description: localizedText(langs),
          version: nonBlank,
          updated: dayString,
          license: nonBlank,
          languages: fc.constant([...langs]),
          categories: fc.uniqueArray(categoryArb(langs), { minLength: 1, maxLength: 3, selector: (c) => c.id }),
          events: fc.uniqueArray(rawEventArb(langs), { maxLength: maxEvents, selector: (e) => e.id }),
          notes: localizedText(langs),
        },
        { requiredKeys: ["schema", "id", "title", "description", "version", "updated", "license", "languages", "categories", "events"] },
      )
      .map(({ events, ...meta }): DatasetInput => {
        const categoryIds = meta.categories.map((c) => c.id);
        const eventIds = events.map((e) => e.id);
        return { ...meta, languages: [...meta.languages], events: events.map((e) => resolveEvent(e, categoryIds, eventIds)) };
      }),
  );
  return fc.oneof(...perLanguageSet);
}

/** Parses a dataset that must be valid, failing with its issues otherwise. */
export function validParsed(raw: unknown): Dataset {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(`expected a valid dataset:\n${result.issues.map(formatIssue).join("\n")}`);
  return result.dataset;
}
