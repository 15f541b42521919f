/**
 * eventsToCsv / importCronicaCsv: the documented columns, the formula guard and its reversal, the
 * Excel (es) variant, import errors with row numbers, and round trips: hand-picked hostile titles,
 * a fast-check property over random valid datasets, and the whole bundled dataset.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset, PoliticalEvent } from "../../../src/data/model.ts";
import type { DatasetInput } from "../../../src/data/schema.ts";
import { CSV_COLUMNS, eventsToCsv, importCronicaCsv, LIST_SEPARATOR } from "../../../src/export/csv.ts";
import type { CsvImportIssue } from "../../../src/export/csv.ts";
import { parseCsv } from "../../../src/export/csvFormat.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { datasetInputArb, validParsed } from "./arbitraries.ts";

const ISSUE_COLUMNS = [
  "id", "date", "start", "end", "precision", "approximate", "uncertain", "category", "title", "summary",
  "actors", "place", "country", "lat", "lon", "figures", "source_urls", "confidence",
];

function fixture(change?: (d: DatasetInput) => void): Dataset {
  const input = validDataset();
  change?.(input);
  return validParsed(input);
}

/** The CSV's records as objects keyed by header name. */
function records(csv: string): Record<string, string>[] {
  const parsed = parseCsv(csv);
  if ("error" in parsed) throw new Error(parsed.error);
  const [header = [], ...rows] = parsed.rows;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function recordOf(csv: string, id: string): Record<string, string> {
  const r = records(csv).find((x) => x.id === id);
  if (!r) throw new Error(`no row for ${id}`);
  return r;
}

function imported(csv: string, base?: Parameters<typeof importCronicaCsv>[1]): DatasetInput {
  const result = importCronicaCsv(csv, base);
  if (!result.ok) throw new Error(`expected the CSV to load:\n${result.issues.map((i) => `row ${i.row} ${i.id ?? ""} ${i.path}: ${i.message}`).join("\n")}`);
  return result.dataset;
}

function importIssues(csv: string): CsvImportIssue[] {
  const result = importCronicaCsv(csv);
  if (result.ok) throw new Error("expected the CSV to be rejected");
  return result.issues;
}

/** CSV → import (with the dataset's own metadata) → parse: the events as the app sees them. */
function roundTrip(dataset: Dataset, variant: "standard" | "excel-es" = "standard", events: readonly PoliticalEvent[] = dataset.events): readonly PoliticalEvent[] {
  return validParsed(imported(eventsToCsv(events, dataset, { variant }), dataset)).events;
}

describe("eventsToCsv(events, dataset, options)", () => {
  it("starts with the eighteen documented columns, in order, then the lossless ones", () => {
    const csv = eventsToCsv(fixture().events, fixture(), { variant: "standard" });
    const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
    expect(header.slice(0, 18)).toEqual(ISSUE_COLUMNS);
    expect(header.slice(18)).toEqual([
      "lang", "title_es", "summary_es", "place_es", "notes", "notes_es", "tags", "related", "source_titles", "figures_json", "sources_json", "exact_json",
    ]);
  });

  it("has one header entry per CSV_COLUMNS entry, with <lang> columns once per extra language", () => {
    const dataset = fixture((d) => (d.languages = ["en", "es", "pt-BR"]));
    const header = records(eventsToCsv(dataset.events, dataset, { variant: "standard" }))[0]!;
    const expected = CSV_COLUMNS.flatMap((c) => (c.perLanguage ? ["es", "pt-BR"].map((l) => c.name.replace("<lang>", l)) : [c.name]));
    expect(Object.keys(header)).toEqual(expected);
  });

  it("writes one row per event, in the order given, with UTC bounds and date flags from `time`", () => {
    const dataset = fixture();
    const rows = records(eventsToCsv(dataset.events, dataset, { variant: "standard" }));
    expect(rows.map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
    expect(recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "results-announcement")).toMatchObject({
      date: "2024-07-29T00:10:00-04:00",
      start: "2024-07-29T04:10:00.000Z",
      end: "2024-07-29T04:10:01.000Z",
      precision: "second",
      approximate: "false",
      uncertain: "false",
      category: "election",
      title: "Results announced",
      title_es: "Anuncio de resultados",
      actors: "Electoral authority",
      tags: "results",
      related: "election-day",
      confidence: "single-source",
      lang: "en",
      exact_json: "",
    });
  });

  it("ends an ongoing interval at the end of the dataset's updated day", () => {
    const dataset = fixture();
    expect(recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "detentions-ongoing")).toMatchObject({
      start: "2024-07-29T00:00:00.000Z",
      end: "2024-09-01T00:00:00.000Z",
      precision: "day",
    });
  });

  it("writes location, figures and sources for people, and exactly as JSON", () => {
    const dataset = fixture();
    const csv = eventsToCsv(dataset.events, dataset, { variant: "standard" });
    expect(recordOf(csv, "election-day")).toMatchObject({ place: "Caracas", place_es: "", country: "VE", lat: "10.5", lon: "-66.9", source_urls: "https://example.org/election" });
    const detentions = recordOf(csv, "detentions-ongoing");
    expect(detentions.figures).toBe("People detained: 100, Group A, 2024-08-10 | People detained: 200 (150–250), Group B");
    expect(detentions.source_urls).toBe("https://example.org/a | http://example.org/b");
    expect(detentions.source_titles).toBe("Group A count | Group B count");
    expect(JSON.parse(detentions.figures_json!)).toEqual(dataset.eventById.get("detentions-ongoing")!.figures);
    expect(JSON.parse(detentions.sources_json!)).toEqual(dataset.eventById.get("detentions-ongoing")!.sources);
  });

  it("joins multi-valued cells with ' | '", () => {
    expect(LIST_SEPARATOR).toBe(" | ");
    const dataset = fixture((d) => (d.events[3]!.actors = ["A", "B, Jr.", "C"]));
    expect(recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "results-announcement").actors).toBe("A | B, Jr. | C");
  });

  it("ends lines with CRLF and quotes per RFC 4180", () => {
    const dataset = fixture((d) => (d.events[1]!.summary = 'He said "no",\nthen left'));
    const csv = eventsToCsv(dataset.events, dataset, { variant: "standard" });
    expect(csv).toContain('"He said ""no"",\nthen left"');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.startsWith("id,")).toBe(true);
  });
});

describe("eventsToCsv: the formula guard", () => {
  const withTitle = (title: string) => fixture((d) => (d.events[1]!.title = title));
  const titleCell = (title: string) => {
    const dataset = withTitle(title);
    return recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "election-day").title;
  };

  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@x", "'@x"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["'quoted", "''quoted"],
    ["'=x", "''=x"],
    ["a=b", "a=b"],
    [" =1", " =1"],
  ])("writes the title %j as %j", (title, cell) => {
    expect(titleCell(title)).toBe(cell);
  });

  it("guards every text column, including other languages, lists and sources", () => {
    const dataset = fixture((d) => {
      const e = d.events[3]!;
      e.title = { en: "ok", es: "=es" };
      e.summary = "-summary";
      e.actors = ["@actor", "=second"];
      e.tags = ["+tag"];
      e.notes = "=notes";
      e.sources = [{ title: "=HYPERLINK(\"x\")", url: "https://example.org/x" }];
      e.location = { name: "=place", lat: -10, lon: -20 };
    });
    const row = recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "results-announcement");
    expect(row).toMatchObject({
      title_es: "'=es",
      summary: "'-summary",
      actors: "'@actor | =second",
      tags: "'+tag",
      notes: "'=notes",
      source_titles: "'=HYPERLINK(\"x\")",
      place: "'=place",
    });
  });

  it("leaves numbers alone: lat and lon are never prefixed", () => {
    const dataset = fixture((d) => (d.events[1]!.location = { name: "South", lat: -33.45, lon: -70.66 }));
    expect(recordOf(eventsToCsv(dataset.events, dataset, { variant: "standard" }), "election-day")).toMatchObject({ lat: "-33.45", lon: "-70.66" });
  });

  it.each(["=SUM(A1)", "+1", "-1", "@x", "'", "''", "'=x", "'hello", "''=x", "a | b", " | ", "\t=1"])(
    "round-trips the title %j",
    (title) => {
      const dataset = withTitle(title);
      expect(roundTrip(dataset).find((e) => e.id === "election-day")!.title).toBe(title);
    },
  );
});

describe('eventsToCsv(…, { variant: "excel-es" })', () => {
  const dataset = fixture();
  const csv = eventsToCsv(dataset.events, dataset, { variant: "excel-es" });

  it("starts with a UTF-8 BOM and separates with ;", () => {
    expect(csv.startsWith("\uFEFFid;date;start;end;")).toBe(true);
    expect(parseCsv(csv)).toMatchObject({ sep: ";" });
  });

  it("keeps the decimal point in numbers", () => {
    expect(csv).toContain(";10.5;-66.9;");
  });

  it("loads back like the standard variant", () => {
    expect(roundTrip(dataset, "excel-es")).toStrictEqual(dataset.events);
  });
});

describe("importCronicaCsv(text, base?)", () => {
  it("loads the fixture back field for field, with the dataset's metadata as base", () => {
    const dataset = fixture();
    expect(roundTrip(dataset)).toStrictEqual(dataset.events);
  });

  it("without a base, infers languages, categories (label = id) and updated", () => {
    const dataset = fixture();
    const input = imported(eventsToCsv(dataset.events, dataset, { variant: "standard" }));
    expect(input).toMatchObject({
      schema: "cronica/1",
      id: "imported",
      version: "1",
      license: "NOASSERTION",
      languages: ["en", "es"],
      categories: [{ id: "election", label: "election" }, { id: "protest", label: "protest" }],
      updated: "2024-08-31",
    });
    const strip = (events: readonly PoliticalEvent[]) => events.map(({ time: _t, ...rest }) => rest);
    const reloaded = validParsed(input);
    expect(strip(reloaded.events)).toStrictEqual(strip(dataset.events));
    // updated is recovered from the ongoing event's end, so even the times match.
    expect(reloaded.events).toStrictEqual(dataset.events);
  });

  it("loads a filtered export, dropping links to events left out", () => {
    const dataset = fixture();
    const only = dataset.events.filter((e) => e.id === "results-announcement");
    const events = roundTrip(dataset, "standard", only);
    expect(events).toHaveLength(1);
    const { related: _r, ...rest } = only[0]!;
    expect(events[0]).toStrictEqual(rest);
  });

  it("finds columns by name, in any order, and ignores unknown ones", () => {
    const csv = [
      "source_titles,extra,title,category,date,id,source_urls",
      "Report,whatever,Something happened,protest,2024-07-28,e1,https://example.org/r",
      "",
    ].join("\r\n");
    expect(imported(csv).events).toEqual([
      { id: "e1", date: "2024-07-28", title: "Something happened", category: "protest", sources: [{ title: "Report", url: "https://example.org/r" }] },
    ]);
  });

  it("skips blank records", () => {
    const dataset = fixture();
    const csv = eventsToCsv(dataset.events, dataset, { variant: "standard" }).replace("\r\n", "\r\n\r\n,,,\r\n");
    expect(validParsed(imported(csv, dataset)).events).toStrictEqual(dataset.events);
  });

  it("uses edited readable columns when exact_json no longer matches them", () => {
    const dataset = fixture((d) => (d.events[3]!.actors = ["A | B"]));
    const csv = eventsToCsv(dataset.events, dataset, { variant: "standard" });
    expect(recordOf(csv, "results-announcement").exact_json).toBe('{"actors":["A | B"]}');
    expect(imported(csv).events.find((e) => e.id === "results-announcement")!.actors).toEqual(["A | B"]);
    const edited = csv.replace(",A | B,", ",A | C,");
    expect(imported(edited).events.find((e) => e.id === "results-announcement")!.actors).toEqual(["A", "C"]);
  });

  it("reports a missing column with row 1", () => {
    expect(importIssues("id,date,title\r\ne,2024,x\r\n")).toEqual([
      { row: 1, path: "category", message: "this column is missing from the header" },
      { row: 1, path: "sources_json", message: "needs a sources_json column, or both source_urls and source_titles" },
    ]);
  });

  it("reports an unterminated quote with its line", () => {
    expect(importIssues('id,date,category,title,sources_json\r\ne,2024,c,"open\r\n')).toEqual([
      { row: 0, path: "", message: expect.stringMatching(/^line 2: /) },
    ]);
  });

  it("reports dataset problems with the record's row, the event id and the field path", () => {
    const csv = [
      "id,date,category,title,source_titles,source_urls,lat",
      "ok,2024-07-28,c,Fine,T,https://example.org/1,",
      'bad,2024-07-28,c,"multi\nline",T,ftp://example.org/2,',
      "worse,2024,c,Title,T,https://example.org/3,10.5",
      "",
    ].join("\r\n");
    expect(importIssues(csv)).toEqual([
      { row: 3, id: "bad", path: "sources[0].url", message: "must be an http:// or https:// URL" },
      { row: 4, id: "worse", path: "location.name", message: "is required" },
    ]);
  });

  it("reports checks beyond the schema (real dates) on the record's row", () => {
    const csv = "id,date,category,title,source_titles,source_urls\r\nok,2024,c,T,T,https://example.org/1\r\nbad,2024-02-30,c,T,T,https://example.org/2\r\n";
    expect(importIssues(csv)).toEqual([{ row: 3, id: "bad", path: "date", message: '"2024-02-30" is not a real calendar date' }]);
  });

  it("reports a number written with a decimal comma", () => {
    const csv = 'id,date,category,title,source_titles,source_urls,place,lat\r\ne,2024,c,T,T,https://example.org/1,Here,"10,5"\r\n';
    expect(importIssues(csv)).toEqual([{ row: 2, id: "e", path: "lat", message: '"10,5" is not a number (write it with a decimal point: 10.5)' }]);
  });

  it("reports JSON columns that are not JSON", () => {
    const dataset = fixture();
    const csv = eventsToCsv(dataset.events, dataset, { variant: "standard" }).replace('"[{""title"":""Protest report""', '"[{oops');
    expect(importIssues(csv)).toEqual([{ row: 3, id: "protests-2024-07", path: "sources_json", message: "is not valid JSON" }]);
  });

  it("rejects a file without events unless the base gives categories", () => {
    const dataset = fixture();
    const empty = eventsToCsv([], dataset, { variant: "standard" });
    expect(importIssues(empty)).toEqual([{ row: 0, path: "", message: "the file has no events" }]);
    expect(imported(empty, dataset).events).toEqual([]);
  });
});

describe("importCronicaCsv(eventsToCsv(events))", () => {
  it("gives back every event, field for field, for random valid datasets (500 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(), fc.constantFrom("standard" as const, "excel-es" as const), (input, variant) => {
        const dataset = validParsed(input);
        expect(roundTrip(dataset, variant)).toStrictEqual(dataset.events);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back every event minus its time without a base, and the same languages (500 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(), (input) => {
        fc.pre(input.events.length > 0);
        const dataset = validParsed(input);
        const reloaded = validParsed(imported(eventsToCsv(dataset.events, dataset, { variant: "standard" })));
        const strip = (events: readonly PoliticalEvent[]) => events.map(({ time: _t, ...rest }) => rest);
        expect(new Set(strip(reloaded.events))).toStrictEqual(new Set(strip(dataset.events)));
        expect(reloaded.languages).toEqual([...new Set(dataset.languages)]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the bundled dataset, data/venezuela-2024.json", () => {
  const file = fileURLToPath(new URL("../../../data/venezuela-2024.json", import.meta.url));
  const dataset = validParsed(JSON.parse(readFileSync(file, "utf8")));

  it.each(["standard", "excel-es"] as const)("exports to CSV (%s) and loads back with every event equal", (variant) => {
    const reloaded = roundTrip(dataset, variant);
    expect(reloaded).toHaveLength(dataset.events.length);
    reloaded.forEach((e, i) => expect(e).toStrictEqual(dataset.events[i]));
  });

  it("needs no exact_json: every text and list fits its readable columns", () => {
    const rows = records(eventsToCsv(dataset.events, dataset, { variant: "standard" }));
    expect(rows.filter((r) => r.exact_json !== "").map((r) => r.id)).toEqual([]);
  });
});
