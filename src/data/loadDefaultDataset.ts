/**
 * The bundled dataset. Imported as a module (its own chunk), not fetched, so it loads wherever the
 * app's scripts load. It arrives as the file's exact text, so exports can cite its SHA-256.
 */
import { parseDataset } from "./parseDataset.ts";
import type { ParseResult } from "./model.ts";

export async function loadDefaultDataset(): Promise<{ result: ParseResult; text: string }> {
  const mod = await import("../../data/venezuela-2024.json?raw");
  const text = mod.default;
  return { result: parseDataset(JSON.parse(text)), text };
}
