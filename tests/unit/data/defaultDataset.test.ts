/**
 * The bundled dataset, data/venezuela-2024.json, is valid and honest: every event cites an http(s)
 * source, every figure names its reporter, every text is in English and Spanish, and the facts the
 * README states about it (coverage, categories, licence) hold.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Dataset, PoliticalEvent } from "../../../src/data/model.ts";
import { formatIssue, parseDataset } from "../../../src/data/parseDataset.ts";
import type { FigureInput, LocalizedText } from "../../../src/data/schema.ts";

const FILE = fileURLToPath(new URL("../../../data/venezuela-2024.json", import.meta.url));
const REQUIRED_CATEGORIES = ["election", "protest", "crackdown", "release", "diplomacy", "legal"];

function readRaw(): unknown {
  return JSON.parse(readFileSync(FILE, "utf8"));
}

let cached: Dataset | undefined;
/** The parsed default dataset; every test fails with the parser's issues if it is invalid. */
function defaultDataset(): Dataset {
  if (cached) return cached;
  const result = parseDataset(readRaw());
  if (!result.ok) throw new Error(`data/venezuela-2024.json is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
  cached = result.dataset;
  return cached;
}

/** Every localized text in the dataset, with a readable location. */
function localizedTexts(dataset: Dataset): [where: string, text: LocalizedText][] {
  const out: [string, LocalizedText | undefined][] = [
    ["title", dataset.title],
    ["description", dataset.description],
    ["notes", dataset.notes],
  ];
  for (const c of dataset.categories) out.push([`category ${c.id} label`, c.label], [`category ${c.id} description`, c.description]);
  for (const e of dataset.events) {
    out.push([`${e.id} title`, e.title], [`${e.id} summary`, e.summary], [`${e.id} notes`, e.notes], [`${e.id} location`, e.location?.name]);
    e.figures?.forEach((f, i) => out.push([`${e.id} figures[${i}].measure`, f.measure]));
  }
  return out.filter((entry): entry is [string, LocalizedText] => entry[1] !== undefined);
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A figure's measure as one comparable string. */
function measureKey(measure: LocalizedText): string {
  return typeof measure === "string" ? measure : (measure.en ?? JSON.stringify(measure));
}

describe("data/venezuela-2024.json", () => {
  it("is accepted by parseDataset", () => {
    const result = parseDataset(readRaw());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("has at least 45 events", () => {
    expect(defaultDataset().events.length).toBeGreaterThanOrEqual(45);
  });

  it("has the categories election, protest, crackdown, release, diplomacy and legal", () => {
    expect(defaultDataset().categories.map((c) => c.id)).toEqual(expect.arrayContaining(REQUIRED_CATEGORIES));
  });

  it("uses every category it declares", () => {
    const { categories, events } = defaultDataset();
    const used = new Set(events.map((e) => e.category));
    expect(categories.map((c) => c.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("cites at least one http(s) source for every event", () => {
    const unsourced = defaultDataset().events.filter((e) => !e.sources.some((s) => isHttpUrl(s.url)));
    expect(unsourced.map((e) => e.id)).toEqual([]);
  });

  it("names a reporter for every figure", () => {
    const unattributed = defaultDataset().events.flatMap((e) =>
      (e.figures ?? []).filter((f) => f.reportedBy.trim() === "").map((f) => `${e.id}: ${measureKey(f.measure)}`),
    );
    expect(unattributed).toEqual([]);
  });

  it("links only to events that exist", () => {
    const { events, eventById } = defaultDataset();
    const dangling = events.flatMap((e) => (e.related ?? []).filter((id) => !eventById.has(id)).map((id) => `${e.id} → ${id}`));
    expect(dangling).toEqual([]);
  });

  it("is written in English and Spanish, and gives every text in both", () => {
    const dataset = defaultDataset();
    expect(dataset.languages).toEqual(expect.arrayContaining(["en", "es"]));
    const incomplete = localizedTexts(dataset)
      .filter(([, text]) => typeof text === "string" || !text.en?.trim() || !text.es?.trim())
      .map(([where]) => where);
    expect(incomplete).toEqual([]);
  });

  it("dates election day 2024-07-28, never 2023", () => {
    const electionDays = defaultDataset().events.filter((e) => e.id.includes("election-day"));
    expect(electionDays.length).toBeGreaterThan(0);
    expect(electionDays[0]?.date).toMatch(/^2024-07-28/);
    expect(electionDays.filter((e) => e.date.startsWith("2023")).map((e) => e.id)).toEqual([]);
  });

  it("attributes disagreeing figures: one figure per reporter (and date), unless the event is marked disputed", () => {
    const unattributed: string[] = [];
    for (const e of defaultDataset().events) {
      const byMeasure = new Map<string, FigureInput[]>();
      for (const f of e.figures ?? []) byMeasure.set(measureKey(f.measure), [...(byMeasure.get(measureKey(f.measure)) ?? []), f]);
      for (const [measure, figures] of byMeasure) {
        if (new Set(figures.map((f) => f.value)).size < 2 || e.confidence === "disputed") continue;
        const attributions = new Set(figures.map((f) => `${f.reportedBy}|${f.asOf ?? ""}`));
        if (attributions.size < figures.length) unattributed.push(`${e.id}: ${measure}`);
      }
    }
    expect(unattributed).toEqual([]);
  });

  describe("matches what data/README.md says about it", () => {
    it("covers October 2023 to March 2026", () => {
      const starts = defaultDataset().events.map((e: PoliticalEvent) => e.time.start);
      const first = new Date(Math.min(...starts)).toISOString().slice(0, 7);
      const last = new Date(Math.max(...starts)).toISOString().slice(0, 7);
      expect([first, last]).toEqual(["2023-10", "2026-03"]);
    });

    it("has exactly six categories", () => {
      expect(defaultDataset().categories.map((c) => c.id).sort()).toEqual([...REQUIRED_CATEGORIES].sort());
    });

    it("is licensed CC-BY-4.0", () => {
      expect(defaultDataset().license).toBe("CC-BY-4.0");
    });
  });
});
