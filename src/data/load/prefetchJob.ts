/**
 * What the load worker does for `public/prefetch.js`: fetches the `?data=` file with the app's own
 * rules (`fetchDataBlob`: https or this machine, no credentials, the size cap, the timeout), hands
 * the page its bytes (as a Blob), and goes straight on to load it from the bytes it has, exactly
 * as the page would have asked (`urlLoadOptions`, and the hash left to the page for big files).
 * So the load runs while the app's own code is still downloading and starting.
 */
import { fetchDataBytes, urlLoadOptions } from "./fetchData.ts";
import { HASH_ELSEWHERE_BYTES } from "./limits.ts";
import { runLoadJob } from "./workerJob.ts";
import type { Post } from "./workerJob.ts";
import type { PrefetchReply } from "./workerProtocol.ts";

export async function runPrefetchJob(address: string, postFetch: (reply: PrefetchReply) => void, post: Post, fetchFn?: typeof fetch): Promise<void> {
  let fetched: Awaited<ReturnType<typeof fetchDataBytes>>;
  try {
    fetched = await fetchDataBytes(address, fetchFn ? { fetchFn } : {});
  } catch {
    return postFetch({ kind: "unfetched" });
  }
  const { bytes, url } = fetched;
  const blob = new Blob([bytes]);
  postFetch({ kind: "fetched", blob });
  const size = bytes.byteLength;
  await runLoadJob({ source: blob, options: urlLoadOptions(url, size), hash: size < HASH_ELSEWHERE_BYTES, bytes: bytes.buffer }, post);
}
