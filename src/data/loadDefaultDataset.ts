/**
 * The bundled dataset. Imported as a module (its own chunk), not fetched, so it loads wherever the
 * app's scripts load. It arrives as the file's exact text with the SHA-256 of its bytes, computed
 * at build time, so exports can cite it without hashing on the reader's machine.
 */
import { parseDataset } from "./parseDataset.ts";
import type { ParseResult } from "./model.ts";

export async function loadDefaultDataset(): Promise<{ result: ParseResult; text: string; sha256: string }> {
  const { text, sha256 } = await import("virtual:bundled-dataset");
  return { result: parseDataset(JSON.parse(text)), text, sha256 };
}
