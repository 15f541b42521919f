/** exportFileName(datasetId, range, scope, ext): id, date range and scope, safe characters only, capped. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exportFileName, MAX_FILE_NAME } from "../../../src/export/filename.ts";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("exportFileName(datasetId, range, scope, ext)", () => {
  it("joins id, from, to and scope", () => {
    expect(exportFileName("venezuela-2024", { from: "2024-08-01", to: "2024-12-31" }, "filtered", "csv")).toBe("venezuela-2024_2024-08-01_2024-12-31_filtered.csv");
  });

  it("accepts an extension with its dot", () => {
    expect(exportFileName("venezuela-2024", { from: "2024", to: "2025-03" }, "all", ".geojson")).toBe("venezuela-2024_2024_2025-03_all.geojson");
  });

  it("names open ranges with since- and until-, and leaves out a range with no dates", () => {
    expect(exportFileName("v", { from: "2024-08", to: null }, "filtered", "json")).toBe("v_since-2024-08_filtered.json");
    expect(exportFileName("v", { from: null, to: "2024-12-31" }, "filtered", "json")).toBe("v_until-2024-12-31_filtered.json");
    expect(exportFileName("v", { from: null, to: null }, "all", "json")).toBe("v_all.json");
  });

  it("takes a visible domain in UTC ms, naming the last day it includes", () => {
    expect(exportFileName("v", [utc("2024-08-01"), utc("2025-01-01")], "filtered", "csv")).toBe("v_2024-08-01_2024-12-31_filtered.csv");
    expect(exportFileName("v", [utc("2024-08-01") + 3_600_000, utc("2024-08-03") + 1], "filtered", "csv")).toBe("v_2024-08-01_2024-08-03_filtered.csv");
  });

  it("keeps only [A-Za-z0-9._-]", () => {
    expect(exportFileName("../my data/é?*", { from: "2024/08", to: null }, "all", "c s v")).toBe("my-data_since-2024-08_all.csv");
  });

  it("falls back to 'cronica' for an id with nothing safe left", () => {
    expect(exportFileName("ñññ", { from: null, to: null }, "all", "csv")).toBe("cronica_all.csv");
  });

  it("caps the length by shortening the id, keeping range, scope and extension", () => {
    const name = exportFileName("a".repeat(500), { from: "2024-08-01", to: "2024-12-31" }, "filtered", "csv");
    expect(name.length).toBe(MAX_FILE_NAME);
    expect(name.endsWith("_2024-08-01_2024-12-31_filtered.csv")).toBe(true);
  });

  it("always returns a safe, bounded name (300 runs)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("_", ".", "-", "a", "/", "é") })),
        fc.record({ from: fc.option(fc.string()), to: fc.option(fc.string()) }),
        fc.constantFrom<"filtered" | "all">("filtered", "all"),
        fc.string(),
        (id, range, scope, ext) => {
          const name = exportFileName(id, range, scope, ext);
          expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/);
          expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
          expect(name).toContain(`_${scope}.`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
