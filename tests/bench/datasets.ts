/**
 * Writes the benchmark's synthetic datasets (seeded, so every run and both tools read the same
 * bytes) to tests/bench/.data/, which git ignores. Rewritten on every run: it takes a second or two
 * and can never go stale when the generator changes.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";

export const SIZES = [1_000, 10_000, 100_000] as const;
export const SEED = 2024;

export interface BenchDataset {
  size: number;
  file: string;
  bytes: number;
  sha256: string;
}

export function writeDatasets(dir: string, sizes: readonly number[] = SIZES, seed = SEED): BenchDataset[] {
  mkdirSync(dir, { recursive: true });
  // An empty same-site page to warm the HTTP cache from (see browser.ts).
  writeFileSync(join(dir, "warm.html"), "<!doctype html><title>warm</title>\n");
  return sizes.map((size) => {
    const text = JSON.stringify(syntheticDataset(size, seed));
    const file = `events-${size}.json`;
    // Written aside, then renamed: a benchmark running in parallel never reads a half-written file.
    const aside = join(dir, `.${file}.${process.pid}`);
    writeFileSync(aside, text);
    renameSync(aside, join(dir, file));
    return { size, file, bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex") };
  });
}
