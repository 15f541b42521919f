/**
 * Background work that must never become one long task: `step` runs a slice at a time, each at
 * most SLICE_MS, yielding to input and drawing between slices. Where the browser has
 * `scheduler.postTask`, slices are background-priority tasks: they run whenever nothing more
 * urgent waits, back to back. (Idle callbacks alone would run one slice per idle period: a page at
 * rest gets 50 ms idle periods, so a slice of 8 ms in each used a sixth of the idle time, and a
 * preparation of 0.4 s of work took 2.5 s.) Elsewhere idle callbacks, or short timeouts.
 */

/** Most of a frame stays free for input and drawing even when the browser says it is idle. */
const SLICE_MS = 8;
/** A page that is never idle (an animation running) still gets the work done, a slice at a time. */
const IDLE_TIMEOUT_MS = 300;

interface PostTaskScheduler {
  postTask: (task: () => void, options: { priority: "background" }) => Promise<unknown>;
}

function backgroundScheduler(): PostTaskScheduler | null {
  const s = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  return typeof s?.postTask === "function" ? (s as PostTaskScheduler) : null;
}

/** Calls `step(deadline)` once per slice until it returns true; `deadline` is a performance.now() time. */
export function runInIdleSlices(step: (deadline: number) => boolean): void {
  const slice = (idleMs: number) => {
    if (!step(performance.now() + Math.min(SLICE_MS, Math.max(1, idleMs)))) schedule();
  };
  const schedule = () => {
    const background = backgroundScheduler();
    if (background) void background.postTask(() => slice(SLICE_MS), { priority: "background" });
    else if (typeof requestIdleCallback === "function") requestIdleCallback((idle) => slice(idle.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(() => slice(SLICE_MS), 0);
  };
  schedule();
}

/** Lets the page handle input and draw, then continues (without setTimeout's 4 ms clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
