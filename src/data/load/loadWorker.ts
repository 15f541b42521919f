/// <reference lib="webworker" />
/** The worker side of loadInWorker: reads, imports and validates off the main thread (`workerJob.ts`). */
import { runLoadJob } from "./workerJob.ts";
import type { WorkerRequest } from "./workerProtocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  void runLoadJob(ev.data, (msg, transfer) => scope.postMessage(msg, transfer ?? []));
};
