/**
 * One run of one case: a fresh browser, the dataset warmed into its HTTP cache, then first render,
 * heap, (Cronica only) filter and search latency, then zoom and pan frame times. Every phase has
 * its own 60 s limit; a phase that hits it ends the run (the page is stuck), other failures are
 * recorded and the next phase goes on.
 */
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { freshPage, launchFresh, warmCache } from "./browser.ts";
import { frameStats } from "./stats.ts";
import type { FrameStats } from "./stats.ts";
import type { Tool } from "./tools.ts";

export const GIVE_UP_MS = 60_000;
const PROBES = fileURLToPath(new URL("./pageProbes.js", import.meta.url));
/** Input pacing: one wheel notch or mouse move per 60 Hz frame, as a quick hand makes them. */
const INPUT_GAP_MS = 16;
const WHEEL_STEPS = 20;
const DRAG_STEPS = 20;
const DRAG_STEP_PX = 15;
const PAN_SETUP_NOTCHES = 3;
/** The DOM has settled when it has not changed for this long. */
const QUIET_MS = 500;

export interface Interaction extends FrameStats {
  /** Did the axis labels change, i.e. did the view really zoom or pan? */
  moved: boolean;
}

export interface Latency {
  /** Input event to the first frame after the last DOM change it caused. */
  ms: number;
  /** Input event to the first frame after its first DOM change. */
  firstResponseMs: number;
  mutationBatches: number;
}

export type PhaseResult<T> = T | { error: string };

export interface RunResult {
  run: number;
  status: "ok" | "error" | "gave-up" | "out-of-time";
  /** The page's own error message, or which phase was given up. */
  message?: string;
  readyMs?: number;
  /** How the page got the dataset: from the warmed cache or not, and how long the request took. */
  fetch?: { ms: number; fromCache: boolean; bytes: number } | null;
  longestTaskBeforeReadyMs?: number | null;
  /** The longest task from the moment the page had the file's bytes to first render. */
  longestTaskWhileFileLoadsMs?: number | null;
  heapUsedMB?: number;
  filter?: PhaseResult<Latency>;
  filterBack?: PhaseResult<Latency>;
  search?: PhaseResult<Latency>;
  searchClear?: PhaseResult<Latency>;
  zoom?: PhaseResult<Interaction>;
  pan?: PhaseResult<Interaction>;
  wallMs: number;
}

export interface RunOptions {
  chromiumPath: string;
  tmpRoot: string;
  origins: { app: string; vis: string; data: string };
  tool: Tool;
  /** File name under the data server; omitted for Cronica's bundled dataset. */
  dataFile?: string;
  /** Load only (the default-dataset case). */
  readyOnly?: boolean;
  run: number;
  /** Epoch ms when the benchmark's overall budget runs out: phases stop there. */
  deadline: number;
}

class GaveUp extends Error {}
/** The whole benchmark's time budget ran out (not the tool's fault: it does not stop larger sizes). */
class OutOfTime extends Error {}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

async function within<T>(what: string, work: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  const ms = Math.min(GIVE_UP_MS, left);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(ms < GIVE_UP_MS ? new OutOfTime(`${what}: stopped, the benchmark's time budget ran out`) : new GaveUp(`${what}: gave up after ${GIVE_UP_MS / 1000} s`)), Math.max(0, ms));
  });
  work.catch(() => {}); // it may reject after we gave up and closed the browser
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const message = (err: unknown) => (err instanceof Error ? err.message.split("\n")[0]! : String(err));

export async function measureRun(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const { tool } = opts;
  const dataUrl = opts.dataFile ? `${opts.origins.data}/${opts.dataFile}` : undefined;
  const result: RunResult = { run: opts.run, status: "ok", wallMs: 0 };
  const browser = await launchFresh(opts.chromiumPath, opts.tmpRoot);
  let page: Page | undefined;
  try {
    if (dataUrl) await warmCache(browser.context, `${opts.origins.data}/warm.html`, dataUrl);
    const tab = (page = await freshPage(browser.context));
    await tab.addInitScript({ path: PROBES });

    // First render, from navigation start (the marks' time origin).
    await tab.goto(tool.url(opts.origins, dataUrl), { waitUntil: "commit" });
    await within(
      "first render",
      tab.waitForFunction((attr) => ["ready", "error"].includes(document.documentElement.getAttribute(attr) ?? ""), tool.readyAttribute, { polling: 100, timeout: 0 }),
      opts.deadline,
    );
    const load = await tab.evaluate(
      ({ attr, mark, fetchedMark, url }) => {
        const state = document.documentElement.getAttribute(attr);
        const error = (document.querySelector(".load-error") as HTMLElement | null)?.innerText ?? document.documentElement.getAttribute("data-bench-error");
        const readyAt = performance.getEntriesByName(mark)[0]?.startTime ?? null;
        const entry = url ? (performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined) : undefined;
        const tasks = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] | null } }).__bench.longTasks;
        const longest = tasks && readyAt !== null ? Math.max(0, ...tasks.filter((t) => t.start < readyAt).map((t) => t.duration)) : null;
        const fetchedAt = fetchedMark ? (performance.getEntriesByName(fetchedMark)[0]?.startTime ?? null) : null;
        const whileFileLoads = tasks && readyAt !== null && fetchedAt !== null ? Math.max(0, ...tasks.filter((t) => t.start + t.duration > fetchedAt && t.start < readyAt).map((t) => t.duration)) : null;
        return {
          state,
          error,
          readyAt,
          fetch: entry ? { ms: entry.responseEnd - entry.startTime, fromCache: entry.transferSize === 0 && entry.decodedBodySize > 0, bytes: entry.decodedBodySize } : null,
          longest,
          whileFileLoads,
        };
      },
      { attr: tool.readyAttribute, mark: tool.readyMark, fetchedMark: dataUrl ? (tool.fetchedMark ?? null) : null, url: dataUrl },
    );
    if (load.state !== "ready") {
      result.status = "error";
      result.message = (load.error ?? "the page reported an error").replace(/\s+/g, " ").trim().slice(0, 400);
      return result;
    }
    result.readyMs = load.readyAt ?? undefined;
    result.fetch = dataUrl ? load.fetch : undefined;
    result.longestTaskBeforeReadyMs = load.longest;
    result.longestTaskWhileFileLoadsMs = load.whileFileLoads;

    result.heapUsedMB = await within("heap", heapUsedMB(tab), opts.deadline);
    if (opts.readyOnly || tool.readyOnly) return result;

    // Filter and search first, on the full view, where they have the most to redraw.
    if (tool.id === "cronica") {
      result.filter = await phase("filter", opts.deadline, () => categoryToggle(tab).then((button) => latency(tab, "click", () => button.click())));
      result.filterBack = await phase("filter back", opts.deadline, () => categoryToggle(tab).then((button) => latency(tab, "click", () => button.click())));
      const box = tab.getByRole("searchbox").first();
      result.search = await phase("search", opts.deadline, async () => {
        await box.click();
        return latency(tab, "keydown", () => tab.keyboard.press("7"));
      });
      result.searchClear = await phase("search clear", opts.deadline, () => latency(tab, "keydown", () => tab.keyboard.press("Backspace")));
    }
    result.zoom = await phase("zoom", opts.deadline, () => zoom(tab, tool));
    result.pan = await phase("pan", opts.deadline, () => pan(tab, tool));
    return result;
  } catch (err) {
    result.status = err instanceof GaveUp ? "gave-up" : err instanceof OutOfTime ? "out-of-time" : "error";
    result.message = message(err) + (page && result.status !== "error" ? await whatThePageShows(page) : "");
    return result;
  } finally {
    result.wallMs = Date.now() - started;
    await browser.close();
  }
}

/** After a give-up: the page's status line (e.g. load progress), or that it does not answer. */
async function whatThePageShows(page: Page): Promise<string> {
  const text = page.evaluate(() => {
    const status = [...document.querySelectorAll("[role=status], [role=progressbar], progress")].map((e) => (e as HTMLElement).innerText || e.getAttribute("aria-valuetext") || "").filter(Boolean);
    return status.join(" · ").replace(/\s+/g, " ").trim().slice(0, 160);
  });
  text.catch(() => {});
  const answer = await Promise.race([text, sleep(3_000).then(() => null)]).catch(() => null);
  if (answer === null) return " (the page did not answer within 3 s: its main thread is busy)";
  return answer ? ` (the page showed: "${answer}")` : "";
}

/** Runs one measurement with the 60 s limit; a give-up propagates (the page is stuck), other errors are kept. */
async function phase<T>(what: string, deadline: number, work: () => Promise<T>): Promise<PhaseResult<T>> {
  try {
    return await within(what, work(), deadline);
  } catch (err) {
    if (err instanceof GaveUp || err instanceof OutOfTime) throw err;
    return { error: message(err) };
  }
}

async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 1_048_576;
}

/** The first category's toggle in the filter panel: a checkbox if the panel has them, else a pressed toggle button. */
async function categoryToggle(page: Page): Promise<Locator> {
  const group = page.locator(".filter-panel .category-filter, .filter-panel [role=group]").first();
  const checkbox = group.getByRole("checkbox").first();
  if (await checkbox.count()) return checkbox;
  const toggle = group.locator("button[aria-pressed]").first();
  if (await toggle.count()) return toggle;
  throw new Error("no category toggle found in the filter panel");
}

async function latency(page: Page, trigger: "click" | "keydown", act: () => Promise<unknown>): Promise<Latency> {
  await page.waitForTimeout(300); // let hover and focus effects settle before arming
  await page.evaluate((t) => (window as unknown as { __bench: { armLatency: (t: string) => void } }).__bench.armLatency(t), trigger);
  try {
    await act();
    const noChangeBy = Date.now() + 5_000;
    for (;;) {
      const p = await page.evaluate(() => (window as unknown as { __bench: { readLatency: () => LatencyProbe } }).__bench.readLatency());
      if (p.t0 !== null && p.lastMutation !== null && p.frameAfterLast !== null && p.frameAfterLast >= p.lastMutation && p.now - p.lastMutation >= QUIET_MS) {
        return { ms: p.frameAfterLast - p.t0, firstResponseMs: (p.frameAfterFirst ?? p.frameAfterLast) - p.t0, mutationBatches: p.batches };
      }
      if (p.lastMutation === null && Date.now() > noChangeBy) throw new Error(p.t0 === null ? `no ${trigger} event reached the page` : "the page did not change within 5 s");
      await sleep(100);
    }
  } finally {
    await page.evaluate(() => (window as unknown as { __bench: { disarmLatency: () => void } }).__bench.disarmLatency()).catch(() => {});
  }
}

interface LatencyProbe {
  t0: number | null;
  firstMutation: number | null;
  lastMutation: number | null;
  frameAfterFirst: number | null;
  frameAfterLast: number | null;
  batches: number;
  now: number;
}

/** The centre of the part of the plot that is on screen (the plot may run below the fold). */
async function plotCentre(page: Page, tool: Tool): Promise<{ x: number; y: number }> {
  const box = await page.locator(tool.plotSelector).first().boundingBox();
  const view = page.viewportSize() ?? { width: 1280, height: 800 };
  if (!box) throw new Error(`no ${tool.plotSelector} on the page`);
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, view.height);
  if (bottom - top < 20) throw new Error(`${tool.plotSelector} is not on screen`);
  return { x: box.x + box.width / 2, y: (top + bottom) / 2 };
}

/** Axis labels with their positions: a zoom or pan changes one or the other. */
const axisText = (page: Page, tool: Tool) =>
  page.$$eval(tool.axisSelector, (els) => els.map((e) => `${e.textContent ?? ""}@${Math.round(e.getBoundingClientRect().x)}`).join("|"));

/** Records frames around `act`, keeping those from the first input to the end of the effect. */
async function recordFrames(page: Page, act: () => Promise<void>): Promise<FrameStats> {
  // Start from a quiet page: whatever earlier input queued has drawn.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(300);
  const start = await page.evaluate(() => (window as unknown as { __bench: { startFrames: () => number } }).__bench.startFrames());
  await act();
  const { stamps } = await page.evaluate(() => (window as unknown as { __bench: { stopFrames: () => Promise<{ stamps: number[] }> } }).__bench.stopFrames());
  const stats = frameStats(stamps.filter((t) => t >= start - 1));
  if (!stats) throw new Error("no frames recorded");
  return stats;
}

/** 20 wheel notches over the plot: 10 in, then 10 out again, at its centre. */
async function zoom(page: Page, tool: Tool): Promise<Interaction> {
  const c = await plotCentre(page, tool);
  await page.mouse.move(c.x, c.y);
  const before = await axisText(page, tool);
  let midway = before;
  const stats = await recordFrames(page, async () => {
    for (let i = 0; i < WHEEL_STEPS; i++) {
      if (i === WHEEL_STEPS / 2) midway = await axisText(page, tool);
      await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -100 : 100);
      await sleep(INPUT_GAP_MS);
    }
  });
  return { ...stats, moved: midway !== before };
}

/**
 * A mouse drag of 300 px to the left across the plot, in 20 moves. First (not measured) 3 wheel
 * notches in: at "fit all" Cronica has nowhere to pan to, as its view stays within the data.
 */
async function pan(page: Page, tool: Tool): Promise<Interaction> {
  const c = await plotCentre(page, tool);
  const x0 = c.x + (DRAG_STEPS * DRAG_STEP_PX) / 2;
  await page.mouse.move(x0, c.y);
  for (let i = 0; i < PAN_SETUP_NOTCHES; i++) await page.mouse.wheel(0, -100);
  const before = await axisText(page, tool);
  const stats = await recordFrames(page, async () => {
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS; i++) {
      await page.mouse.move(x0 - i * DRAG_STEP_PX, c.y);
      await sleep(INPUT_GAP_MS);
    }
    await page.mouse.up();
  });
  return { ...stats, moved: (await axisText(page, tool)) !== before };
}
