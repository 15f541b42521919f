/**
 * importText(text, {maxBytes}) is the single way a file is opened: size cap, empty file, not data,
 * malformed JSON and unknown formats each get their own message; known formats go to their
 * importer, and whatever claims ok passes parseDataset.
 */
import { describe, expect, it } from "vitest";
import { importText } from "../../../src/data/import/importText.ts";
import type { ImportIssue } from "../../../src/data/import/types.ts";
import { formatImportIssue } from "../../../src/data/import/types.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { eventsToCsv } from "../../../src/export/csv.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { accepted, expectContract, failure, fixture, okDataset } from "./helpers.ts";

const MB = 1_048_576;
const open = (text: string) => importText(text, { maxBytes: 10 * MB });
/** The single file-level problem an import reports. */
function onlyIssue(text: string, opts = { maxBytes: 10 * MB }): ImportIssue {
  const { issues } = failure(importText(text, opts).result);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe("importText: files it cannot open", () => {
  it("a file over the cap: 'The file is X MB; Cronica opens files up to Y MB'", () => {
    expect(onlyIssue("x".repeat(2 * MB), { maxBytes: MB })).toEqual({
      path: "",
      message: "The file is 2.0 MB; Cronica opens files up to 1 MB",
      code: "tooBig",
      params: { size: "2.0", max: "1" },
    });
    expect(importText("x", { maxBytes: MB, byteLength: 150 * MB }).format).toBe("too-big");
  });

  it("the cap counts UTF-8 bytes, and the sizes never read as equal", () => {
    expect(onlyIssue("é".repeat(600_000), { maxBytes: 1_000_000 }).message).toBe("The file is 1.2 MB; Cronica opens files up to 1 MB");
    expect(onlyIssue("x".repeat(MB + 1), { maxBytes: MB }).message).toBe("The file is 1.000001 MB; Cronica opens files up to 1 MB".replace("1.000001", (1 + 1 / MB).toFixed(4)));
  });

  it("an empty file, whitespace or a lone BOM: 'The file is empty'", () => {
    for (const text of ["", " \n\t", "\uFEFF"]) expect(onlyIssue(text).message).toBe("The file is empty");
  });

  it("HTML, binary junk: 'This is not a JSON or CSV file Cronica can read'", () => {
    for (const text of ["<!doctype html><title>x</title>", "\uFFFDPNG\r\n\u001a\n\u0000\u0000", "just some words"]) {
      expect(onlyIssue(text)).toMatchObject({ code: "notData", message: "This is not a JSON or CSV file Cronica can read" });
    }
  });

  it("UTF-16 text and ZIP files (Excel workbooks) get their own advice", () => {
    expect(onlyIssue(`\uFFFD\uFFFD${[..."id,date"].map((c) => `${c}\u0000`).join("")}`).code).toBe("utf16");
    expect(onlyIssue("PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml").code).toBe("zipFile");
  });

  it("truncated JSON: 'cut off or malformed near line L, column C' at the end of the text", () => {
    expect(onlyIssue('{"schema": "cronica/1",\n "events": [')).toMatchObject({
      code: "badJson",
      message: "The JSON is cut off or malformed near line 2, column 13",
      params: { line: 2, column: 13 },
    });
  });

  it("malformed JSON: the line and column come from the parser's position", () => {
    expect(onlyIssue('{\n  "a": 1,\n  "b" 2\n}').message).toBe("The JSON is cut off or malformed near line 3, column 7");
  });

  it("unknown JSON says what it holds and which formats Cronica reads", () => {
    expect(onlyIssue('{"foo": 1, "bar": [2]}').message).toBe(
      'This is a JSON file, but not one Cronica reads (it holds an object with the keys foo, bar). Cronica reads its own JSON ("schema": "cronica/1") and TimelineJS JSON',
    );
    expect(onlyIssue("[1, 2]").params).toEqual({ found: "a list of 2 items" });
  });

  it("unknown CSV names its columns", () => {
    expect(onlyIssue("fecha,evento,lugar\n2024-07-28,x,y\n").message).toBe(
      "This is a CSV file, but its columns (fecha, evento, lugar) are not Cronica's or ACLED's. Cronica reads its own CSV export and ACLED CSV exports",
    );
  });

  it('a "cronica/2" file from a newer Cronica is refused with that reason', () => {
    expect(onlyIssue('{"schema": "cronica/2", "events": []}').code).toBe("futureSchema");
  });
});

describe("importText: our own JSON", () => {
  it("importText(valid cronica/1) is ok, BOM or not, and passes parseDataset", () => {
    for (const text of [JSON.stringify(validDataset()), `\uFEFF${JSON.stringify(validDataset(), null, 2)}`]) {
      const { format, result } = open(text);
      expect(format).toBe("cronica-json");
      expect(accepted(okDataset(result)).events).toHaveLength(4);
    }
  });

  it("a bad event is reported by index, id and path, and partial loads the others", () => {
    const raw = validDataset();
    raw.events[1]!.sources[0]!.url = "ftp://example.org/x";
    const { issues, partial } = failure(open(JSON.stringify(raw)).result);
    expect(issues.map(formatImportIssue)).toEqual(['event 1 ("election-day"), events[1].sources[0].url: must be an http:// or https:// URL']);
    expect(issues[0]).toMatchObject({ index: 1, id: "election-day", code: "invalid", params: { detail: "must be an http:// or https:// URL" } });
    expect(accepted(partial).events.map((e) => e.id).sort()).toEqual(["detentions-ongoing", "protests-2024-07", "results-announcement"]);
  });

  it("partial keeps an event whose related event was dropped, without the dangling link", () => {
    const raw = validDataset();
    const target = raw.events.find((e) => e.related?.length)?.related?.[0];
    const index = raw.events.findIndex((e) => e.id === target);
    expect(index).toBeGreaterThanOrEqual(0);
    raw.events[index]!.date = "2024-02-30";
    const { partial } = failure(open(JSON.stringify(raw)).result);
    const kept = accepted(partial).events;
    expect(kept.map((e) => e.id).sort()).toEqual(raw.events.map((e) => e.id).filter((id) => id !== target).sort());
    expect(kept.every((e) => !(e.related ?? []).includes(target!))).toBe(true);
    expect(raw.events.some((e) => e.related?.includes(target!))).toBe(true);
  });

  it("a problem outside the events (no title) gives no partial", () => {
    const raw: Record<string, unknown> = validDataset();
    delete raw.title;
    const result = failure(open(JSON.stringify(raw)).result);
    expect(result.issues[0]).toMatchObject({ path: "title", message: "is required" });
    expect(result.partial).toBeUndefined();
  });

  it("hundreds of bad events still give a partial with the good ones", () => {
    const raw = validDataset();
    const good = raw.events[0]!;
    raw.events = [good, ...Array.from({ length: 900 }, (_, i) => ({ ...good, id: `bad-${i}`, date: "2024-13" }))];
    const { issues, partial } = failure(open(JSON.stringify(raw)).result);
    expect(issues.length).toBe(201);
    expect(issues.at(-1)).toMatchObject({ code: "moreIssues", message: "…and 700 more problems", params: { count: 700 } });
    expect(accepted(partial).events.map((e) => e.id)).toEqual([good.id]);
  });
});

describe("importText: other formats", () => {
  it("importText(TimelineJS) dispatches by content and keeps the contract", () => {
    const { format, result } = open(fixture("timelinejs-venezuela.json"));
    expect(format).toBe("timelinejs-json");
    expect(failure(result).issues.map((i) => i.code)).toEqual(["tlNoSource"]);
    expectContract(result);
  });

  it("importText(ACLED CSV) parses the CSV and maps its rows; a title option names the dataset", () => {
    const { format, result } = importText(`\uFEFF${fixture("acled-venezuela.csv")}`, { maxBytes: MB, title: "Venezuela, ACLED" });
    expect(format).toBe("acled-csv");
    const { issues, partial } = failure(result);
    expect(issues.map((i) => [i.row, i.path])).toEqual([[6, "event_date"], [7, "latitude"]]);
    expect(accepted(partial).title).toBe("Venezuela, ACLED");
  });

  it("importText(ACLED CSV with an unclosed quote) reports the CSV line", () => {
    const header = fixture("acled-venezuela.csv").split("\n")[0];
    expect(onlyIssue(`${header}\nVEN1,2024-07-28,"oops\n`)).toMatchObject({ code: "badCsv", params: { line: 2 } });
  });

  it("importText(our CSV export) loads back what the export wrote, both variants", () => {
    const parsed = parseDataset(validDataset());
    if (!parsed.ok) throw new Error("fixture is invalid");
    for (const variant of ["standard", "excel-es"] as const) {
      const { format, result } = open(eventsToCsv(parsed.dataset.events, parsed.dataset, { variant }));
      expect(format).toBe("cronica-csv");
      expect(accepted(okDataset(result)).events.map((e) => e.id).sort()).toEqual(parsed.dataset.events.map((e) => e.id).sort());
    }
  });

  it("importText(our CSV with a broken row) reports it by row", () => {
    const parsed = parseDataset(validDataset());
    if (!parsed.ok) throw new Error("fixture is invalid");
    const csv = eventsToCsv(parsed.dataset.events, parsed.dataset, { variant: "standard" }).replace("2024-07-28", "2024-07-32");
    const { issues } = failure(open(csv).result);
    expect(issues[0]).toMatchObject({ row: expect.any(Number), path: "date" });
  });
});
