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
