import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDefaultDataset } from "../../../src/data/loadDefaultDataset.ts";

const file = readFileSync(new URL("../../../data/venezuela-2024.json", import.meta.url));

describe("the bundled dataset as the app loads it", () => {
  it("is the file's exact text, with the SHA-256 of the file's bytes that exports cite", async () => {
    const { result, text, sha256 } = await loadDefaultDataset();
    expect(text).toBe(file.toString("utf8"));
    expect(sha256).toBe(createHash("sha256").update(file).digest("hex"));
    expect(result.ok).toBe(true);
  });
});

describe("the bundled dataset's figures", () => {
  it("every figure in the bundled dataset names the source that reported it", () => {
    const data = JSON.parse(file.toString("utf8")) as {
      events: { id: string; sources: { id?: string }[]; figures?: { measure: unknown; value: number; source?: string }[] }[];
    };
    const unlinked: string[] = [];
    for (const event of data.events) {
      const sourceIds = new Set(event.sources.map((s) => s.id).filter((id) => id !== undefined));
      (event.figures ?? []).forEach((figure, i) => {
        if (figure.source === undefined || !sourceIds.has(figure.source)) {
          unlinked.push(`${event.id} figures[${i}] (${JSON.stringify(figure.measure)}: ${figure.value}) source=${figure.source ?? "none"}`);
        }
      });
    }
    expect(unlinked).toEqual([]);
  });
});
