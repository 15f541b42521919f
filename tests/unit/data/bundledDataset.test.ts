import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDefaultDataset } from "../../../src/data/loadDefaultDataset.ts";

const file = readFileSync(new URL("../../../data/venezuela-2024.json", import.meta.url));

describe("the bundled dataset as the app loads it", () => {
  it("is the file's exact text, with the SHA-256 of the file's bytes that exports cite", async () => {
    const { result, text, sha256 } = await loadDefaultDataset();
    expect(text).toBe(file.toString("utf8"));
    expect(sha256).toBe(createHash("sha256").update(file).digest("hex"));
    expect(result.ok).toBe(true);
  });
});

/**
 * Figures whose page the fact sheet does not name: each still says who reported it, and its event
 * cites the sources it was written from, but the exact page for the number needs checking with
 * internet access. The list may only shrink: a new figure must name its source.
 */
const NEEDS_A_PAGE = new Set([
  "2024-03-20-aides-take-refuge-argentine-embassy · Asylees in the Argentine residence · 6",
  "2024-03-26-gonzalez-becomes-candidate · Presidential candidates registered · 13",
  "2024-08-01-mass-arrests-and-max-security-prisons · Police officers injured · 59",
  "2024-08-01-mass-arrests-and-max-security-prisons · Military personnel injured · 47",
  "2024-08-01-mass-arrests-and-max-security-prisons · Soldiers killed · 2",
  "2024-08-01-argentine-diplomats-leave-brazil-takes-custody · Asylees in the Argentine residence · 6",
  "2024-08-12-attorney-general-25-dead · People killed · 24",
  "2024-08-12-attorney-general-25-dead · People killed · 23",
  "2024-08-12-attorney-general-25-dead · Share of deaths on 29–30 July · 84",
  "2024-08-12-attorney-general-25-dead · People detained · 2200",
  "2024-08-13-un-panel-of-experts-report · Post-election audits cancelled · 3",
  "2024-08-29-86-adolescents-released · Youngest age among those released · 14",
  "2024-08-29-86-adolescents-released · Oldest age among those released · 17",
  "2024-08-29-86-adolescents-released · States (besides Caracas) where releases took place · 14",
  "2024-08-29-86-adolescents-released · Adolescents detained in total · 114",
  "2024-08-29-86-adolescents-released · Political prisoners held · 1581",
  "2024-09-02-gonzalez-arrest-warrant · Charges in the arrest request · 6",
  "2024-09-02-gonzalez-arrest-warrant · Prosecutors' summonses ignored · 3",
  "2024-09-04-hrw-crackdown-report · Killings documented independently by HRW · 11",
  "2024-09-04-hrw-crackdown-report · Videos analysed · 39",
  "2024-09-04-hrw-crackdown-report · Photographs analysed · 2",
  "2024-09-04-hrw-crackdown-report · Interviews conducted (more than) · 20",
  "2024-09-19-european-parliament-recognizes-gonzalez · Votes in favour · 309",
  "2024-09-19-european-parliament-recognizes-gonzalez · Votes against · 201",
  "2024-09-19-european-parliament-recognizes-gonzalez · Abstentions · 12",
  "2024-11-15-225-cases-reviewed-and-released · Detainees released in the November review · 107",
  "2024-11-15-225-cases-reviewed-and-released · People killed · 28",
  "2024-11-15-225-cases-reviewed-and-released · People injured · 200",
  "2024-11-15-225-cases-reviewed-and-released · Properties destroyed · 500",
  "2024-11-15-225-cases-reviewed-and-released · People detained · 1848",
  "2024-11-15-225-cases-reviewed-and-released · Post-election detainees still held · 1671",
  "2024-11-15-225-cases-reviewed-and-released · Political prisoners held · 1976",
  "2024-12-10-103-released-over-72-hours · Releases from the November group of 225 verified · 169",
  "2024-12-16-attorney-general-533-releases · Detainees released, 10–14 December · 48",
  "2024-12-16-attorney-general-533-releases · Adolescents among releases confirmed by Foro Penal, 10–14 December · 42",
  "2024-12-18-martinez-mottola-leaves-embassy · Asylees in the Argentine residence · 5",
  "2024-12-30-releases-reach-1369 · Releases from two prisons reported by the NGO · 138",
  "2025-01-07-gonzalez-son-in-law-detained · Days in detention (about) · 380",
  "2025-05-06-embassy-asylees-leave-venezuela · Days spent in the residence (about) · 412",
  "2025-12-25-christmas-and-new-year-releases · Detainees released on 25 December 2025 · 45",
  "2025-12-25-christmas-and-new-year-releases · Detainees released on 1 January 2026 · 55",
  "2026-01-08-interim-government-release-announcement · Political prisoners held · 806",
  "2026-01-08-interim-government-release-announcement · Military personnel among political prisoners · 175",
  "2026-01-08-interim-government-release-announcement · Political prisoners held · 777",
]);

describe("the bundled dataset's figures", () => {
  const data = JSON.parse(file.toString("utf8")) as {
    events: { id: string; sources: { id?: string }[]; figures?: { measure: { en: string }; value: number; source?: string; reportedBy?: string }[] }[];
  };
  const figures = data.events.flatMap((event) => (event.figures ?? []).map((figure) => ({ event, figure, name: `${event.id} · ${figure.measure.en} · ${figure.value}` })));

  it("every figure says who reported it", () => {
    expect(figures.filter(({ figure }) => !figure.reportedBy?.trim()).map((f) => f.name)).toEqual([]);
  });

  it("every figure names the page that reported it, one of its event's sources, except the known few still to check", () => {
    const wrong = figures.filter(({ event, figure }) => figure.source !== undefined && !event.sources.some((s) => s.id === figure.source));
    expect(wrong.map((f) => f.name)).toEqual([]);
    const unlinked = figures.filter(({ figure }) => figure.source === undefined).map((f) => f.name);
    expect(unlinked.filter((name) => !NEEDS_A_PAGE.has(name))).toEqual([]);
    // A figure linked since (or removed) leaves the list, so it cannot hide a new one.
    expect([...NEEDS_A_PAGE].filter((name) => !unlinked.includes(name))).toEqual([]);
  });
});
