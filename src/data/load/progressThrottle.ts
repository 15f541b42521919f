/**
 * Progress from a tight loop, at most every `intervalMs`: more messages than frames only cost the
 * page time to read them. A new stage always goes through, so the reader sees every step.
 */
import type { LoadProgress } from "./workerProtocol.ts";

export const PROGRESS_INTERVAL_MS = 50;

export function throttleProgress(send: (p: LoadProgress) => void, intervalMs = PROGRESS_INTERVAL_MS, now: () => number = () => performance.now()): (p: LoadProgress) => void {
  let lastStage: string | undefined;
  let lastAt = -Infinity;
  return (p) => {
    const t = now();
    if (p.stage === lastStage && t - lastAt < intervalMs) return;
    lastStage = p.stage;
    lastAt = t;
    send(p);
  };
}
