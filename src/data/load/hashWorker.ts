/// <reference lib="webworker" />
/**
 * Hashes a file on a thread of its own. Web Crypto's digest runs synchronously on the thread that
 * asks (about 100 ms for a 22 MB file), so the load worker leaves it to this one and gets on with
 * parsing. Replies with the hex SHA-256, or null where Web Crypto is missing.
 */
import { trySha256 } from "./hash.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (ev: MessageEvent<Blob>) => {
  let sha256: string | undefined;
  try {
    sha256 = await trySha256(await ev.data.arrayBuffer());
  } catch {
    sha256 = undefined;
  }
  scope.postMessage(sha256 ?? null);
};
