/**
 * Brings a Cronica JSON file of any published format version up to the current one, so old files
 * keep opening (as OWID's `GrapherUrlMigrations` keeps old links working). Only "cronica/1" exists
 * today, so nothing is migrated yet; a file from a newer Cronica is refused with a clear message
 * instead of being guessed at.
 */
import { SCHEMA_ID } from "../schema.ts";
import { importIssue } from "./types.ts";
import type { ImportIssue } from "./types.ts";

type JsonObject = Record<string, unknown>;

/**
 * One step per old version: `MIGRATIONS[n]` turns a "cronica/n" object into "cronica/n+1".
 * When "cronica/2" is published, add `1: (d) => ({ ...d, schema: "cronica/2", … })` here and a
 * test that a "cronica/1" file still opens.
 */
const MIGRATIONS: Record<number, (dataset: JsonObject) => JsonObject> = {};

const CURRENT = Number(SCHEMA_ID.slice("cronica/".length));

export type MigrateResult = { ok: true; raw: unknown } | { ok: false; issue: ImportIssue };

/** The dataset in the current format, or why it cannot be; input that is not a tagged object passes through for `parseDataset` to explain. */
export function migrateCronicaJson(raw: unknown): MigrateResult {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { ok: true, raw };
  const tag = (raw as JsonObject).schema;
  if (typeof tag !== "string" || tag === SCHEMA_ID) return { ok: true, raw };
  const params = { schema: tag.slice(0, 40), current: SCHEMA_ID };
  const version = /^cronica\/(\d{1,6})$/.exec(tag);
  if (!version) return { ok: false, issue: importIssue("unknownSchema", { path: "schema" }, params) };
  let n = Number(version[1]);
  if (n > CURRENT) return { ok: false, issue: importIssue("futureSchema", { path: "schema" }, params) };
  let dataset = raw as JsonObject;
  for (; n < CURRENT; n++) {
    const step = MIGRATIONS[n];
    if (!step) return { ok: false, issue: importIssue("unknownSchema", { path: "schema" }, params) };
    dataset = step(dataset);
  }
  return { ok: true, raw: dataset };
}
