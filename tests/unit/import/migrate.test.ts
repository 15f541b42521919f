/** migrateCronicaJson(raw) passes "cronica/1" through and refuses formats this version does not know. */
import { describe, expect, it } from "vitest";
import { migrateCronicaJson } from "../../../src/data/import/migrate.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";

describe("migrateCronicaJson", () => {
  it('migrateCronicaJson("cronica/1" dataset) returns the same object', () => {
    const raw = validDataset();
    expect(migrateCronicaJson(raw)).toEqual({ ok: true, raw });
    expect(migrateCronicaJson(raw).ok && (migrateCronicaJson(raw) as { raw: unknown }).raw).toBe(raw);
  });

  it("migrateCronicaJson(a file from a newer Cronica) says to update Cronica", () => {
    expect(migrateCronicaJson({ schema: "cronica/2" })).toEqual({
      ok: false,
      issue: {
        path: "schema",
        message: 'This file is in the format "cronica/2" of a newer Cronica; this version reads "cronica/1". Update Cronica to open it',
        code: "futureSchema",
        params: { schema: "cronica/2", current: "cronica/1" },
      },
    });
  });

  it("migrateCronicaJson(an unknown cronica tag) names the tag", () => {
    const result = migrateCronicaJson({ schema: "cronica/beta" });
    expect(result.ok ? "" : result.issue.message).toBe('This file names the format "cronica/beta", which Cronica does not know; this version reads "cronica/1"');
    expect(migrateCronicaJson({ schema: "cronica/0" }).ok).toBe(false);
  });

  it("migrateCronicaJson leaves non-objects and untagged objects for parseDataset to explain", () => {
    for (const raw of [null, 1, "x", [], { title: "no tag" }]) expect(migrateCronicaJson(raw)).toEqual({ ok: true, raw });
  });
});
