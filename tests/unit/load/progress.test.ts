/** Load progress: what the loader reports, how often the worker passes it on, and what the reader sees. */
import { describe, expect, it } from "vitest";
import { loadText } from "../../../src/data/load/loadText.ts";
import { throttleProgress } from "../../../src/data/load/progressThrottle.ts";
import type { LoadProgress } from "../../../src/data/load/workerProtocol.ts";
import { PROGRESS_EVERY } from "../../../src/data/schemaFastPath.ts";
import { progressText } from "../../../src/components/loadProgressText.ts";
import { messages } from "../../../src/i18n/messages.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";

describe("loadText(text, options, onProgress)", () => {
  it("says it is parsing, then how many events it has checked, up to the total", () => {
    const count = 4 * PROGRESS_EVERY + 10;
    const seen: LoadProgress[] = [];
    const outcome = loadText(JSON.stringify(syntheticDataset(count, 2)), {}, (p) => seen.push(p));
    expect(outcome.ok).toBe(true);
    expect(seen[0]).toEqual({ stage: "parsing" });
    const checks = seen.slice(1);
    expect(checks.map((p) => p.stage)).toEqual(["checking", "checking", "checking", "checking"]);
    expect(checks.map((p) => p.done)).toEqual([1, 2, 3, 4].map((k) => k * PROGRESS_EVERY));
    expect(new Set(checks.map((p) => p.total))).toEqual(new Set([count]));
  });

  it("reports checking for the other formats too (our CSV is checked by parseDataset after import)", () => {
    const rows = ["id,date,start,end,precision,category,title,source_urls,source_titles"];
    for (let i = 0; i < PROGRESS_EVERY + 1; i++) rows.push(`e${i},2024,,,,c,t,https://a.example,s`);
    const seen: LoadProgress[] = [];
    loadText(rows.join("\n"), { title: "x.csv" }, (p) => seen.push(p));
    expect(seen).toContainEqual({ stage: "checking", done: PROGRESS_EVERY, total: PROGRESS_EVERY + 1 });
  });
});

describe("throttleProgress", () => {
  it("passes a new stage at once, and the same stage at most every interval", () => {
    let now = 0;
    const sent: LoadProgress[] = [];
    const progress = throttleProgress((p) => sent.push(p), 50, () => now);
    progress({ stage: "reading" });
    progress({ stage: "checking", done: 1, total: 9 });
    now = 20;
    progress({ stage: "checking", done: 2, total: 9 });
    now = 49;
    progress({ stage: "checking", done: 3, total: 9 });
    now = 50;
    progress({ stage: "checking", done: 4, total: 9 });
    now = 51;
    progress({ stage: "receiving", done: 1, total: 9 });
    expect(sent.map((p) => `${p.stage}:${p.done ?? ""}`)).toEqual(["reading:", "checking:1", "checking:4", "receiving:1"]);
  });
});

describe("progressText", () => {
  it("counts events in the reader's language, with the reader's digit grouping", () => {
    const p = { stage: "checking", done: 45_000, total: 100_000 } as const;
    expect(progressText(p, messages.en, "en")).toBe("Checking 45,000 of 100,000 events…");
    expect(progressText(p, messages.es, "es")).toBe("Revisando 45.000 de 100.000 hechos…");
    expect(progressText({ stage: "receiving", done: 10_000, total: 100_000 }, messages.en, "en")).toBe("Opening 10,000 of 100,000 events…");
  });

  it("names the stage alone when there is nothing to count yet", () => {
    expect(progressText({ stage: "fetching" }, messages.en, "en")).toBe("Downloading…");
    expect(progressText({ stage: "parsing" }, messages.es, "es")).toBe("Leyendo los datos…");
    expect(progressText({ stage: "checking" }, messages.en, "en")).toBe("Checking the data…");
    expect(progressText({ stage: "checking", done: 0, total: 0 }, messages.en, "en")).toBe("Checking the data…");
  });
});
