/**
 * detectFormat(text) judges the content only: JSON by parsing, TimelineJS by its events'
 * `start_date` objects, CSV by the header line, and everything else as "not-data".
 */
import { describe, expect, it } from "vitest";
import { detectFormat, looksLikeUtf16, sniffFormat } from "../../../src/data/import/detectFormat.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { fixture } from "./helpers.ts";

const CRONICA_CSV_HEADER = "id,date,start,end,precision,approximate,uncertain,title,category";
const ACLED_HEADER = fixture("acled-venezuela.csv").split("\n")[0] ?? "";

describe("detectFormat: JSON", () => {
  it('detectFormat(cronica/1 dataset) is "cronica-json"', () => {
    expect(detectFormat(JSON.stringify(validDataset()))).toBe("cronica-json");
  });

  it("detectFormat(BOM + pretty-printed dataset) is still cronica-json", () => {
    expect(detectFormat(`\uFEFF\n  ${JSON.stringify(validDataset(), null, 2)}`)).toBe("cronica-json");
  });

  it('detectFormat({"schema": "cronica/2"}) is cronica-json (the migration step refuses it, not detection)', () => {
    expect(detectFormat('{"schema": "cronica/2", "events": []}')).toBe("cronica-json");
  });

  it('detectFormat(TimelineJS file) is "timelinejs-json"', () => {
    expect(detectFormat(fixture("timelinejs-venezuela.json"))).toBe("timelinejs-json");
  });

  it("detectFormat(TimelineJS with no events but a title slide) is timelinejs-json", () => {
    expect(detectFormat('{"title": {"text": {"headline": "Empty"}}, "events": []}')).toBe("timelinejs-json");
  });

  it('detectFormat(other JSON) is "unknown-json": objects, lists, events without start_date', () => {
    expect(detectFormat('{"foo": 1}')).toBe("unknown-json");
    expect(detectFormat("[1, 2, 3]")).toBe("unknown-json");
    expect(detectFormat('{"events": [{"date": "2024"}]}')).toBe("unknown-json");
  });

  it("detectFormat(truncated JSON) is unknown-json, and sniffFormat keeps the parser's message", () => {
    const text = JSON.stringify(validDataset()).slice(0, 120);
    expect(detectFormat(text)).toBe("unknown-json");
    expect(sniffFormat(text).jsonError).toMatch(/JSON|end/i);
  });

  it("sniffFormat returns the parsed value, so the importer need not parse again", () => {
    expect(sniffFormat('{"events": [{"start_date": {"year": 2024}}]}').json).toEqual({ events: [{ start_date: { year: 2024 } }] });
  });
});

describe("detectFormat: CSV", () => {
  it('detectFormat(our CSV export) is "cronica-csv"', () => {
    expect(detectFormat(`${CRONICA_CSV_HEADER}\r\nx,2024,,,day,,,T,c\r\n`)).toBe("cronica-csv");
  });

  it("detectFormat(our Excel-es export: BOM and ;) is cronica-csv", () => {
    expect(detectFormat(`\uFEFF${CRONICA_CSV_HEADER.replaceAll(",", ";")}\r\n`)).toBe("cronica-csv");
  });

  it("detectFormat(our CSV with reordered columns) is cronica-csv", () => {
    expect(detectFormat("title,category,id,date,sources_json\n")).toBe("cronica-csv");
  });

  it('detectFormat(ACLED export) is "acled-csv", in any letter case', () => {
    expect(detectFormat(fixture("acled-venezuela.csv"))).toBe("acled-csv");
    expect(detectFormat(`${ACLED_HEADER.toUpperCase()}\n`)).toBe("acled-csv");
  });

  it("detectFormat reads only the header line of a CSV: a broken body further down does not matter", () => {
    expect(detectFormat(`${ACLED_HEADER}\nVEN1,"never closed\n${"x,".repeat(100_000)}`)).toBe("acled-csv");
  });

  it('detectFormat(a CSV with other columns) is "unknown-csv"', () => {
    expect(detectFormat("a,b,c\n1,2,3\n")).toBe("unknown-csv");
    expect(detectFormat("fecha;evento\n2024-07-28;elección\n")).toBe("unknown-csv");
  });
});

describe("detectFormat: empty and not data", () => {
  it('detectFormat("") and whitespace-only text are "empty"', () => {
    expect(detectFormat("")).toBe("empty");
    expect(detectFormat("  \n\t\r\n ")).toBe("empty");
    expect(detectFormat("\uFEFF")).toBe("empty");
  });

  it("detectFormat(binary junk: PNG, ZIP, random control bytes) is not-data", () => {
    expect(detectFormat("\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")).toBe("not-data");
    expect(detectFormat("PK\u0003\u0004\u0014\u0000\u0006\u0000")).toBe("not-data");
    expect(detectFormat("\u0001\u0002\u0003abc\u0004\u0005,\u0006")).toBe("not-data");
  });

  it("detectFormat(an HTML page) is not-data, also after leading whitespace", () => {
    expect(detectFormat("<!DOCTYPE html><html><head><title>Timeline</title></head><body>a,b</body></html>")).toBe("not-data");
    expect(detectFormat("\n   <html lang=es>\n<p>{}</p>")).toBe("not-data");
  });

  it("detectFormat(plain prose, one column) is not-data", () => {
    expect(detectFormat("Dear editor\nplease find the timeline attached")).toBe("not-data");
  });

  it("looksLikeUtf16(UTF-16 bytes read as UTF-8) is true, and false for ordinary text", () => {
    const utf16 = [..."id,date,title"].map((c) => `${c}\u0000`).join("");
    expect(looksLikeUtf16(`\uFFFD\uFFFD${utf16}`)).toBe(true);
    expect(looksLikeUtf16("id,date,title\n1,2,3")).toBe(false);
  });
});
