/**
 * Property-based fuzzing of everything that reads outside input: the loader (`loadText`, which runs
 * every importer), the URL parser, the embed's command parser, and the exporters. No exception ever
 * escapes, and each returns a well-formed answer. (The exporters' round trips live in
 * tests/unit/export; the importers' contracts in tests/unit/import/properties.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDayBound } from "../../../src/data/dates.ts";
import { loadText } from "../../../src/data/load/loadText.ts";
import type { LoadOutcome } from "../../../src/data/load/loadText.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { CONFIDENCE } from "../../../src/data/schema.ts";
import { MAX_QUERY_CHARS } from "../../../src/data/search.ts";
import { applyCommand, parseCommand } from "../../../src/embed/commands.ts";
import { citation } from "../../../src/export/cite.ts";
import { eventsToCsv } from "../../../src/export/csv.ts";
import { eventsToGeoJson } from "../../../src/export/geojson.ts";
import { datasetToJson } from "../../../src/export/json.ts";
import { composeExportSvg, escapeXml } from "../../../src/export/svg.ts";
import { UI_LANGUAGES } from "../../../src/i18n/locales.ts";
import { createTimelineStore } from "../../../src/state/store.ts";
import { parseUrl, serializeUrl, viewFromUrl } from "../../../src/state/url.ts";
import type { UrlView } from "../../../src/state/url.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { datasetInputArb, hostileString, validParsed } from "../export/arbitraries.ts";
import { BAD_URLS, MARKUP } from "../../fixtures/hostile/payloads.ts";

const RUNS = { numRuns: 3000 };
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Strings that matter to parsers: markup, URL payloads, JSON and CSV punctuation, Object members. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(...MARKUP, ...BAD_URLS, "__proto__", "constructor", "prototype", "toString", "NaN", "Infinity", "-0", "1e999", "\uFEFF", "\u0000", "0000-00-00", "+275760-09-13", "2024-02-30", "", " "),
);

/** A loader outcome is well formed: a dataset that parses, or problems that each say something. */
function expectWellFormed(outcome: LoadOutcome): void {
  if (outcome.ok) {
    expect(outcome.dataset.events.length).toBe(outcome.dataset.eventById.size);
    return;
  }
  expect(outcome.issues.length).toBeGreaterThan(0);
  for (const issue of outcome.issues) expect(issue.message).not.toBe("");
}

/** Every [path, parent, key] in the fixture, to break one place at a time. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => places((value as Record<string | number, unknown>)[k], [...path, k]))];
}
const FIXTURE_PLACES = places(validDataset()).filter((p) => p.length > 0);

/** The fixture with one place replaced by `value`, or deleted when `value` is undefined. */
function mutate(path: (string | number)[], value: unknown): unknown {
  const copy = validDataset() as unknown as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe("loadText never throws (3000 runs each)", () => {
  it("on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), nasty), (text) => expectWellFormed(loadText(text))), RUNS);
  });

  it("on any JSON text", () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v) ?? "null")), (text) => expectWellFormed(loadText(text))), RUNS);
  });

  it("on a valid dataset with one place broken (any JSON value, a hostile string, or deleted)", () => {
    const replacement = fc.oneof(fc.jsonValue(), nasty, fc.constant(undefined), fc.constant({ __proto__: null, polluted: 1 }));
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_PLACES), replacement, fc.boolean(), (path, value, bom) => {
        const text = (bom ? "\uFEFF" : "") + JSON.stringify(mutate(path, value));
        const outcome = loadText(text);
        expectWellFormed(outcome);
        // Whatever loads passes the validator on its own.
        if (outcome.ok) expect(parseDataset(JSON.parse(JSON.stringify({ ...outcome.dataset, eventById: undefined, categoryById: undefined }))).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("on a valid dataset with hostile keys spliced in (__proto__, constructor, prototype) anywhere", () => {
    const base = JSON.stringify(validDataset());
    const braces = [...base.matchAll(/\{/g)].map((m) => m.index);
    fc.assert(
      fc.property(fc.constantFrom(...braces), fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue(), (at, key, value) => {
        const text = `${base.slice(0, at + 1)}${JSON.stringify(key)}:${JSON.stringify(value) ?? "null"},${base.slice(at + 1)}`;
        expectWellFormed(loadText(text));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("on CSV-looking text under either header", () => {
    const header = fc.constantFrom("id,date,start,end,precision,category,title,source_urls,source_titles", "event_id_cnty,event_date,event_type,actor1,source,notes,latitude,longitude");
    const cell = fc.oneof(nasty.map((s) => `"${s.replace(/"/g, '""')}"`), fc.string({ maxLength: 8 }).map((s) => s.replace(/[",\r\n]/g, "")));
    const rows = fc.array(fc.array(cell, { maxLength: 10 }).map((r) => r.join(",")), { maxLength: 6 });
    fc.assert(fc.property(header, rows, (h, r) => expectWellFormed(loadText([h, ...r].join("\r\n")))), RUNS);
  });
});

/** A valid view: what the rest of the app may rely on after parseUrl, whatever the address said. */
function expectValidView(view: UrlView): void {
  if (view.lang !== undefined) expect(UI_LANGUAGES).toContain(view.lang);
  if (view.event !== undefined) expect(view.event).toMatch(ID);
  const f = view.filters;
  for (const id of f.categories) expect(id).toMatch(ID);
  expect(new Set(f.categories).size).toBe(f.categories.length);
  for (const list of [f.actors, f.places]) {
    expect(list.length).toBeLessThanOrEqual(100);
    expect(new Set(list).size).toBe(list.length);
    for (const v of list) expect(v).not.toBe("");
  }
  expect(f.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  for (const c of f.confidence) expect(CONFIDENCE).toContain(c);
  const from = f.from === null ? null : parseDayBound(f.from);
  const to = f.to === null ? null : parseDayBound(f.to);
  if (f.from !== null) expect(from).not.toBeNull();
  if (f.to !== null) expect(to).not.toBeNull();
  if (from && to) expect(from.start).toBeLessThan(to.end);
}

describe("parseUrl never throws and always returns a valid view (3000 runs each)", () => {
  const name = fc.oneof(fc.constantFrom("lang", "event", "cat", "actor", "place", "q", "from", "to", "conf", "embed", "controls", "theme", "data"), fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor"));
  const value = fc.oneof(
    nasty,
    fc.constantFrom("en", "es", "fr", "EN", "release", "release,protest", "a,,b", ",", "2024", "2024-07", "2024-07-28", "2024-13", "9999-12-31", "0000", "confirmed,disputed", "sure"),
    fc.string({ minLength: 190, maxLength: 260 }),
    fc.constant("x".repeat(2500)),
  );
  const search = fc.array(fc.tuple(name, value), { maxLength: 12 }).map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}`);

  it("on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (s) => expectValidView(parseUrl(s).view)), RUNS);
  });

  it("on any list of parameters, known or not; every ignored one is named and has a reason", () => {
    fc.assert(
      fc.property(search, (s) => {
        const { view, ignored } = parseUrl(s);
        expectValidView(view);
        for (const p of ignored) {
          expect(p.name.length).toBeLessThanOrEqual(40);
          expect(["unknown", "malformed", "tooLong", "repeated", "reversed"]).toContain(p.reason);
        }
      }),
      RUNS,
    );
  });

  it("what it keeps survives a round trip: parseUrl(serializeUrl(view)) is the same view, with nothing ignored", () => {
    fc.assert(
      fc.property(search, fc.constantFrom(...UI_LANGUAGES), (s, lang) => {
        const first = viewFromUrl(parseUrl(s).view, { lang });
        const again = parseUrl(serializeUrl(first, { lang }));
        expect(again.ignored).toEqual([]);
        expect(viewFromUrl(again.view, { lang })).toEqual(first);
      }),
      RUNS,
    );
  });
});

describe("embed commands: any message is parsed or ignored, and a valid one never breaks the store (3000 runs)", () => {
  const parsed = parseDataset(validDataset());
  if (!parsed.ok) throw new Error("fixture does not parse");
  const command = fc.oneof(
    fc.jsonValue(),
    fc.record({
      type: fc.constantFrom("cronica:command", "cronica:commandx", "__proto__"),
      version: fc.constantFrom(1, 2, "1", undefined),
      command: fc.constantFrom("select", "setFilters", "setLanguage", "constructor", "__proto__"),
      id: fc.oneof(nasty, fc.constantFrom("election-day", "constructor", null)),
      cat: fc.oneof(nasty, fc.array(nasty, { maxLength: 4 }), fc.constant(["election", "nope"])),
      q: nasty,
      from: fc.oneof(nasty, fc.constantFrom("2024-02-30", "0000-00-00", "2025", null)),
      to: fc.oneof(nasty, fc.constantFrom("2024-01", "9999-12-31", null)),
      lang: nasty,
    }, { requiredKeys: ["type", "command"] }),
  );

  it("parseCommand(anything) then applyCommand", () => {
    fc.assert(
      fc.property(command, (data) => {
        const store = createTimelineStore();
        store.getState().setDataset(parsed.dataset);
        const cmd = parseCommand(data);
        if (cmd) applyCommand(store, cmd);
        const s = store.getState();
        expect(s.selectedId === null || parsed.dataset.eventById.has(s.selectedId)).toBe(true);
        for (const c of s.filters.categories) expect(parsed.dataset.categoryById.has(c)).toBe(true);
        expect(UI_LANGUAGES).toContain(s.lang);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe("exporters never throw on any valid dataset, however hostile its text (1000 runs)", () => {
  it("CSV (both variants), JSON, GeoJSON, the citation and the picture's SVG", () => {
    fc.assert(
      fc.property(datasetInputArb(), fc.constantFrom(...UI_LANGUAGES), hostileString, (input, lang, text) => {
        const dataset = validParsed(input);
        eventsToCsv(dataset.events, dataset, { variant: "standard" });
        eventsToCsv(dataset.events, dataset, { variant: "excel-es" });
        eventsToGeoJson(dataset.events, dataset, lang);
        datasetToJson(dataset, dataset.events, { sourceSha256: "", exportedAt: new Date(0), scope: "all", filters: { categories: [], actors: [], places: [], query: text, from: null, to: null, confidence: [] }, permalink: `https://example.org/?q=${text}`, lang });
        citation(dataset, { permalink: `https://example.org/?q=${text}`, accessed: new Date(0), lang, filtersSummary: text });
        const svg = composeExportSvg({
          timelineSvg: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>${escapeXml(text)}</text></svg>`,
          width: 600,
          height: 200,
          title: text,
          subtitle: text,
          legend: dataset.categories.map((c) => ({ label: text, color: c.color, shape: c.shape })),
          sourceLine: text,
          exportedLine: text,
          permalink: text,
        });
        // Hostile text never becomes markup in the picture.
        expect(svg).not.toMatch(/<script|onerror=|onload=/i);
      }),
      { numRuns: 1000 },
    );
  });
});
