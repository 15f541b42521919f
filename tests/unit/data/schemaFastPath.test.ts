/**
 * The hand-written schema check agrees with valibot's `DatasetSchema`: the same verdict on valid
 * datasets and on datasets broken one place at a time, and, when both accept, the same output
 * (unknown keys dropped, plain objects). Since `parseDataset` runs the same normalization on
 * either output, agreeing here means a file gets the same dataset or the same messages whichever
 * path it takes.
 */
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { DatasetSchema } from "../../../src/data/schema.ts";
import { fastDatasetInput, PROGRESS_EVERY } from "../../../src/data/schemaFastPath.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { datasetInputArb } from "../export/arbitraries.ts";

/** Both verdicts, and both outputs when they accept. */
function expectAgreement(raw: unknown): void {
  const slow = v.safeParse(DatasetSchema, raw);
  const fast = fastDatasetInput(raw);
  expect({ accepted: fast !== null }).toEqual({ accepted: slow.success });
  if (slow.success) expect(fast).toStrictEqual(slow.output);
  // Reusing the events of a `JSON.parse` result (what reuse is for) where they are already in the
  // output's form changes nothing.
  let text: string | undefined;
  try {
    text = JSON.stringify(raw);
  } catch {
    text = undefined;
  }
  if (text === undefined) return;
  const parsed: unknown = JSON.parse(text);
  const slowParsed = v.safeParse(DatasetSchema, parsed);
  const reused = fastDatasetInput(parsed, undefined, true);
  expect({ accepted: reused !== null }).toEqual({ accepted: slowParsed.success });
  if (slowParsed.success) expect(reused).toStrictEqual(slowParsed.output);
}

/** Every path to a value in `value`, to break one place at a time. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => places((value as Record<string | number, unknown>)[k], [...path, k]))];
}

/** A fixture with `extra` fields, so that optional fields and nested objects all get broken too. */
function fullFixture() {
  const d = validDataset() as unknown as Record<string, unknown> & { events: Record<string, unknown>[] };
  d.notes = { en: "Notes" };
  Object.assign(d.events[0]!, {
    summary: "A summary",
    tags: ["a", "b"],
    actors: ["Someone"],
    location: { name: { en: "Caracas" }, country: "VE", lat: 10.5, lon: -66.9 },
    figures: [{ measure: "People", value: 3, low: 1, high: 5, unit: "people", reportedBy: "Someone", asOf: "2024-07-30", source: "s1" }],
    confidence: "confirmed",
    notes: "A note",
    related: ["election-day"],
  });
  (d.events[0]!.sources as Record<string, unknown>[])[0] = {
    id: "s1",
    title: "Protest report",
    publisher: "Example",
    url: "https://example.org/protests",
    published: "2024-07-30",
    accessed: "2024-08-01",
    archived: "https://web.archive.org/x",
  };
  return d;
}
const FIXTURE_PLACES = places(fullFixture()).filter((p) => p.length > 0);

/** The fixture with one place replaced by `value`, or deleted (`undefined` set for `"absent"`). */
function mutate(path: (string | number)[], value: unknown): unknown {
  const copy = fullFixture() as unknown as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return copy;
}
const DELETE = Symbol("delete");

/** Wrong types, blank and empty text, near-miss dates, ids, URLs, colours, codes and numbers. */
const BAD = [
  DELETE, undefined, null, true, 0, -1, 1.5, 91, -181, NaN, Infinity, "", " ", "\u00a0", "x", "e1", "unknown-category", "election-day",
  "2024-02-30", "2024-13", "2024-7-1", "24", "2024-07-28T25:00Z", "2024-07-28T10:00", "2024/2023", "2024/..", "../2024", "2024~", "2024-07-28%",
  "javascript:alert(1)", "http://", "https://x y", "HTTPS://EXAMPLE.ORG", "ftp://example.org", "#12345g", "#abcdef", "ve", "VE", "VEN",
  "-bad", "a".repeat(201), "confirmed", "rumour", "cronica/2", [], [""], [" "], ["ok"], [1], {}, { en: "" }, { en: 1 }, { "EN": "x" }, { "pt-BR": "x" },
  { constructor: "x" }, { en: "x", constructor: "y" }, JSON.parse('{"__proto__": "x", "en": "y"}'), Object.assign(Object.create(null), { en: "z" }),
  { title: "t", url: "https://a.example" }, { name: "n" }, { measure: "m", value: 1, reportedBy: "r" },
];

describe("fastDatasetInput agrees with valibot's DatasetSchema", () => {
  it("on the fixture with every field filled, and on a synthetic dataset", () => {
    expectAgreement(fullFixture());
    expect(fastDatasetInput(fullFixture())).not.toBeNull();
    expectAgreement(syntheticDataset(300, 7));
  });

  it("when any one place of the fixture is broken (every place × every bad value)", () => {
    for (const path of FIXTURE_PLACES) for (const bad of BAD) expectAgreement(mutate(path, bad));
  });

  it("when a field no schema knows is added anywhere (it is dropped, not kept)", () => {
    for (const path of FIXTURE_PLACES) {
      const parentPath = path.slice(0, -1);
      expectAgreement(mutate([...parentPath, "unexpected"], { nested: true }));
    }
    const withExtra = mutate(["events", 0, "extra"], 1) as { events: Record<string, unknown>[] };
    expect(Object.keys(fastDatasetInput(withExtra)!.events[0]!)).not.toContain("extra");
  });

  it("on random valid datasets, broken at a random place with a random value (1000 runs)", () => {
    const anyValue = fc.oneof(fc.constantFrom(...BAD), fc.jsonValue(), fc.string());
    fc.assert(
      fc.property(datasetInputArb(4), fc.nat(), anyValue, (input, at, bad) => {
        expectAgreement(input);
        const spots = places(input).filter((p) => p.length > 0);
        const path = spots[at % spots.length]!;
        const copy = structuredClone(input) as unknown as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        if (bad === DELETE) delete parent[path[path.length - 1]!];
        else parent[path[path.length - 1]!] = bad;
        expectAgreement(copy);
      }),
      { numRuns: 1000 },
    );
  });

  it("on anything at all in place of the whole file (500 runs)", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (raw) => expectAgreement(raw)), { numRuns: 500 });
  });
});

describe("fastDatasetInput reusing a file's own events", () => {
  it("reuses every event of a file already in the schema's form, and copies the others", () => {
    const raw = JSON.parse(JSON.stringify(syntheticDataset(20, 1))) as { events: Record<string, unknown>[] };
    raw.events[1] = { extra: 1, ...raw.events[1] };
    const reordered = raw.events[2]!;
    raw.events[2] = { date: reordered.date, ...reordered };
    const out = fastDatasetInput(raw, undefined, true)!;
    expect(out.events.map((e, i) => e === raw.events[i])).toEqual(raw.events.map((_, i) => i !== 1 && i !== 2));
    expectAgreement(raw);
  });
});

describe("parseDataset with the fast path", () => {
  it("keeps valibot's located messages for files with problems", () => {
    const broken = validDataset();
    broken.events[2]!.sources[0]!.url = "javascript:alert(1)";
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: "events[2].sources[0].url", message: "must be an http:// or https:// URL", eventIndex: 2, eventId: "detentions-ongoing" }]);
  });

  it("keeps the checks no schema expresses: unknown categories and ids used twice", () => {
    const broken = validDataset();
    broken.events[0]!.category = "nope";
    broken.events[3]!.id = "election-day";
    const result = parseDataset(broken);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["events[3].id", "events[0].category"]);
  });

  it("reports how many events were checked, in steps, up to the total", () => {
    const calls: [number, number][] = [];
    const result = parseDataset(syntheticDataset(3 * PROGRESS_EVERY + 5, 3), { onProgress: (done, total) => calls.push([done, total]) });
    expect(result.ok).toBe(true);
    expect(calls).toEqual([1, 2, 3].map((k) => [k * PROGRESS_EVERY, 3 * PROGRESS_EVERY + 5]));
  });
});
