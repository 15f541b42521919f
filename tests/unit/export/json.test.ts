/**
 * datasetToJson(dataset, events, info): a cronica/1 file plus an `export` block, which loads back
 * through parseDataset with the same events (a fast-check property), the same categories, and the
 * provenance the block promises.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../../src/data/filters.ts";
import type { Filters } from "../../../src/data/filters.ts";
import type { Dataset } from "../../../src/data/model.ts";
import { datasetToJson } from "../../../src/export/json.ts";
import type { ExportInfo } from "../../../src/export/json.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { datasetInputArb, validParsed } from "./arbitraries.ts";

const FILTERS: Filters = { ...EMPTY_FILTERS, categories: ["election"], from: "2024-07-28", to: "2024-07-29" };
const INFO: ExportInfo = {
  sourceSha256: "ab".repeat(32),
  exportedAt: new Date(Date.UTC(2024, 8, 1, 12, 30)),
  scope: "filtered",
  filters: FILTERS,
  permalink: "https://cronica.example/?c=election&from=2024-07-28",
  lang: "en",
};

/** Everything the dataset file says, without what parseDataset computes. */
function fileFields(d: Dataset) {
  const { eventById: _a, categoryById: _b, extent: _c, updatedMs: _d, ...rest } = d;
  return rest;
}

describe("datasetToJson(dataset, events, info)", () => {
  const dataset = validParsed(validDataset());
  const text = datasetToJson(dataset, dataset.events, { ...INFO, scope: "all" });
  const json = JSON.parse(text);

  it("is pretty-printed with two spaces", () => {
    expect(text.startsWith('{\n  "schema": "cronica/1",\n  "id": "fixture",')).toBe(true);
  });

  it("writes the dataset's own fields and events without `time`", () => {
    expect(Object.keys(json)).toEqual(["schema", "id", "title", "description", "version", "updated", "license", "languages", "categories", "events", "export"]);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(json.events.every((e: object) => !("time" in e))).toBe(true);
  });

  it("strips the computed shape and index, and keeps only colours the file gave", () => {
    expect(json.categories).toEqual([
      { id: "election", label: { en: "Election", es: "Elección" }, color: "#123456" },
      { id: "protest", label: { en: "Protest", es: "Protesta" } },
    ]);
  });

  it("adds the export block: provenance, scope, view, licence and citation", () => {
    expect(json.export).toEqual({
      datasetId: "fixture",
      datasetVersion: "1.0.0",
      sourceSha256: "ab".repeat(32),
      exportedAt: "2024-09-01T12:30:00.000Z",
      scope: "all",
      filters: null,
      eventCount: 4,
      permalink: INFO.permalink,
      license: "CC-BY-4.0",
      citation:
        "Cronica contributors. (2024). Fixture timeline (Version 1.0.0) [Data set]. Cronica. Retrieved September 1, 2024, from https://cronica.example/?c=election&from=2024-07-28",
      relatedOutsideExport: {},
    });
  });

  it("records the filters of a filtered export", () => {
    const filtered = dataset.events.filter((e) => e.category === "election");
    const block = JSON.parse(datasetToJson(dataset, filtered, { ...INFO, filtersSummary: "Election" })).export;
    expect(block).toMatchObject({ scope: "filtered", filters: FILTERS, eventCount: 2 });
    expect(block.citation).toContain("[Data set; view: Election]");
  });

  it("loads back through parseDataset with the same dataset, field for field", () => {
    expect(fileFields(validParsed(json))).toStrictEqual(fileFields(dataset));
  });

  it("drops links to events outside a filtered export, and lists them, so the file still loads", () => {
    const only = dataset.events.filter((e) => e.id === "results-announcement");
    const out = JSON.parse(datasetToJson(dataset, only, INFO));
    expect(out.events[0].related).toBeUndefined();
    expect(out.export.relatedOutsideExport).toEqual({ "results-announcement": ["election-day"] });
    const { related: _r, ...rest } = only[0]!;
    expect(validParsed(out).events).toStrictEqual([rest]);
  });

  it("keeps the file's notes", () => {
    const withNotes = validParsed({ ...validDataset(), notes: { en: "Method.", es: "Método." } });
    expect(JSON.parse(datasetToJson(withNotes, withNotes.events, INFO)).notes).toEqual({ en: "Method.", es: "Método." });
  });
});

describe("parseDataset(datasetToJson(dataset))", () => {
  it("gives back the same events (time included), categories and metadata for random valid datasets (500 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(), fc.constantFrom<"filtered" | "all">("filtered", "all"), (input, scope) => {
        const dataset = validParsed(input);
        const reloaded = validParsed(JSON.parse(datasetToJson(dataset, dataset.events, { ...INFO, scope })));
        expect(reloaded.events).toStrictEqual(dataset.events);
        expect(fileFields(reloaded)).toStrictEqual(fileFields(dataset));
      }),
      { numRuns: 500 },
    );
  });

  it("loads the export of any subset of the events (300 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(), fc.infiniteStream(fc.boolean()), (input, keep) => {
        const dataset = validParsed(input);
        const subset = dataset.events.filter(() => keep.next().value);
        const reloaded = validParsed(JSON.parse(datasetToJson(dataset, subset, INFO)));
        expect(reloaded.events.map((e) => e.id)).toEqual(subset.map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips the bundled dataset", () => {
    const file = fileURLToPath(new URL("../../../data/venezuela-2024.json", import.meta.url));
    const raw = JSON.parse(readFileSync(file, "utf8"));
    const dataset = validParsed(raw);
    const out = JSON.parse(datasetToJson(dataset, dataset.events, { ...INFO, scope: "all" }));
    expect(validParsed(out).events).toStrictEqual(dataset.events);
    expect(validParsed(out).categories).toStrictEqual(dataset.categories);
    // The one difference from the file: a colour equal to the palette colour of its position is
    // not written (the parsed Category cannot tell "given" from "assigned"); it loads the same.
    const { color: _c, ...election } = raw.categories[0];
    expect(out.categories).toEqual([election, ...raw.categories.slice(1)]);
  });
});
