/**
 * Pure: runs → medians per case → the markdown report (comparison with ratios, then issue 6's
 * targets with pass/fail). Nothing here touches a browser, so it is unit-tested.
 */
import type { Interaction, Latency, PhaseResult, RunResult } from "./measure.ts";
import { medianOf } from "./stats.ts";
import type { ToolId } from "./tools.ts";

export type CaseSize = number | "default";

export interface CaseResult {
  tool: ToolId;
  size: CaseSize;
  status: "ok" | "error" | "gave-up" | "out-of-time" | "skipped";
  /** Why it failed or was skipped, in words. */
  message?: string;
  runs: RunResult[];
  median: Medians;
}

export interface Medians {
  readyMs: number | null;
  heapUsedMB: number | null;
  fetchMs: number | null;
  longestTaskBeforeReadyMs: number | null;
  longestTaskWhileFileLoadsMs: number | null;
  zoomP50: number | null;
  zoomP95: number | null;
  zoomMax: number | null;
  zoomDropped: number | null;
  panP50: number | null;
  panP95: number | null;
  panMax: number | null;
  panDropped: number | null;
  filterMs: number | null;
  searchMs: number | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  chromium: string;
  node: string;
  os: string;
  date: string;
  loadAverageStart: number[];
  loadAverageEnd?: number[];
}

export interface BenchResults {
  machine: Machine;
  config: Record<string, unknown>;
  bundle: { files: { file: string; bytes: number; gzipBytes: number }[]; gzipBytes: number } | { error: string };
  cases: CaseResult[];
  durationS: number;
}

function ok<T extends object>(r: PhaseResult<T> | undefined): T | undefined {
  return r && !("error" in r) ? r : undefined;
}

export function summarise(runs: readonly RunResult[]): Medians {
  const z = (r: RunResult) => ok<Interaction>(r.zoom);
  const p = (r: RunResult) => ok<Interaction>(r.pan);
  const lat = (l: PhaseResult<Latency> | undefined) => ok<Latency>(l)?.ms;
  return {
    readyMs: medianOf(runs, (r) => r.readyMs),
    heapUsedMB: medianOf(runs, (r) => r.heapUsedMB),
    fetchMs: medianOf(runs, (r) => r.fetch?.ms),
    longestTaskBeforeReadyMs: medianOf(runs, (r) => r.longestTaskBeforeReadyMs),
    longestTaskWhileFileLoadsMs: medianOf(runs, (r) => r.longestTaskWhileFileLoadsMs),
    zoomP50: medianOf(runs, (r) => z(r)?.p50),
    zoomP95: medianOf(runs, (r) => z(r)?.p95),
    zoomMax: medianOf(runs, (r) => z(r)?.max),
    zoomDropped: medianOf(runs, (r) => z(r)?.dropped),
    panP50: medianOf(runs, (r) => p(r)?.p50),
    panP95: medianOf(runs, (r) => p(r)?.p95),
    panMax: medianOf(runs, (r) => p(r)?.max),
    panDropped: medianOf(runs, (r) => p(r)?.dropped),
    filterMs: medianOf(runs, (r) => lat(r.filter)),
    searchMs: medianOf(runs, (r) => lat(r.search)),
  };
}

/** A case's status from its runs: the first failure decides, with its message. */
export function caseFromRuns(tool: ToolId, size: CaseSize, runs: RunResult[]): CaseResult {
  const failed = runs.find((r) => r.status !== "ok");
  return {
    tool,
    size,
    status: failed ? failed.status : "ok",
    ...(failed?.message ? { message: failed.message } : {}),
    runs,
    median: summarise(runs),
  };
}

export function skippedCase(tool: ToolId, size: CaseSize, message: string): CaseResult {
  return { tool, size, status: "skipped", message, runs: [], median: summarise([]) };
}

// ---- formatting ----

const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const fmtMs = (n: number | null) => (n === null ? "–" : n >= 100 ? `${int(n)}` : n.toFixed(1));
/** A difference of two times, which may be negative: "−120", not "-120.0". */
const fmtDiff = (n: number) => (n < 0 ? `−${fmtMs(-n)}` : fmtMs(n));
const sizeLabel = (s: CaseSize) => (s === "default" ? "default dataset" : `${s.toLocaleString("en-US")} events`);

/** What a table cell shows where a number is missing: why, in short (the notes have it in full). */
function why(c: CaseResult | undefined): string {
  if (!c) return "not run";
  switch (c.status) {
    case "ok":
      return "–";
    case "error":
      return "failed (see notes)";
    case "gave-up":
      return "gave up after 60 s";
    case "out-of-time":
      return "stopped: time budget";
    case "skipped":
      return c.message ?? "skipped";
  }
}

/** The same, with the page's own message, for the targets table. */
function whyInFull(c: CaseResult | undefined): string {
  if (c?.status === "error") return `failed: ${shorten(c.message ?? "?")}`;
  if (c?.status === "gave-up") return c.message ?? "gave up after 60 s";
  return why(c);
}

const shorten = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function cell(c: CaseResult | undefined, value: number | null, fmt: (n: number) => string = (n) => fmtMs(n)): string {
  if (value !== null) return fmt(value) + (c && c.status !== "ok" ? " †" : "");
  return why(c);
}

function triple(c: CaseResult | undefined, a: number | null, b: number | null, m: number | null): string {
  if (a === null || b === null || m === null) return why(c);
  return `${fmtMs(a)} / ${fmtMs(b)} / ${fmtMs(m)}` + (c && c.status !== "ok" ? " †" : "");
}

/** vis ÷ Cronica (how many times better we are on a lower-is-better metric). */
/** A longest-task cell. The Long Tasks API reports tasks of 50 ms or more: a 0 means there was none. */
function task(c: CaseResult | undefined, value: number | null): string {
  return value === 0 ? "< 50" : cell(c, value);
}

export function ratio(us: number | null, them: number | null, themCase?: CaseResult): string {
  if (us === null || us <= 0) return "–";
  if (them !== null) return `${(them / us).toFixed(1)}×`;
  // vis-timeline gave up at 60 s: we are at least 60 s / ours faster.
  if (themCase && (themCase.status === "gave-up" || themCase.message?.startsWith("skipped: gave up"))) return `> ${(60_000 / us).toFixed(0)}×`;
  return "–";
}

export interface TargetRow {
  scope: string;
  what: string;
  target: string;
  value: string;
  pass: boolean | null;
}

const find = (cases: readonly CaseResult[], tool: ToolId, size: CaseSize) => cases.find((c) => c.tool === tool && c.size === size);

/**
 * rAF timestamps of frames that are on time jitter by about ±0.1 ms around 16.67 ms: frame
 * targets and comparisons allow this much, so an on-time 16.8 ms frame is not a miss.
 */
export const FRAME_JITTER_MS = 0.5;

function atMost(scope: string, what: string, c: CaseResult | undefined, value: number | null, limit: number, unit: string, strict = false, slack = 0): TargetRow {
  const pass = value === null ? (c && c.status !== "ok" && c.status !== "skipped" ? false : null) : strict ? value < limit : value <= limit + slack;
  return { scope, what, target: `${strict ? "<" : "≤"} ${limit} ${unit}${slack ? ` (± ${slack} ms jitter)` : ""}`, value: value === null ? whyInFull(c) : `${fmtMs(value)} ${unit}`, pass };
}

/**
 * A first-render target with the floors' first render beside it (when they were run): the least a
 * React app takes here, and the least one that parses in a worker, as issue 6 requires, takes.
 */
function withFloors(row: TargetRow, cases: readonly CaseResult[], size: CaseSize): TargetRow {
  const floor = find(cases, "react-floor", size)?.median.readyMs ?? null;
  const responsive = find(cases, "responsive-floor", size)?.median.readyMs ?? null;
  const parts = [
    ...(floor === null ? [] : [`the React floor: ${fmtMs(floor)} ms`]),
    // With no dataset the responsive floor starts no worker: it is the same empty page.
    ...(responsive === null ? [] : [`${size === "default" ? "the responsive floor" : "parsing in a worker"}: ${fmtMs(responsive)} ms`]),
  ];
  return parts.length ? { ...row, value: `${row.value} (${parts.join("; ")})` } : row;
}

export function targetRows(results: Pick<BenchResults, "cases" | "bundle">): TargetRow[] {
  const rows: TargetRow[] = [];
  const { cases } = results;
  const c100 = find(cases, "cronica", 100_000);
  const m100 = c100?.median;
  rows.push(withFloors(atMost("100,000", "first render", c100, m100?.readyMs ?? null, 1500, "ms"), cases, 100_000));
  rows.push(atMost("100,000", "zoom p95 frame", c100, m100?.zoomP95 ?? null, 16.7, "ms", false, FRAME_JITTER_MS));
  rows.push(atMost("100,000", "pan p95 frame", c100, m100?.panP95 ?? null, 16.7, "ms", false, FRAME_JITTER_MS));
  rows.push(atMost("100,000", "filter → frame", c100, m100?.filterMs ?? null, 100, "ms"));
  rows.push(atMost("100,000", "search keystroke → frame", c100, m100?.searchMs ?? null, 100, "ms"));
  rows.push(atMost("100,000", "JS heap", c100, m100?.heapUsedMB ?? null, 300, "MB", true));
  // Issue 6: "parsing and validating a 100,000-event file happens in a worker …; the page never
  // stops responding for more than 100 ms": from the moment the page has the file to first render.
  // The longest task since navigation (compiling and starting the app) is shown beside it.
  const loadRow = atMost("100,000", "longest main-thread task while the file loads", c100, m100?.longestTaskWhileFileLoadsMs ?? null, 100, "ms");
  const sinceNavigation = m100?.longestTaskBeforeReadyMs ?? null;
  rows.push(sinceNavigation === null || m100?.longestTaskWhileFileLoadsMs == null ? loadRow : { ...loadRow, value: `${loadRow.value} (since navigation, the app's start included: ${fmtMs(sinceNavigation)} ms)` });
  const c10 = find(cases, "cronica", 10_000);
  rows.push(withFloors(atMost("10,000", "first render", c10, c10?.median.readyMs ?? null, 800, "ms"), cases, 10_000));
  rows.push(atMost("10,000", "zoom p95 frame", c10, c10?.median.zoomP95 ?? null, 16.7, "ms", false, FRAME_JITTER_MS));
  rows.push(atMost("10,000", "pan p95 frame", c10, c10?.median.panP95 ?? null, 16.7, "ms", false, FRAME_JITTER_MS));

  const us1 = find(cases, "cronica", 1_000);
  const vis1 = find(cases, "vis-timeline", 1_000);
  const usReady = us1?.median.readyMs ?? null;
  const visReady = vis1?.median.readyMs ?? null;
  const visGaveUp = vis1?.status === "gave-up";
  const speedup = usReady === null ? null : visReady !== null ? visReady / usReady : visGaveUp ? 60_000 / usReady : null;
  const floor1 = find(cases, "react-floor", 1_000)?.median.readyMs ?? null;
  rows.push({
    scope: "1,000",
    what: "first render vs vis-timeline",
    target: "≥ 10× faster",
    value:
      (speedup === null ? whyInFull(usReady === null ? us1 : vis1) : `${visReady === null ? "> " : ""}${speedup.toFixed(1)}× (${fmtMs(usReady)} vs ${visReady === null ? "> 60,000" : fmtMs(visReady)} ms)`) +
      (floor1 !== null && visReady !== null ? `; the React floor is ${(visReady / floor1).toFixed(1)}× faster than vis-timeline (${fmtMs(floor1)} ms)` : ""),
    pass: speedup === null ? null : speedup >= 10,
  });
  for (const [what, key] of [
    ["zoom p95 frame vs vis-timeline", "zoomP95"],
    ["pan p95 frame vs vis-timeline", "panP95"],
  ] as const) {
    const a = us1?.median[key] ?? null;
    const b = vis1?.median[key] ?? null;
    rows.push({
      scope: "1,000",
      what,
      target: `lower (by more than ${FRAME_JITTER_MS} ms)`,
      value: a === null || b === null ? `${cell(us1, a)} vs ${cell(vis1, b)}` : `${fmtMs(a)} vs ${fmtMs(b)} ms`,
      pass: a === null ? null : b === null ? (visGaveUp ? true : null) : a < b - FRAME_JITTER_MS,
    });
  }
  const def = find(cases, "cronica", "default");
  rows.push(withFloors(atMost("default", "first render", def, def?.median.readyMs ?? null, 500, "ms"), cases, "default"));
  const gz = "gzipBytes" in results.bundle ? results.bundle.gzipBytes / 1000 : null;
  rows.push({
    scope: "default",
    what: "initial JavaScript (gzip)",
    target: "< 150 kB",
    value: gz === null ? `error: ${"error" in results.bundle ? results.bundle.error : "?"}` : `${gz.toFixed(1)} kB`,
    pass: gz === null ? null : gz < 150,
  });
  return rows;
}

/**
 * The floors: React and the browser's share of a first render (tests/bench/floor/, parsing on the
 * main thread), and what issue 6's worker rule adds to it (tests/bench/floor-responsive/), so the
 * report shows what is Cronica's own. Nothing when no floor was run; without the responsive floor
 * (an older latest.json) the table is the main-thread floor's alone, as it was.
 */
function floorTable(cases: readonly CaseResult[], sizes: readonly number[]): string[] {
  const scopes = (["default", ...sizes] as CaseSize[]).filter((size) => find(cases, "react-floor", size) || find(cases, "responsive-floor", size));
  if (!scopes.length) return [];
  const label = (size: CaseSize, floors: string) => (size === "default" ? `default dataset (${floors}: no data)` : size.toLocaleString("en-US"));
  const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? fmtDiff(a - b) : "–");
  const ready = (tool: ToolId, size: CaseSize) => find(cases, tool, size)?.median.readyMs ?? null;
  const visOverFloor = (size: CaseSize) => (size === "default" ? "n/a" : ratio(ready("react-floor", size), ready("vis-timeline", size)));

  if (!cases.some((c) => c.tool === "responsive-floor")) {
    return [
      "",
      "The floor: an almost empty React 19 app (tests/bench/floor/) that reads and parses the same file with the same request and renders one line. No app built on React renders sooner here; what Cronica takes beyond it is its own.",
      "",
      "| events | floor first render | Cronica first render | Cronica − floor | vis ÷ floor |",
      "| --- | --- | --- | --- | --- |",
      ...scopes.map((size) => {
        const [f, c] = [find(cases, "react-floor", size), find(cases, "cronica", size)];
        return `| ${label(size, "floor")} | ${cell(f, ready("react-floor", size))} | ${cell(c, ready("cronica", size))} | ${diff(ready("cronica", size), ready("react-floor", size))} | ${visOverFloor(size)} |`;
      }),
    ];
  }

  const tasks = (tool: ToolId, size: CaseSize) => {
    const c = find(cases, tool, size);
    if (!c || c.median.readyMs === null) return why(c);
    const sinceNavigation = task(c, c?.median.longestTaskBeforeReadyMs ?? null);
    return size === "default" ? sinceNavigation : `${sinceNavigation} (${task(c, c?.median.longestTaskWhileFileLoadsMs ?? null)})`;
  };
  return [
    "",
    "The floors: almost empty React 19 apps that read the same file with the same request and render one line. The floor (tests/bench/floor/) reads and parses it on the main thread, in long tasks: no app built on React renders sooner here. The responsive floor (tests/bench/floor-responsive/) follows issue 6's rule: a worker reads and parses the file and posts the events to the page in small messages, so the page keeps responding. The difference is what the rule costs done the plain way (an app that hands the data over more cheaply than as cloned objects may pay less); what Cronica takes beyond the responsive floor is its own.",
    "",
    "| events | floor first render | responsive floor first render | responsive − floor (the worker rule) | Cronica first render | Cronica − responsive floor | vis ÷ floor |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...scopes.map((size) => {
      const [f, r, c] = [find(cases, "react-floor", size), find(cases, "responsive-floor", size), find(cases, "cronica", size)];
      const [floor, responsive, us] = [ready("react-floor", size), ready("responsive-floor", size), ready("cronica", size)];
      return `| ${label(size, "floors")} | ${cell(f, floor)} | ${cell(r, responsive)} | ${diff(responsive, floor)} | ${cell(c, us)} | ${diff(us, responsive)} | ${visOverFloor(size)} |`;
    }),
    "",
    "The floors' longest main-thread task, from navigation to first render (the page's start included); in brackets, from the moment the page (for the responsive floor, its worker) has the file's text, which issue 6 limits to 100 ms. \"< 50\": no long task at all.",
    "",
    "| events | floor | responsive floor |",
    "| --- | --- | --- |",
    ...scopes.map((size) => `| ${label(size, "floors")} | ${tasks("react-floor", size)} | ${tasks("responsive-floor", size)} |`),
  ];
}

const passText = (p: boolean | null) => (p === null ? "not measured" : p ? "pass" : "**fail**");

export function markdownReport(results: BenchResults): string {
  const { cases, machine } = results;
  const sizes = [...new Set(cases.map((c) => c.size).filter((s): s is number => s !== "default"))];
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM; Chromium ${machine.chromium}; Node ${machine.node}; ${machine.os}; ${machine.date}.`);
  out.push(`Load average (1/5/15 min) at start: ${machine.loadAverageStart.map((n) => n.toFixed(2)).join(" / ")}${machine.loadAverageEnd ? `, at end: ${machine.loadAverageEnd.map((n) => n.toFixed(2)).join(" / ")}` : ""}. Full run: ${Math.round(results.durationS)} s.`);
  out.push("");
  out.push("Medians of the runs (times in ms; frames as p50 / p95 / max; dropped = frame intervals over 25 ms). † = some runs failed, median of the rest.");
  out.push("");
  out.push("| events | metric | Cronica | vis-timeline | vis ÷ Cronica |");
  out.push("| --- | --- | --- | --- | --- |");
  for (const size of sizes) {
    const us = find(cases, "cronica", size);
    const vis = find(cases, "vis-timeline", size);
    const a = us?.median;
    const b = vis?.median;
    const label = size.toLocaleString("en-US");
    out.push(`| ${label} | first render | ${cell(us, a?.readyMs ?? null)} | ${cell(vis, b?.readyMs ?? null)} | ${ratio(a?.readyMs ?? null, b?.readyMs ?? null, vis)} |`);
    out.push(`| ${label} | longest task, navigation → first render | ${task(us, a?.longestTaskBeforeReadyMs ?? null)} | ${task(vis, b?.longestTaskBeforeReadyMs ?? null)} | ${ratio(a?.longestTaskBeforeReadyMs ?? null, b?.longestTaskBeforeReadyMs ?? null)} |`);
    out.push(`| ${label} | longest task, file fetched → first render | ${task(us, a?.longestTaskWhileFileLoadsMs ?? null)} | ${task(vis, b?.longestTaskWhileFileLoadsMs ?? null)} | ${ratio(a?.longestTaskWhileFileLoadsMs ?? null, b?.longestTaskWhileFileLoadsMs ?? null)} |`);
    out.push(`| ${label} | JS heap (MB) | ${cell(us, a?.heapUsedMB ?? null, (n) => n.toFixed(1))} | ${cell(vis, b?.heapUsedMB ?? null, (n) => n.toFixed(1))} | ${ratio(a?.heapUsedMB ?? null, b?.heapUsedMB ?? null)} |`);
    out.push(`| ${label} | zoom frames | ${triple(us, a?.zoomP50 ?? null, a?.zoomP95 ?? null, a?.zoomMax ?? null)} | ${triple(vis, b?.zoomP50 ?? null, b?.zoomP95 ?? null, b?.zoomMax ?? null)} | ${ratio(a?.zoomP95 ?? null, b?.zoomP95 ?? null)} (p95) |`);
    out.push(`| ${label} | zoom dropped frames | ${cell(us, a?.zoomDropped ?? null, int)} | ${cell(vis, b?.zoomDropped ?? null, int)} | |`);
    out.push(`| ${label} | pan frames | ${triple(us, a?.panP50 ?? null, a?.panP95 ?? null, a?.panMax ?? null)} | ${triple(vis, b?.panP50 ?? null, b?.panP95 ?? null, b?.panMax ?? null)} | ${ratio(a?.panP95 ?? null, b?.panP95 ?? null)} (p95) |`);
    out.push(`| ${label} | pan dropped frames | ${cell(us, a?.panDropped ?? null, int)} | ${cell(vis, b?.panDropped ?? null, int)} | |`);
    out.push(`| ${label} | filter → frame | ${cell(us, a?.filterMs ?? null)} | n/a | |`);
    out.push(`| ${label} | search keystroke → frame | ${cell(us, a?.searchMs ?? null)} | n/a | |`);
  }
  const def = find(cases, "cronica", "default");
  if (def) out.push(`| ${sizeLabel("default")} | first render | ${cell(def, def.median.readyMs)} | n/a | |`);
  out.push(...floorTable(cases, sizes));
  out.push("");
  out.push("Issue 6's targets:");
  out.push("");
  out.push("| scope | what | target | measured | result |");
  out.push("| --- | --- | --- | --- | --- |");
  for (const r of targetRows(results)) out.push(`| ${r.scope} | ${r.what} | ${r.target} | ${r.value} | ${passText(r.pass)} |`);
  const notes = cases.filter((c) => c.status !== "ok").map((c) => `- ${c.tool} at ${sizeLabel(c.size)}: ${c.status === "error" ? `failed, the page said: ${c.message}` : c.message}`);
  const notMoved = cases.flatMap((c) =>
    c.runs.flatMap((r) =>
      (["zoom", "pan"] as const).filter((k) => {
        const x = ok<Interaction>(r[k]);
        return x && !x.moved;
      }).map((k) => `- ${c.tool} at ${sizeLabel(c.size)}, run ${r.run}: the ${k} did not change the axis (the view may not have moved)`),
    ),
  );
  const phaseErrors = cases.flatMap((c) =>
    c.runs.flatMap((r) =>
      (["filter", "filterBack", "search", "searchClear", "zoom", "pan"] as const).flatMap((k) => {
        const x = r[k];
        return x && "error" in x ? [`- ${c.tool} at ${sizeLabel(c.size)}, run ${r.run}: ${k}: ${x.error}`] : [];
      }),
    ),
  );
  const uncached = cases.flatMap((c) => c.runs.filter((r) => r.fetch && !r.fetch.fromCache).map((r) => `- ${c.tool} at ${sizeLabel(c.size)}, run ${r.run}: the dataset did not come from the HTTP cache (${fmtMs(r.fetch!.ms)} ms fetch)`));
  const allNotes = [...notes, ...phaseErrors, ...notMoved, ...uncached];
  if (allNotes.length) {
    out.push("");
    out.push("Notes:");
    out.push(...allNotes);
  }
  return out.join("\n") + "\n";
}
