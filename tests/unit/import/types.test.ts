/** The import vocabulary: message templates, issue formatting, slugs and unique ids. */
import { describe, expect, it } from "vitest";
import { IMPORT_MESSAGES, formatImportIssue, formatImportMessage, importIssue, slugify, uniqueId } from "../../../src/data/import/types.ts";

describe("import messages", () => {
  it("formatImportMessage fills {params} and leaves unknown ones visible", () => {
    expect(formatImportMessage("tooBig", { size: "2.0", max: 1 })).toBe("The file is 2.0 MB; Cronica opens files up to 1 MB");
    expect(formatImportMessage("tooBig", { size: "2.0" })).toBe("The file is 2.0 MB; Cronica opens files up to {max} MB");
  });

  it("every template is a non-empty sentence without trailing spaces", () => {
    for (const text of Object.values(IMPORT_MESSAGES)) expect(text).toMatch(/^\S.*\S$/);
  });

  it("importIssue carries code, params and the English message; params are omitted when there are none", () => {
    expect(importIssue("empty")).toEqual({ path: "", message: "The file is empty", code: "empty" });
    expect(importIssue("acledNoDate", { row: 4, id: "VEN1", path: "event_date" })).toEqual({ row: 4, id: "VEN1", path: "event_date", message: "event_date is empty", code: "acledNoDate" });
  });

  it("formatImportIssue names the row or event, the id and the path", () => {
    expect(formatImportIssue({ row: 6, id: "VEN9005", path: "event_date", message: "bad" })).toBe('row 6 ("VEN9005"), event_date: bad');
    expect(formatImportIssue({ index: 4, path: "events[4].media.url", message: "no link" })).toBe("event 4, events[4].media.url: no link");
    expect(formatImportIssue({ path: "", message: "The file is empty" })).toBe("The file is empty");
  });
});

describe("slugify and uniqueId", () => {
  it('slugify("¡Protesta en Caracas!") strips accents and punctuation', () => {
    expect(slugify("¡Protesta en Caracas!")).toBe("protesta-en-caracas");
    expect(slugify("Explosions/Remote violence")).toBe("explosions-remote-violence");
    expect(slugify("日本")).toBe("");
    expect(slugify("a".repeat(100), 10)).toBe("aaaaaaaaaa");
  });

  it("uniqueId hands out base, base-2, base-3… and skips ids already taken", () => {
    const used = new Map<string, number>();
    expect(["x", "x-2", "x", "x", "y", "x"].map((b) => uniqueId(b, used))).toEqual(["x", "x-2", "x-3", "x-4", "y", "x-5"]);
  });

  it("uniqueId stays fast with thousands of repeats of one base", () => {
    const used = new Map<string, number>();
    const start = performance.now();
    for (let i = 0; i < 50_000; i++) uniqueId("same", used);
    expect(used.has("same-50000")).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
