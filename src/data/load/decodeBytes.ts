/**
 * A file's bytes as text: UTF-8 unless a byte-order mark says UTF-16 (some Windows tools save JSON
 * and CSV that way). The mark itself is dropped, as `Blob.text()` drops a UTF-8 one.
 */
export function decodeBytes(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding = head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : head[0] === 0xfe && head[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** A source's text and, for a file or Blob, its bytes as they came (what the hash is of). */
export async function readSource(source: File | Blob | string): Promise<{ text: string; bytes: ArrayBuffer | null }> {
  if (typeof source === "string") return { text: source, bytes: null };
  const bytes = await source.arrayBuffer();
  return { text: decodeBytes(bytes), bytes };
}
