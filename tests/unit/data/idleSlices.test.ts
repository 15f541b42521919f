/** Background preparation runs a slice at a time, in idle callbacks when there are any. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { runInIdleSlices } from "../../../src/data/idleSlices.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("runInIdleSlices", () => {
  it("without requestIdleCallback, runs one step per timeout until the step says it is done", () => {
    vi.useFakeTimers();
    const steps: number[] = [];
    runInIdleSlices(() => steps.push(steps.length) === 3);
    expect(steps).toEqual([]); // nothing runs synchronously
    vi.advanceTimersToNextTimer();
    expect(steps).toEqual([0]);
    vi.runAllTimers();
    expect(steps).toEqual([0, 1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("uses idle callbacks, with a timeout, and gives each step a deadline of at most 8 ms", () => {
    const pending: { run: IdleRequestCallback; timeout: number | undefined }[] = [];
    vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback, options?: IdleRequestOptions) => pending.push({ run, timeout: options?.timeout }));
    const budgets: number[] = [];
    runInIdleSlices((deadline) => budgets.push(deadline - performance.now()) === 2);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.timeout).toBeGreaterThan(0);
    pending.shift()!.run({ didTimeout: false, timeRemaining: () => 40 });
    pending.shift()!.run({ didTimeout: false, timeRemaining: () => 3 });
    expect(pending).toHaveLength(0);
    expect(budgets[0]).toBeLessThanOrEqual(8);
    expect(budgets[0]).toBeGreaterThan(3);
    expect(budgets[1]).toBeLessThanOrEqual(3);
  });

  it("with scheduler.postTask, runs each step of at most 8 ms as a background-priority task, back to back", () => {
    const pending: { run: () => void; priority: string }[] = [];
    vi.stubGlobal("scheduler", { postTask: (run: () => void, options: { priority: string }) => (pending.push({ run, priority: options.priority }), Promise.resolve()) });
    vi.stubGlobal("requestIdleCallback", () => {
      throw new Error("not used when postTask is there");
    });
    const budgets: number[] = [];
    runInIdleSlices((deadline) => budgets.push(deadline - performance.now()) === 3);
    expect(budgets).toEqual([]);
    while (pending.length > 0) {
      const task = pending.shift()!;
      expect(task.priority).toBe("background");
      task.run();
    }
    expect(budgets).toHaveLength(3);
    for (const b of budgets) expect(b).toBeLessThanOrEqual(8);
  });
});
