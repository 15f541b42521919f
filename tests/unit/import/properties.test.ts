/**
 * Importers never throw, whatever they are given: they return ok or a non-empty list of problems,
 * and every dataset they hand out (ok or partial) passes parseDataset. Random input rarely looks
 * like a timeline, so each importer also gets input shaped like its format with random values.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { importAcledCsv } from "../../../src/data/import/acled.ts";
import { detectFormat } from "../../../src/data/import/detectFormat.ts";
import { importText } from "../../../src/data/import/importText.ts";
import { importTimelineJs } from "../../../src/data/import/timelineJs.ts";
import { toCsv } from "../../../src/export/csvFormat.ts";
import { expectContract, fixture } from "./helpers.ts";

const RUNS = { numRuns: 1000 };
const ACLED_HEADER = fixture("acled-venezuela.csv").split("\n")[0]!.split(",");

/** Mostly a plausible value, sometimes a subtly wrong one, sometimes junk. */
const mostly = <T,>(good: fc.Arbitrary<T>, ...bad: fc.Arbitrary<unknown>[]) => fc.oneof({ arbitrary: good as fc.Arbitrary<unknown>, weight: 10 }, ...bad);
const part = (lo: number, hi: number) => mostly(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }).map(String), fc.integer(), fc.string(), fc.constant(null));
const html = mostly(fc.constantFrom("Protests", "<p>a &amp; b</p>", '<a href="https://example.org/x">x</a>', "<b>Dé</b>jà"), fc.string(), fc.constantFrom("<script>x</script>", "", " ", "<b>", "&#0;", "日本語"));
const url = mostly(fc.constantFrom("https://example.org/a", "http://example.org/b"), fc.constantFrom("javascript:alert(1)", "", "https://", " https://example.org/c "), fc.webUrl(), fc.string());

const timelineDate = fc.record(
  { year: part(0, 9999), month: part(1, 12), day: part(1, 31), hour: part(0, 23), minute: part(0, 59), second: part(0, 59), display_date: fc.string() },
  { requiredKeys: ["year"] },
);
const timelineEvent = fc.record(
  {
    start_date: mostly(timelineDate, fc.jsonValue()),
    end_date: timelineDate,
    text: fc.record({ headline: html, text: html }, { requiredKeys: [] }),
    group: mostly(fc.constantFrom("Protest", "protest", "¡¿?!", "日本", ""), fc.string()),
    media: fc.record({ url, caption: html, credit: html }, { requiredKeys: ["url"] }),
    unique_id: mostly(fc.constantFrom("a", "a", "b c", ""), fc.string(), fc.integer()),
  },
  { requiredKeys: ["start_date", "text", "media"] },
);
const timeline = fc.record(
  { title: fc.record({ text: fc.record({ headline: html, text: html }) }), events: fc.array(mostly(timelineEvent, fc.jsonValue()), { maxLength: 6 }), eras: fc.array(fc.jsonValue(), { maxLength: 1 }) },
  { requiredKeys: ["events"] },
);

const acledCell: Record<string, fc.Arbitrary<string>> = {
  event_id_cnty: fc.oneof(fc.constantFrom("VEN1", "VEN1", "VEN2", "", "x y"), fc.string()),
  event_date: fc.oneof({ arbitrary: fc.constantFrom("2024-07-28", "28 July 2024", "2024-02-29", "1 Sept 2024"), weight: 12 }, fc.constantFrom("31 June 2024", ""), fc.string()),
  time_precision: fc.constantFrom("1", "2", "3", "", "9"),
  latitude: fc.oneof({ arbitrary: fc.constantFrom("10.5", "-33.25", "90", ""), weight: 12 }, fc.double().map(String), fc.constantFrom("-91", "abc", "1e3")),
  longitude: fc.oneof({ arbitrary: fc.constantFrom("-66.9", "180", ""), weight: 12 }, fc.double().map(String), fc.constantFrom("181", "--1")),
  fatalities: fc.oneof({ arbitrary: fc.constantFrom("0", "2", ""), weight: 12 }, fc.constantFrom("-1", "3.5", "many")),
  iso: fc.constantFrom("862", "999", "", "x"),
  timestamp: fc.constantFrom("1722902400", "", "99999999999", "-5"),
};
const acledRow = fc.tuple(...ACLED_HEADER.map((name) => acledCell[name] ?? fc.oneof(fc.string(), fc.constantFrom("", "Protests", "A; B;; A"))));
const acledRows = fc.array(fc.oneof({ arbitrary: acledRow, weight: 12 }, fc.array(fc.string(), { maxLength: 4 })), { maxLength: 8 }).map((rows) => [ACLED_HEADER, ...rows]);

describe("importers never throw (1000 runs each)", () => {
  it("importText(any string) returns a format and ok or problems", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v) ?? ""), fc.string().map((s) => `id,date,start,end,precision\n${s}`));
    fc.assert(
      fc.property(text, (t) => {
        const { result } = importText(t, { maxBytes: 1_000_000 });
        expectContract(result);
        detectFormat(t);
      }),
      RUNS,
    );
  });

  it("importTimelineJs(any JSON value) returns ok or problems", () => {
    fc.assert(fc.property(fc.jsonValue(), (raw) => expectContract(importTimelineJs(raw))), RUNS);
  });

  it("importTimelineJs(TimelineJS-shaped junk) keeps the contract: ok and partial pass parseDataset", () => {
    fc.assert(fc.property(timeline, (raw) => expectContract(importTimelineJs(raw))), RUNS);
  });

  it("importAcledCsv(any table of strings) returns ok or problems", () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 6 }), (rows) => expectContract(importAcledCsv(rows))), RUNS);
  });

  it("importAcledCsv(ACLED-shaped junk) keeps the contract: ok and partial pass parseDataset", () => {
    fc.assert(fc.property(acledRows, (rows) => expectContract(importAcledCsv(rows))), RUNS);
  });

  it("importText(ACLED-shaped junk written as CSV) keeps the contract", () => {
    fc.assert(
      fc.property(acledRows, (rows) => {
        const { format, result } = importText(toCsv(rows, ","), { maxBytes: 1_000_000 });
        expectContract(result);
        return format === "acled-csv";
      }),
      RUNS,
    );
  });
});
