/**
 * The bundled dataset. Imported as a module (its own chunk), not fetched, so it loads wherever the
 * app's scripts load, sandboxed frames included.
 */
import { parseDataset } from "./parseDataset.ts";
import type { ParseResult } from "./model.ts";

export async function loadDefaultDataset(): Promise<ParseResult> {
  const mod = await import("../../data/venezuela-2024.json");
  return parseDataset(mod.default);
}
