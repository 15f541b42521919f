/** Shared checks for the importer tests: fixtures on disk, and "passes parseDataset". */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { ImportIssue, ImportResult } from "../../../src/data/import/types.ts";
import { formatIssue, parseDataset } from "../../../src/data/parseDataset.ts";
import type { Dataset } from "../../../src/data/model.ts";
import type { DatasetInput } from "../../../src/data/schema.ts";

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), "utf8");
}

/** The dataset, normalized by `parseDataset`; fails the test with its problems otherwise. */
export function accepted(input: DatasetInput | undefined): Dataset {
  if (input === undefined) throw new Error("expected a dataset, got none");
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`parseDataset rejected the import:\n${result.issues.map(formatIssue).join("\n")}`);
  return result.dataset;
}

export function okDataset(result: ImportResult): DatasetInput {
  if (!result.ok) throw new Error(`expected the import to succeed, but:\n${result.issues.map((i) => i.message).join("\n")}`);
  return result.dataset;
}

export function failure(result: ImportResult): { issues: ImportIssue[]; partial?: DatasetInput } {
  if (result.ok) throw new Error("expected the import to report problems");
  return result;
}

/**
 * The contract every importer keeps: ok and partial datasets pass parseDataset, and every issue
 * has a code for the UI and a non-empty English message.
 */
export function expectContract(result: ImportResult): void {
  const issues = result.ok ? result.skipped : result.issues;
  for (const issue of issues) {
    expect(issue.code).toBeDefined();
    expect(issue.message).not.toBe("");
  }
  if (result.ok) {
    accepted(result.dataset);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    if (result.partial) accepted(result.partial);
  }
}
