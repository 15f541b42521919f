import { sha256Hex } from "../../export/sha256.ts";

/**
 * The SHA-256 of the loaded bytes (a text is hashed as UTF-8), or undefined where Web Crypto is missing (a page served over
 * plain http from another machine is not a secure context): the data still loads, the export
 * simply cannot cite the hash.
 */
export async function trySha256(data: string | ArrayBuffer): Promise<string | undefined> {
  try {
    return typeof crypto !== "undefined" && crypto.subtle ? await sha256Hex(data) : undefined;
  } catch {
    return undefined;
  }
}
