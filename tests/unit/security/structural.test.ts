/**
 * Structural abuse, made at run time (never committed): deep nesting, a huge title, a 100 MB text,
 * a million tiny events. Each one loads correctly or is refused with its own message, within a
 * bounded time, and never throws.
 */
import { describe, expect, it } from "vitest";
import { loadInWorker } from "../../../src/data/load/loadInWorker.ts";
import { MAX_EVENTS } from "../../../src/data/import/importText.ts";
import { loadText, MAX_DATA_BYTES } from "../../../src/data/load/loadText.ts";
import type { LoadOutcome } from "../../../src/data/load/loadText.ts";
import { formatImportIssue } from "../../../src/data/import/types.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";

const MiB = 1024 * 1024;
const valid = () => validDataset() as unknown as Record<string, unknown> & { events: Record<string, unknown>[] };
const problems = (o: LoadOutcome) => (o.ok ? "" : o.issues.map(formatImportIssue).join("\n"));

/** Runs `f` and returns its result with how long it took, in ms. */
function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** `depth` nested arrays (or objects) around a leaf. */
const nested = (depth: number, kind: "array" | "object") => (kind === "array" ? `${"[".repeat(depth)}1${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);

describe("10,000-deep nesting", () => {
  it.each(["array", "object"] as const)("as the whole file (%s): refused as 'not a file Cronica reads'", (kind) => {
    const { value, ms } = timed(() => loadText(nested(10_000, kind)));
    expect(value.ok).toBe(false);
    expect(problems(value)).toContain("This is a JSON file, but not one Cronica reads");
    expect(ms).toBeLessThan(2_000);
  });

  it("in a text field: refused, naming the field", () => {
    const text = JSON.stringify({ ...valid(), description: "X" }).replace('"X"', nested(10_000, "object"));
    const outcome = loadText(text);
    expect(problems(outcome)).toContain("description: must be text, or a map from language code to text");
  });

  it("in an event: refused for that event, the others may load", () => {
    const d = valid();
    d.events[1]!.summary = "X";
    const outcome = loadText(JSON.stringify(d).replace('"X"', nested(10_000, "array")));
    expect(problems(outcome)).toContain('event 1 ("election-day"), events[1].summary');
    expect(outcome.ok ? 0 : outcome.partial?.events.length).toBe(3);
  });

  it("under a key the format does not know: ignored, the dataset loads without it", () => {
    const text = JSON.stringify({ ...valid(), extra: "X" }).replace('"X"', nested(10_000, "array"));
    const outcome = loadText(text);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && "extra" in outcome.dataset).toBe(false);
  });

  it("100,000 deep: still no stack overflow", () => {
    expect(loadText(nested(100_000, "array")).ok).toBe(false);
    expect(loadText(nested(100_000, "object")).ok).toBe(false);
  });
});

describe("huge texts", () => {
  it("a 1,000,000-character dataset title and event title load as they are", () => {
    const d = valid();
    d.title = "T".repeat(1_000_000);
    d.events[0]!.title = "<b>x".repeat(250_000);
    const { value, ms } = timed(() => loadText(JSON.stringify(d)));
    expect(problems(value)).toBe("");
    if (!value.ok) return;
    expect(value.dataset.title).toHaveLength(1_000_000);
    expect(value.dataset.eventById.get("protests-2024-07")?.title).toHaveLength(1_000_000);
    expect(ms).toBeLessThan(5_000);
  });

  it("a 100 MB text is refused by its size, in bounded time, without being parsed", () => {
    const text = `{"schema":"cronica/1","events":[${" ".repeat(100 * MiB)}`;
    const { value, ms } = timed(() => loadText(text));
    expect(value.format).toBe("too-big");
    expect(problems(value)).toBe("The file is 100.0 MB; Cronica opens files up to 50 MB");
    expect(ms).toBeLessThan(10_000);
  });

  it("a 100 MB file is refused before a byte of it is read (loadInWorker checks File.size first)", async () => {
    let read = false;
    const huge = {
      size: 100 * MiB,
      text: () => ((read = true), Promise.reject(new Error("must not be read"))),
      arrayBuffer: () => ((read = true), Promise.reject(new Error("must not be read"))),
      stream: () => ((read = true), new ReadableStream()),
    } as unknown as File;
    const outcome = await loadInWorker(huge, { title: "huge.json" });
    expect(read).toBe(false);
    expect(outcome.format).toBe("too-big");
    expect(problems(outcome)).toBe("The file is 100.0 MB; Cronica opens files up to 50.0 MB");
  });
});

describe("1,000,000 tiny events", () => {
  const N = 1_000_000;

  it("as JSON (about 100 MB): refused by its size before it is parsed", () => {
    const event = (i: number) => `{"id":"e${i}","date":"2024","title":"t","category":"c","sources":[{"title":"s","url":"https://a.example"}]}`;
    const parts = new Array<string>(N);
    for (let i = 0; i < N; i++) parts[i] = event(i);
    const text = `{"schema":"cronica/1","id":"big","title":"Big","description":"d","version":"1","updated":"2024-12-31","license":"CC0","languages":["en"],"categories":[{"id":"c","label":"C"}],"events":[${parts.join(",")}]}`;
    expect(text.length).toBeGreaterThan(MAX_DATA_BYTES);
    const { value, ms } = timed(() => loadText(text));
    expect(value.format).toBe("too-big");
    expect(problems(value)).toMatch(/^The file is \d+\.\d MB; Cronica opens files up to 50 MB$/);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("as our CSV (about 32 MB, under the size cap): refused by its event count before it is parsed", () => {
    const rows = new Array<string>(N + 1);
    rows[0] = "id,date,start,end,precision,category,title,source_urls,source_titles";
    for (let i = 0; i < N; i++) rows[i + 1] = `e${i},2024,,,,c,t,https://a.example,s`;
    const text = rows.join("\n");
    expect(text.length).toBeLessThan(MAX_DATA_BYTES);
    const { value, ms } = timed(() => loadText(text, { title: "million.csv" }));
    expect(problems(value)).toBe(`events: The file has ${N} events; this version of Cronica shows up to ${MAX_EVENTS} at a time: filter or split the file first`);
    // Counting lines is all it costs: no parsing, no validation, no page to freeze.
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("a file just over the event cap is refused the same way, one at the cap loads", () => {
    const event = (i: number) => ({ id: `e${i}`, date: "2024", title: "t", category: "c", sources: [{ title: "s", url: "https://a.example" }] });
    const dataset = (n: number) =>
      JSON.stringify({ schema: "cronica/1", id: "cap", title: "Cap", description: "d", version: "1", updated: "2024-12-31", license: "CC0", languages: ["en"], categories: [{ id: "c", label: "C" }], events: Array.from({ length: n }, (_, i) => event(i)) });
    expect(problems(loadText(dataset(MAX_EVENTS + 1)))).toContain(`The file has ${MAX_EVENTS + 1} events`);
    const atCap = loadText(dataset(MAX_EVENTS));
    expect(atCap.ok && atCap.dataset.events.length).toBe(MAX_EVENTS);
  }, 120_000);
});

describe("ids, numbers and dates", () => {
  it("duplicate ids are refused with both places named", () => {
    const d = valid();
    d.events[2]!.id = "election-day";
    expect(problems(loadText(JSON.stringify(d)))).toContain('event 2 ("election-day"), events[2].id: the id "election-day" is already used by event 1');
  });

  it("NaN and Infinity (not JSON) are refused as malformed JSON; 1e999 as not finite", () => {
    const text = JSON.stringify(valid());
    for (const bad of ["NaN", "Infinity", "-Infinity"]) expect(problems(loadText(text.replace('"version":"1.0.0"', `"version":${bad}`)))).toContain("The JSON is cut off or malformed");
    const d = valid();
    d.events[0]!.location = { name: "x", lat: 1, lon: 2 };
    expect(problems(loadText(JSON.stringify(d).replace('"lat":1', '"lat":1e999')))).toContain("latitude must be a finite number");
  });

  it.each([
    ["0000-00-00", "has no month 00"],
    ["+275760-09-13", "must be YYYY, YYYY-MM, YYYY-MM-DD"],
    ["275760-09-13", "must be YYYY, YYYY-MM, YYYY-MM-DD"],
    ["-000001", "must be YYYY, YYYY-MM, YYYY-MM-DD"],
    ["2024-02-30", "is not a real calendar date"],
    ["2024-00-10", "has no month 00"],
    ["2024-07-28T24:00:01Z", "is not a real time of day"],
  ])("the date %s is refused: %s", (date, message) => {
    const d = valid();
    d.events[0]!.date = date;
    expect(problems(loadText(JSON.stringify(d)))).toContain(message);
  });

  it("year 0000 and 9999-12-31 are real dates and load", () => {
    const d = valid();
    d.events[0]!.date = "0000";
    d.events[1]!.date = "9999-12-31";
    const outcome = loadText(JSON.stringify(d));
    expect(problems(outcome)).toBe("");
    expect(outcome.ok && outcome.dataset.extent).toEqual([Date.parse("0000-01-01T00:00:00Z"), Date.UTC(10_000, 0, 1)]);
  });
});

describe("encodings and truncation", () => {
  const text = JSON.stringify(valid());

  it("a UTF-8 BOM is fine", () => {
    expect(loadText(`\uFEFF${text}`).ok).toBe(true);
  });

  it("UTF-16 in either byte order, read as UTF-8, is refused with advice", () => {
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    for (const bytes of [le, Buffer.from(le).swap16()]) {
      expect(problems(loadText(new TextDecoder().decode(bytes)))).toBe("The file is saved as UTF-16 text; save it as UTF-8 and open it again");
    }
  });

  it("JSON cut off at any point is refused as cut off or malformed, never thrown", () => {
    for (let at = 1; at < text.length; at += 7) {
      const outcome = loadText(text.slice(0, at));
      expect(outcome.ok).toBe(false);
      expect(problems(outcome)).toMatch(/cut off or malformed|not a JSON or CSV file|The file is empty/);
    }
  });
});
