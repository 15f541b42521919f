/**
 * `npm run bench` (after `npm run build`): Cronica against vis-timeline on the same synthetic
 * datasets, in headless Chromium, as issue 6 specifies. Writes tests/bench/results/latest.json
 * (every run, the medians, the machine) and latest.md, and prints the markdown report.
 *
 * Options for quick local runs (their results go to tests/bench/.tmp/, not results/):
 *   --sizes=1000,10000   --runs=1   --tools=cronica   --skip-default
 *   --dist=/tmp/my-build (a build made with `vite build --outDir`, so parallel work does not share dist/)
 * and `--report`, which only rewrites latest.md from latest.json (after a change to report.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ensureChromium } from "../helpers/chromium.ts";
import { BENCH_FLAGS, VIEWPORT } from "./browser.ts";
import { measureBundle } from "./bundleSize.ts";
import { SEED, SIZES, writeDatasets } from "./datasets.ts";
import { describeMachine } from "./machine.ts";
import { GIVE_UP_MS, measureRun } from "./measure.ts";
import type { RunResult } from "./measure.ts";
import { caseFromRuns, markdownReport, skippedCase } from "./report.ts";
import type { BenchResults, CaseResult } from "./report.ts";
import { startBenchServers } from "./server.ts";
import { buildFloors } from "./floorBuild.ts";
import { CRONICA, FLOORS, TOOLS } from "./tools.ts";
import type { Tool, ToolId } from "./tools.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO = join(HERE, "..", "..");
const DIST = option("dist") ?? join(REPO, "dist");
/** Past this, the remaining runs are skipped, so a full run stays under 10 minutes with the build. */
const BUDGET_MS = 8.5 * 60_000;

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
}

/** A mistyped option stops the run with what was wrong, instead of quietly measuring nothing. */
function refuse(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const sizes = option("sizes")?.split(",").map(Number) ?? [...SIZES];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) refuse(`--sizes wants whole numbers of events, like --sizes=1000,10000 (got "${option("sizes")}")`);
const runs = Number(option("runs") ?? 3);
if (!Number.isInteger(runs) || runs < 1) refuse(`--runs wants a whole number of at least 1 (got "${option("runs")}")`);
const toolIds = (option("tools")?.split(",") ?? TOOLS.map((t) => t.id)) as ToolId[];
const unknownTools = toolIds.filter((id) => !TOOLS.some((t) => t.id === id));
if (unknownTools.length > 0) refuse(`unknown --tools: ${unknownTools.join(", ")} (known: ${TOOLS.map((t) => t.id).join(", ")})`);
const tools = TOOLS.filter((t) => toolIds.includes(t.id));
const skipDefault = process.argv.includes("--skip-default");
const isFullRun = !option("sizes") && !option("runs") && !option("tools") && !option("dist") && !skipDefault;
const log = (line: string) => process.stderr.write(line + "\n");

async function main() {
  const started = Date.now();
  const tmpRoot = join(HERE, ".tmp");
  mkdirSync(tmpRoot, { recursive: true });
  const chromiumPath = ensureChromium();
  const probe = await chromium.launch({ executablePath: chromiumPath, args: BENCH_FLAGS, headless: true });
  const machine = describeMachine(probe.version());
  await probe.close();

  const datasets = writeDatasets(join(HERE, ".data"), sizes);
  const bundle = (() => {
    try {
      return measureBundle(DIST);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  })();
  const floors = await buildFloors(REPO, tools);
  const servers = await startBenchServers(DIST, REPO, join(HERE, ".data"));
  const origins = { app: servers.app.origin, vis: servers.vis.origin, data: servers.data.origin };
  const cases: CaseResult[] = [];
  const deadline = started + BUDGET_MS;
  const overBudget = () => Date.now() > deadline;
  const budgetNote = `skipped: the ${BUDGET_MS / 60_000}-minute budget was used up`;

  const describe = (r: RunResult) =>
    r.status === "ok"
      ? `ready ${r.readyMs?.toFixed(0)} ms, longest task ${r.longestTaskBeforeReadyMs?.toFixed(0) ?? "?"} ms` +
        (r.longestTaskWhileFileLoadsMs != null ? `, ${r.longestTaskWhileFileLoadsMs.toFixed(0)} ms while the file loads` : "") +
        (r.fetch ? ` (data ${r.fetch.fromCache ? "from cache" : "NOT cached"})` : "") + `, ${(r.wallMs / 1000).toFixed(1)} s`
      : `${r.status}: ${r.message}`;

  try {
    // The bundled dataset (for the floors: no dataset at all): first render only.
    for (const tool of skipDefault ? [] : tools.filter((t) => t === CRONICA || FLOORS.includes(t))) {
      const defaultRuns: RunResult[] = [];
      for (let run = 1; run <= runs; run++) {
        const r = await measureRun({ chromiumPath, tmpRoot, origins, tool, readyOnly: true, run, deadline });
        log(`${tool.id} default run ${run}: ${describe(r)}`);
        defaultRuns.push(r);
        if (r.status !== "ok") break;
      }
      if (defaultRuns.length) cases.push(caseFromRuns(tool.id, "default", defaultRuns));
    }

    // A tool that gave up at one size is not run at larger ones.
    const gaveUpAt = new Map<ToolId, number>();
    for (const data of datasets) {
      const runsOf = new Map<ToolId, RunResult[]>(tools.map((t) => [t.id, []]));
      const finished = new Set<ToolId>();
      for (const t of tools) {
        const at = gaveUpAt.get(t.id);
        if (at !== undefined) {
          cases.push(skippedCase(t.id, data.size, `skipped: gave up at ${at.toLocaleString("en-US")}`));
          finished.add(t.id);
        }
      }
      for (let run = 1; run <= runs; run++) {
        // Alternate which tool goes first, so a drift in machine load hits both alike.
        const order: Tool[] = run % 2 === 1 ? [...tools] : [...tools].reverse();
        for (const tool of order) {
          if (finished.has(tool.id) || overBudget()) continue;
          const r = await measureRun({ chromiumPath, tmpRoot, origins, tool, dataFile: data.file, run, deadline });
          log(`${tool.id} ${data.size} run ${run}: ${describe(r)}`);
          runsOf.get(tool.id)!.push(r);
          // Failures repeat; a give-up also stops the larger sizes.
          if (r.status !== "ok") finished.add(tool.id);
          if (r.status === "gave-up") gaveUpAt.set(tool.id, data.size);
        }
      }
      for (const t of tools) {
        if (cases.some((c) => c.tool === t.id && c.size === data.size)) continue;
        const list = runsOf.get(t.id)!;
        cases.push(list.length ? caseFromRuns(t.id, data.size, list) : skippedCase(t.id, data.size, budgetNote));
      }
    }
  } finally {
    await servers.close();
    floors.remove();
  }

  machine.loadAverageEnd = loadavg();
  const results: BenchResults = {
    machine,
    config: {
      flags: BENCH_FLAGS,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      runsPerCase: runs,
      giveUpAfterMs: GIVE_UP_MS,
      seed: SEED,
      datasets,
      dataset: "served with Cache-Control max-age and read once in the same fresh profile before each measured load (from the HTTP cache: see runs[].fetch, where the page itself fetched it; Cronica reads ?data= in a worker started by public/prefetch.js, which the page's Resource Timing does not see)",
      zoom: "20 wheel notches (deltaY ±100, one per 16 ms) at the plot's centre: 10 in, then 10 out",
      pan: "after 3 unmeasured wheel notches in (at fit-all Cronica cannot pan), a mouse drag of 300 px to the left over the plot, 20 moves one per 16 ms",
      filter: "click on the first category's toggle in the filter panel (filterBack: clicking it again)",
      search: "focus the search box, press '7' (searchClear: Backspace)",
      floor: "tests/bench/floor/: React 19 renders one line after reading and parsing the same file with the same request (first render, longest tasks and heap only)",
      responsiveFloor: "tests/bench/floor-responsive/: the floor following issue 6's worker rule: a module worker started as the page's module runs reads the file with the same request and parses it, then posts the events to the page 2,000 per message (structured clone); the page gathers them and React 19 renders one line (first render, longest tasks and heap only)",
      latency: "from the trusted input event's timeStamp to the first animation frame after the last DOM change it caused (the DOM quiet for 500 ms)",
      heap: "main-thread JS heap after HeapProfiler.collectGarbage (Runtime.getHeapUsage usedSize); workers not included",
    },
    bundle,
    cases,
    durationS: (Date.now() - started) / 1000,
  };
  const report = markdownReport(results);
  const outDir = isFullRun ? join(HERE, "results") : tmpRoot;
  mkdirSync(outDir, { recursive: true });
  const partialName = `partial-${process.pid}`;
  writeFileSync(join(outDir, isFullRun ? "latest.json" : `${partialName}.json`), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(outDir, isFullRun ? "latest.md" : `${partialName}.md`), `# Benchmark results\n\n${report}`);
  process.stdout.write(report);
  log(`\nwrote ${outDir}/${isFullRun ? "latest" : partialName}.{json,md}`);
}

function reportOnly() {
  const dir = join(HERE, "results");
  const results = JSON.parse(readFileSync(join(dir, "latest.json"), "utf8")) as BenchResults;
  const report = markdownReport(results);
  writeFileSync(join(dir, "latest.md"), `# Benchmark results\n\n${report}`);
  process.stdout.write(report);
}

(process.argv.includes("--report") ? Promise.resolve().then(reportOnly) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
