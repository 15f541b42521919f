/**
 * What the load worker does for `public/prefetch.js`: fetches the `?data=` file with the app's own
 * rules (`fetchDataBlob`: https or this machine, no credentials, the size cap, the timeout), hands
 * the page its bytes, and goes straight on to load it, exactly as the page would have asked
 * (`urlLoadOptions`, and the hash left to the page for big files). So the load runs while the
 * app's own code is still downloading and starting.
 */
import { fetchDataBlob, urlLoadOptions } from "./fetchData.ts";
import { HASH_ELSEWHERE_BYTES } from "./limits.ts";
import { runLoadJob } from "./workerJob.ts";
import type { Post } from "./workerJob.ts";
import type { PrefetchReply } from "./workerProtocol.ts";

export async function runPrefetchJob(address: string, postFetch: (reply: PrefetchReply) => void, post: Post, fetchFn?: typeof fetch): Promise<void> {
  let fetched: Awaited<ReturnType<typeof fetchDataBlob>>;
  try {
    fetched = await fetchDataBlob(address, fetchFn ? { fetchFn } : {});
  } catch {
    return postFetch({ kind: "unfetched" });
  }
  const { blob, url, bytes } = fetched;
  postFetch({ kind: "fetched", blob });
  await runLoadJob({ source: blob, options: urlLoadOptions(url, bytes), hash: bytes < HASH_ELSEWHERE_BYTES }, post);
}
