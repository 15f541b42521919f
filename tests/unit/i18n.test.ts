import { describe, expect, it } from "vitest";
import { formatEventDate } from "../../src/i18n/formatDate.ts";
import { UI_LANGUAGES } from "../../src/i18n/locales.ts";
import { fill, messages } from "../../src/i18n/messages.ts";

describe("messages", () => {
  it("every UI language has every key, none empty", () => {
    const keys = Object.keys(messages.en).sort();
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(messages[lang]).sort()).toEqual(keys);
      for (const k of keys) expect(messages[lang][k as keyof typeof messages.en].trim(), `${lang}.${k}`).not.toBe("");
    }
  });

  it("Spanish strings are translated, not copies of the English ones", () => {
    // Identical on purpose: proper names and the abbreviation for circa.
    const same = new Set(["appName", "circa"]);
    for (const k of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      if (!same.has(k)) expect(messages.es[k], k).not.toBe(messages.en[k]);
    }
  });

  it("placeholders in both languages match", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[:}]/g)].map((m) => m[1]))].sort();
    for (const k of Object.keys(messages.en) as (keyof typeof messages.en)[]) expect(names(messages.es[k]), k).toEqual(names(messages.en[k]));
  });

  it("fill() replaces named placeholders", () => {
    expect(fill("{count} events", { count: 12 })).toBe("12 events");
    expect(fill("{missing} stays", {})).toBe("{missing} stays");
  });

  it("fill() picks the word for one or for any other number", () => {
    expect(fill("{count} {count:event|events}", { count: 1 })).toBe("1 event");
    expect(fill("{count} {count:event|events}", { count: 0 })).toBe("0 events");
    expect(fill("{count} {count:event|events}", { count: "1,000" })).toBe("1,000 events");
  });

  it("no reader sees '1 events' or '1 hechos'", () => {
    for (const lang of UI_LANGUAGES) {
      for (const [key, template] of Object.entries(messages[lang])) {
        const names = new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!));
        const one = fill(template, Object.fromEntries([...names].map((n) => [n, 1])));
        expect(one, `${lang}.${key}`).not.toMatch(/\b1 (events|hechos|elegidos)\b|\b1 de 1 hechos|los 1\b/);
      }
    }
    expect(fill(messages.es.showing, { shown: 1, total: 1 })).toBe("Se muestra 1 de 1 hecho");
    expect(fill(messages.en.downloadScopeFiltered, { count: 1 })).toBe("The 1 event shown");
  });
});

describe("formatEventDate", () => {
  it("says the date with its precision", () => {
    expect(formatEventDate("2024-07", "en")).toBe("July 2024");
    expect(formatEventDate("2024-03-20~", "en")).toBe("c. 20 March 2024");
    expect(formatEventDate("2024-03-20/2025-05-06", "en")).toBe("20 March 2024 – 6 May 2025");
    expect(formatEventDate("2024", "en")).toBe("2024");
    expect(formatEventDate("2024-12-25?", "en")).toBe("25 December 2024 (uncertain)");
    expect(formatEventDate("2024-09-01/..", "en")).toBe("1 September 2024 – ongoing");
  });

  it("formats in UTC, whatever the offset written", () => {
    expect(formatEventDate("2024-07-29T00:10-04:00", "en")).toBe("29 July 2024, 04:10 UTC");
    expect(formatEventDate("2024-07-29T00:10:30-04:00", "en")).toBe("29 July 2024, 04:10:30 UTC");
  });

  it("speaks Spanish", () => {
    expect(formatEventDate("2024-07-28", "es")).toBe("28 de julio de 2024");
    expect(formatEventDate("2024-07", "es")).toBe("julio de 2024");
    expect(formatEventDate("2024-09-01/..", "es")).toBe("1 de septiembre de 2024 – en curso");
  });
});
