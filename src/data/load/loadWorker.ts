/// <reference lib="webworker" />
/**
 * The worker side of loadInWorker: reads, imports and validates off the main thread (`workerJob.ts`).
 * Started by `public/prefetch.js` too, to fetch and load a `?data=` file early (`prefetchJob.ts`).
 */
import { runPrefetchJob } from "./prefetchJob.ts";
import { runLoadJob } from "./workerJob.ts";
import type { Post } from "./workerJob.ts";
import type { PrefetchRequest, WorkerRequest } from "./workerProtocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post: Post = (msg, transfer) => scope.postMessage(msg, transfer ?? []);

scope.onmessage = (ev: MessageEvent<WorkerRequest | PrefetchRequest>) => {
  const request = ev.data;
  if ("prefetch" in request) void runPrefetchJob(request.prefetch, (reply) => scope.postMessage(reply), post);
  else void runLoadJob(request, post);
};
