import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validDataset } from "../../helpers/datasetFixture.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = (...files: string[]) => spawnSync(join(root, "node_modules/.bin/tsx"), ["src/cli/validate.ts", ...files], { cwd: root, encoding: "utf8" });

describe("npm run validate", () => {
  it("says a good dataset is valid and exits 0", () => {
    const r = run("data/venezuela-2024.json");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid \(cronica-json\) dataset "venezuela-2024".*58 events/);
  }, 30_000);

  it("lists each problem with its event, id, path and message, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "cronica-validate-"));
    const bad = validDataset();
    bad.events[1]!.date = "2024-02-30";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const r = run(file, "tests/fixtures/acled-venezuela.csv");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('event 1 ("election-day"), events[1].date: "2024-02-30" is not a real calendar date');
    expect(r.stderr).toContain('row 7 ("VEN9006"), latitude: "95.2" is not a latitude from -90 to 90');
  }, 30_000);

  it("exits 2 with usage when given no file", () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage");
  }, 30_000);
});
