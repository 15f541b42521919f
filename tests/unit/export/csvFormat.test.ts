/**
 * toCsv / parseCsv: RFC 4180 both ways. Quoting only where needed, CRLF records, BOM stripping,
 * separator detection, errors with line numbers, and a round trip over hostile tables.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../../src/export/csvFormat.ts";
import type { CsvSeparator } from "../../../src/export/csvFormat.ts";
import { hostileString } from "./arbitraries.ts";

function rowsOf(text: string, sep?: CsvSeparator): string[][] {
  const result = parseCsv(text, sep);
  if ("error" in result) throw new Error(`line ${result.line}: ${result.error}`);
  return result.rows;
}

describe("toCsv(rows, sep)", () => {
  it("ends every record with CRLF and leaves plain cells bare", () => {
    expect(toCsv([["a", "b"], ["1", "2"]], ",")).toBe("a,b\r\n1,2\r\n");
  });

  it("quotes cells with the separator, quotes, CR or LF, doubling the quotes", () => {
    expect(toCsv([["a,b", 'say "hi"', "x\r\ny", "cr\r", "lf\n"]], ",")).toBe('"a,b","say ""hi""","x\r\ny","cr\r","lf\n"\r\n');
  });

  it("quotes cells with leading or trailing spaces, so spreadsheets keep them", () => {
    expect(toCsv([[" lead", "trail ", "\ttab", "in side"]], ",")).toBe('" lead","trail ","\ttab",in side\r\n');
  });

  it("quotes either separator, whichever is used", () => {
    expect(toCsv([["a;b", "c,d"]], ";")).toBe('"a;b";"c,d"\r\n');
  });

  it("writes a lone empty cell as \"\" so the record is not a blank line", () => {
    expect(toCsv([[""], ["", ""]], ",")).toBe('""\r\n,\r\n');
    expect(rowsOf(toCsv([[""], ["", ""]], ","))).toEqual([[""], ["", ""]]);
  });

  it("writes no rows as the empty string", () => {
    expect(toCsv([], ",")).toBe("");
  });
});

describe("parseCsv(text, sep?)", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(rowsOf('a,"b,c","d ""e""","f\r\ng"\r\n1,2,3,4\r\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\r\ng"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("accepts LF and lone CR line ends, and a last record without one", () => {
    expect(rowsOf("a,b\n1,2\r3,4")).toEqual([["a", "b"], ["1", "2"], ["3", "4"]]);
  });

  it("keeps spaces around unquoted fields (RFC 4180: they are part of the field)", () => {
    expect(rowsOf(" a , b \r\n")).toEqual([[" a ", " b "]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(rowsOf(",a,\r\n")).toEqual([["", "a", ""]]);
  });

  it("strips a UTF-8 BOM", () => {
    expect(rowsOf("\uFEFFid,title\r\n1,x\r\n")).toEqual([["id", "title"], ["1", "x"]]);
  });

  it("detects ; from the header line when no separator is given", () => {
    const result = parseCsv("\uFEFFid;title;\"a,b\"\r\n1;x,y;z\r\n");
    expect(result).toEqual({ rows: [["id", "title", "a,b"], ["1", "x,y", "z"]], sep: ";" });
  });

  it("uses , when the header has no more semicolons than commas", () => {
    expect(parseCsv("a,b;c\r\n")).toEqual({ rows: [["a", "b;c"]], sep: "," });
    expect(parseCsv("single\r\n")).toEqual({ rows: [["single"]], sep: "," });
  });

  it("honours an explicit separator over detection", () => {
    expect(rowsOf("a;b,c;d\r\n", ",")).toEqual([["a;b", "c;d"]]);
  });

  it("reads the empty text as no records", () => {
    expect(parseCsv("")).toEqual({ rows: [], sep: "," });
    expect(parseCsv("\uFEFF")).toEqual({ rows: [], sep: "," });
  });

  it("reports an unterminated quote with the line its field starts on", () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,"never\r\nclosed\r\n')).toEqual({ error: expect.stringContaining("never closed"), line: 3 });
    expect(parseCsv('"x\n\n\ny",z\n4,"open')).toEqual({ error: expect.any(String), line: 5 });
  });

  it("reports text after a closing quote, on its line", () => {
    expect(parseCsv('a,b\n"multi\nline"x,y\n')).toEqual({ error: expect.stringContaining("closing quote"), line: 3 });
  });

  it("takes a bare quote inside an unquoted field literally", () => {
    expect(rowsOf('5" screen,x\r\n')).toEqual([['5" screen', "x"]]);
  });

  it("reads 100,000 records in linear time", () => {
    const row = ["2024-07-28", 'He said "no", twice', "line\r\nbreak", "plain", "=1"];
    const text = toCsv(Array.from({ length: 100_000 }, () => row), ",");
    const started = performance.now();
    const rows = rowsOf(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(rows).toHaveLength(100_000);
    expect(rows[99_999]).toEqual(row);
  });
});

describe("parseCsv(toCsv(rows, sep))", () => {
  it("gives back any table of strings, with either separator (1000 runs)", () => {
    const table = fc.array(fc.array(hostileString, { minLength: 1, maxLength: 6 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom<CsvSeparator>(",", ";"), fc.boolean(), (rows, sep, bom) => {
        const text = (bom ? "\uFEFF" : "") + toCsv(rows, sep);
        expect(rowsOf(text, sep)).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });

  it("detects the separator of its own output (500 runs)", () => {
    const table = fc.array(fc.array(hostileString, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(table, fc.constantFrom<CsvSeparator>(",", ";"), (rows, sep) => {
        expect(parseCsv(toCsv(rows, sep))).toEqual({ rows, sep });
      }),
      { numRuns: 500 },
    );
  });
});

describe("toCsv: a first cell starting with U+FEFF", () => {
  it("is quoted, so parseCsv does not take it for a byte-order mark", () => {
    const rows = [["\uFEFF", ""]];
    expect(toCsv(rows, ",")).toBe('"\uFEFF",\r\n');
    expect(rowsOf(toCsv(rows, ","))).toEqual(rows);
  });
});
