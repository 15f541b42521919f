/**
 * Background work that must never become one long task: `step` runs in idle time (or, where
 * requestIdleCallback is missing, in short timeouts) until it reports that it is done.
 */

/** Most of a frame stays free for input and drawing even when the browser says it is idle. */
const SLICE_MS = 8;
/** A page that is never idle (an animation running) still gets the work done, a slice at a time. */
const IDLE_TIMEOUT_MS = 300;

/** Calls `step(deadline)` once per idle slice until it returns true; `deadline` is a performance.now() time. */
export function runInIdleSlices(step: (deadline: number) => boolean): void {
  const slice = (idleMs: number) => {
    if (!step(performance.now() + Math.min(SLICE_MS, Math.max(1, idleMs)))) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === "function") requestIdleCallback((idle) => slice(idle.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(() => slice(SLICE_MS), 0);
  };
  schedule();
}
