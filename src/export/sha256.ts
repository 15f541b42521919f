/**
 * SHA-256 of the bytes a dataset was loaded from, as lower-case hex: the JSON export records it so
 * a reader can tell which exact file an export came from. Uses Web Crypto (`crypto.subtle`), which
 * browsers (in secure contexts) and Node 20 both provide.
 */

/** Hex SHA-256 of `bytes`; a string is hashed as its UTF-8 encoding. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array | string): Promise<string> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // digest() wants a buffer it may read directly; a view over a SharedArrayBuffer is copied first.
  const view = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", view));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}
