import { describe, expect, it } from "vitest";
import type { RunResult } from "../../bench/measure.ts";
import { caseFromRuns, markdownReport, ratio, skippedCase, targetRows } from "../../bench/report.ts";
import type { BenchResults } from "../../bench/report.ts";

const frames = (p95: number) => ({ frames: 40, p50: 16.7, p95, max: p95 * 2, dropped: 3, missedVsyncs: 4, spanMs: 700, moved: true });
const run = (n: number, readyMs: number, extra: Partial<RunResult> = {}): RunResult => ({
  run: n,
  status: "ok",
  readyMs,
  heapUsedMB: 50,
  zoom: frames(20),
  pan: frames(18),
  filter: { ms: 80, firstResponseMs: 40, mutationBatches: 2 },
  search: { error: "no search box" },
  wallMs: 1000,
  ...extra,
});

const machine = { cpu: "Test CPU", cores: 2, ramGB: 8, chromium: "1.0", node: "v20", os: "Linux", date: "2026-01-01T00:00:00Z", loadAverageStart: [0.1, 0.2, 0.3] };
/** Results of a run with these cases (machine, settings and bundle as any). */
const resultsOf = (cases: BenchResults["cases"]): BenchResults => ({ machine, config: {}, bundle: { files: [], gzipBytes: 140_000 }, durationS: 100, cases });

describe("caseFromRuns", () => {
  it("takes medians over the runs and ignores failed phases", () => {
    const c = caseFromRuns("cronica", 1000, [run(1, 300), run(2, 100), run(3, 200)]);
    expect(c.status).toBe("ok");
    expect(c.median.readyMs).toBe(200);
    expect(c.median.zoomP95).toBe(20);
    expect(c.median.filterMs).toBe(80);
    expect(c.median.searchMs).toBeNull();
  });
  it("keeps the first failure's status and message", () => {
    const c = caseFromRuns("vis-timeline", 10_000, [{ run: 1, status: "gave-up", message: "first render: gave up after 60 s", wallMs: 60_000 }]);
    expect(c.status).toBe("gave-up");
    expect(c.message).toBe("first render: gave up after 60 s");
    expect(c.median.readyMs).toBeNull();
  });
});

describe("ratio", () => {
  it("is theirs over ours, or a lower bound when they gave up", () => {
    expect(ratio(100, 450)).toBe("4.5×");
    expect(ratio(100, null, skippedCase("vis-timeline", 100_000, "skipped: gave up at 10,000"))).toBe("> 600×");
    expect(ratio(null, 450)).toBe("–");
  });
});

describe("targetRows and markdownReport", () => {
  const results: BenchResults = {
    machine,
    config: {},
    bundle: { files: [{ file: "./assets/index.js", bytes: 400_000, gzipBytes: 120_000 }], gzipBytes: 120_000 },
    durationS: 100,
    cases: [
      caseFromRuns("cronica", "default", [run(1, 400)]),
      caseFromRuns("cronica", 1000, [run(1, 100)]),
      caseFromRuns("vis-timeline", 1000, [run(1, 2000, { zoom: frames(60), pan: frames(10) })]),
      caseFromRuns("cronica", 10_000, [run(1, 900)]),
      caseFromRuns("vis-timeline", 10_000, [{ run: 1, status: "gave-up", message: "first render: gave up after 60 s", wallMs: 60_000 }]),
      caseFromRuns("cronica", 100_000, [{ run: 1, status: "error", message: "This file has 100,000 events; the limit is 50,000.", wallMs: 900 }]),
      skippedCase("vis-timeline", 100_000, "skipped: gave up at 10,000"),
    ],
  };
  const rows = targetRows(results);
  const row = (scope: string, what: string) => rows.find((r) => r.scope === scope && r.what === what)!;

  it("checks each target of issue 6", () => {
    expect(row("1,000", "first render vs vis-timeline")).toMatchObject({ pass: true, value: "20.0× (100 vs 2,000 ms)" });
    expect(row("1,000", "zoom p95 frame vs vis-timeline").pass).toBe(true);
    expect(row("1,000", "pan p95 frame vs vis-timeline").pass).toBe(false);
    expect(row("10,000", "first render").pass).toBe(false);
    expect(row("default", "first render").pass).toBe(true);
    // An on-time frame's timestamp jitters around 16.7 ms; 18 ms is a real miss.
    expect(row("10,000", "pan p95 frame").pass).toBe(false);
    expect(row("default", "initial JavaScript (gzip)")).toMatchObject({ pass: true, value: "120.0 kB" });
  });
  it("allows frame timestamps their jitter, but not more", () => {
    const on = (p95: number) => targetRows({ ...results, cases: [caseFromRuns("cronica", 10_000, [run(1, 500, { zoom: frames(p95) })])] }).find((r) => r.scope === "10,000" && r.what === "zoom p95 frame")!.pass;
    expect(on(16.8)).toBe(true);
    expect(on(17.5)).toBe(false);
  });
  it("counts a case that failed as a failed target, with the page's message", () => {
    expect(row("100,000", "first render")).toMatchObject({ pass: false, value: "failed: This file has 100,000 events; the limit is 50,000." });
  });
  it("prints the comparison, the targets and why cases are missing", () => {
    const md = markdownReport(results);
    expect(md).toContain("Test CPU, 2 cores, 8 GB RAM");
    expect(md).toContain("| 1,000 | first render | 100 | 2,000 | 20.0× |");
    expect(md).toContain("| 10,000 | first render | 900 | gave up after 60 s | > 67× |");
    expect(md).toContain("| 100,000 | first render | failed (see notes) | skipped: gave up at 10,000 |");
    expect(md).toContain("| 100,000 | filter → frame | ≤ 100 ms |");
    expect(md).toContain("search: no search box");
    expect(md).toContain("- cronica at 100,000 events: failed, the page said: This file has 100,000 events; the limit is 50,000.");
  });
});

describe("the React floor", () => {
  const results: BenchResults = resultsOf([
      caseFromRuns("cronica", "default", [run(1, 900)]),
      caseFromRuns("react-floor", "default", [run(1, 450)]),
      caseFromRuns("cronica", 1000, [run(1, 1000)]),
      caseFromRuns("vis-timeline", 1000, [run(1, 2000)]),
      caseFromRuns("react-floor", 1000, [run(1, 500)]),
    ]);
  it("says what Cronica takes beyond it, and how far the floor itself is from vis-timeline", () => {
    const md = markdownReport(results);
    expect(md).toContain("| 1,000 | 500 | 1,000 | 500 | 4.0× |");
    expect(md).toContain("| default dataset (floor: no data) | 450 | 900 | 450 | n/a |");
    const rows = targetRows(results);
    expect(rows.find((r) => r.what === "first render vs vis-timeline")).toMatchObject({ pass: false, value: "2.0× (1,000 vs 2,000 ms); the React floor is 4.0× faster than vis-timeline (500 ms)" });
    expect(rows.find((r) => r.scope === "default" && r.what === "first render")).toMatchObject({ pass: false, value: "900 ms (the React floor: 450 ms)" });
  });
  it("keeps the main-thread floor's table, as it was, for results without the responsive floor", () => {
    const md = markdownReport(results);
    expect(md).toContain("| events | floor first render | Cronica first render | Cronica − floor | vis ÷ floor |");
    expect(md).not.toContain("responsive");
  });
  it("leaves the report as it was when the floor was not run", () => {
    expect(markdownReport({ ...results, cases: results.cases.filter((c) => c.tool !== "react-floor") })).not.toContain("floor");
  });
});

describe("the responsive floor", () => {
  const results: BenchResults = resultsOf([
      caseFromRuns("cronica", "default", [run(1, 900)]),
      caseFromRuns("react-floor", "default", [run(1, 450, { longestTaskBeforeReadyMs: 90 })]),
      caseFromRuns("responsive-floor", "default", [run(1, 460, { longestTaskBeforeReadyMs: 95 })]),
      caseFromRuns("cronica", 10_000, [run(1, 700)]),
      caseFromRuns("react-floor", 10_000, [run(1, 640, { longestTaskWhileFileLoadsMs: 150 })]),
      caseFromRuns("responsive-floor", 10_000, [run(1, 600, { longestTaskWhileFileLoadsMs: 30 })]),
      caseFromRuns("cronica", 100_000, [run(1, 1400)]),
      caseFromRuns("vis-timeline", 100_000, [run(1, 24_000)]),
      caseFromRuns("react-floor", 100_000, [run(1, 1200, { longestTaskBeforeReadyMs: 900, longestTaskWhileFileLoadsMs: 800 })]),
      caseFromRuns("responsive-floor", 100_000, [run(1, 1700, { longestTaskBeforeReadyMs: 120, longestTaskWhileFileLoadsMs: 0 })]),
    ]);
  it("shows what the worker rule costs beyond the floor, and what Cronica takes beyond the responsive floor", () => {
    const md = markdownReport(results);
    expect(md).toContain("| responsive floor first render | responsive − floor (the worker rule) |");
    expect(md).toContain("| 100,000 | 1,200 | 1,700 | 500 | 1,400 | −300 | 20.0× |");
    expect(md).toContain("| 10,000 | 640 | 600 | −40.0 | 700 | 100 | – |");
    expect(md).toContain("| default dataset (floors: no data) | 450 | 460 | 10.0 | 900 | 440 | n/a |");
  });
  it("shows each floor's longest task, since navigation and while the file loads", () => {
    const md = markdownReport(results);
    expect(md).toContain("| 100,000 | 900 (800) | 120 (< 50) |");
    expect(md).toContain("| 10,000 | – (150) | – (30.0) |");
    expect(md).toContain("| default dataset (floors: no data) | 90.0 | 95.0 |");
  });
  it("puts both floors beside the first-render targets", () => {
    const rows = targetRows(results);
    expect(rows.find((r) => r.scope === "100,000" && r.what === "first render")).toMatchObject({ pass: true, value: "1,400 ms (the React floor: 1,200 ms; parsing in a worker: 1,700 ms)" });
    expect(rows.find((r) => r.scope === "10,000" && r.what === "first render")).toMatchObject({ pass: true, value: "700 ms (the React floor: 640 ms; parsing in a worker: 600 ms)" });
    expect(rows.find((r) => r.scope === "default" && r.what === "first render")).toMatchObject({ value: "900 ms (the React floor: 450 ms; the responsive floor: 460 ms)" });
  });
  it("shows a table for the responsive floor alone, with what was not run", () => {
    const md = markdownReport({ ...results, cases: results.cases.filter((c) => c.tool !== "react-floor") });
    expect(md).toContain("| 100,000 | not run | 1,700 | – | 1,400 | −300 | – |");
    expect(md).toContain("| 100,000 | not run | 120 (< 50) |");
  });
});

describe("the longest task while a file loads", () => {
  it("judges issue 6's responsiveness target from fetched to first render, and shows the app's start beside it", () => {
    const results = resultsOf([caseFromRuns("cronica", 100_000, [run(1, 1400, { longestTaskBeforeReadyMs: 300, longestTaskWhileFileLoadsMs: 80 })])]);
    const row = targetRows(results).find((r) => r.what === "longest main-thread task while the file loads");
    expect(row).toMatchObject({ pass: true, value: "80.0 ms (since navigation, the app's start included: 300 ms)" });
    expect(markdownReport(results)).toContain("| 100,000 | longest task, file fetched → first render | 80.0 |");
  });
});
