/**
 * Every hostile fixture (tests/fixtures/hostile) through `loadText`, the one step every entry point
 * (file, `?data=`, drop) runs: it loads or is refused as `cases.ts` says, markup comes through as
 * the very same text, and no loaded dataset ever holds a link that is not http(s).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadText } from "../../../src/data/load/loadText.ts";
import type { LoadOutcome } from "../../../src/data/load/loadText.ts";
import type { Dataset } from "../../../src/data/model.ts";
import { safeHref } from "../../../src/data/safeUrl.ts";
import { formatImportIssue } from "../../../src/data/import/types.ts";
import { HOSTILE_CASES } from "../../fixtures/hostile/cases.ts";
import { BAD_URLS, MARKUP } from "../../fixtures/hostile/payloads.ts";

/** The file as a browser reads it: bytes decoded as UTF-8 (File.text() and fetch do the same). */
const open = (file: string) => new TextDecoder("utf-8").decode(readFileSync(new URL(`../../fixtures/hostile/${file}`, import.meta.url)));

function datasets(outcome: LoadOutcome): Dataset[] {
  return outcome.ok ? [outcome.dataset] : outcome.partial ? [outcome.partial] : [];
}

/** Every string anywhere in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value instanceof Map) for (const v of value.values()) strings(v, out);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("loadText(hostile fixture) does what cases.ts says", () => {
  it.each(HOSTILE_CASES.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const outcome = loadText(open(c.file), { title: c.file });
    if ("loads" in c.outcome) {
      expect(outcome.ok ? "loaded" : outcome.issues.map(formatImportIssue).join("\n")).toBe("loaded");
      if (outcome.ok) expect(outcome.dataset.events).toHaveLength(c.outcome.loads);
    } else {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      const text = outcome.issues.map(formatImportIssue).join("\n");
      for (const message of c.outcome.refused) expect(text).toContain(message);
      expect(outcome.partial?.events.length).toBe(c.outcome.partial);
    }
  });
});

describe("markup is data, never code", () => {
  it("markup-everywhere.json keeps every payload, character for character, in every text field", () => {
    const outcome = loadText(open("markup-everywhere.json"));
    if (!outcome.ok) throw new Error("expected the markup fixture to load");
    const all = strings({ ...outcome.dataset, eventById: null, categoryById: null }).join("\n");
    for (const p of MARKUP) expect(all).toContain(p);
    const [event] = outcome.dataset.events;
    expect(event?.title).toBe(`Title of markup-1 ${MARKUP[0]}`);
  });

  it("our CSV of that dataset loads back to the same texts", () => {
    const fromJson = loadText(open("markup-everywhere.json"));
    const fromCsv = loadText(open("markup-everywhere.csv"));
    if (!fromJson.ok || !fromCsv.ok) throw new Error("expected both to load");
    expect(fromCsv.dataset.events.map((e) => [e.title, e.summary, e.actors, e.notes])).toEqual(fromJson.dataset.events.map((e) => [e.title, e.summary, e.actors, e.notes]));
  });

  it("TimelineJS HTML becomes plain text without the scripts' content", () => {
    const outcome = loadText(open("timelinejs-hostile.json"));
    const [d] = datasets(outcome);
    const all = strings({ ...d, eventById: null, categoryById: null }).join("\n");
    expect(all).not.toMatch(/<script|<img|<svg|onerror|onload|__pwned/i);
    expect(d?.events[0]?.title).toBe("Bold headline");
  });
});

describe("links: only http(s) ever becomes one", () => {
  it("safeHref refuses every bad URL payload", () => {
    for (const url of BAD_URLS) expect(safeHref(url), JSON.stringify(url)).toBeNull();
  });

  it("no dataset that loads (whole or valid-events-only) holds a source or archive URL safeHref refuses", () => {
    for (const c of HOSTILE_CASES) {
      for (const d of datasets(loadText(open(c.file)))) {
        for (const e of d.events) {
          for (const s of e.sources) {
            expect(safeHref(s.url), `${c.file} ${e.id}`).not.toBeNull();
            if (s.archived !== undefined) expect(safeHref(s.archived), `${c.file} ${e.id}`).not.toBeNull();
          }
        }
      }
    }
  });
});

describe("__proto__, constructor and prototype", () => {
  it("are plain names: proto-keys.json loads, ids and categories named like Object members work, nothing is polluted", () => {
    const outcome = loadText(open("proto-keys.json"));
    if (!outcome.ok) throw new Error("expected proto-keys.json to load");
    const d = outcome.dataset;
    expect(d.eventById.get("constructor")?.actors).toEqual(["__proto__", "constructor", "toString"]);
    expect(d.categoryById.get("hasOwnProperty")?.label).toBe("__proto__");
    expect(d.eventById.get("toString")?.related).toEqual(["constructor"]);
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(d, "__proto__")).toBe(false);
  });
});
