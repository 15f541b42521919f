import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDayBound } from "../../../src/data/dates.ts";
import { EMPTY_FILTERS } from "../../../src/data/filters.ts";
import { CONFIDENCE } from "../../../src/data/schema.ts";
import type { ViewState } from "../../../src/state/store.ts";
import { parseUrl, serializeUrl, viewFromUrl } from "../../../src/state/url.ts";

const defaults = { lang: "en" as const };
const view = (v: Partial<ViewState> = {}): ViewState => ({ lang: "en", selectedId: null, filters: EMPTY_FILTERS, ...v });

describe("parseUrl", () => {
  it("reads every part of the view", () => {
    const { view: v, ignored } = parseUrl("?lang=es&cat=release,protest&actor=Foro%20Penal&actor=CNE&place=Caracas&q=gonzalez&from=2024-08&to=2024-12-31&conf=disputed&event=a-b");
    expect(ignored).toEqual([]);
    expect(v).toEqual({
      lang: "es",
      event: "a-b",
      filters: { categories: ["release", "protest"], actors: ["Foro Penal", "CNE"], places: ["Caracas"], query: "gonzalez", from: "2024-08", to: "2024-12-31", confidence: ["disputed"] },
    });
  });

  it("ignores unknown and malformed parameters, saying why", () => {
    const { view: v, ignored } = parseUrl(`?lang=fr&event=%3Cscript%3E&zzz=1&q=${"x".repeat(3000)}&from=2024-02-30&conf=sure&cat=a,<b>`);
    expect(v).toEqual({ filters: EMPTY_FILTERS });
    expect(ignored.map((i) => i.name).sort()).toEqual(["cat", "conf", "event", "from", "lang", "q", "zzz"]);
  });

  it("ignores a range whose start is after its end", () => {
    const { view: v, ignored } = parseUrl("?from=2025&to=2024-06");
    expect(v.filters.from).toBeNull();
    expect(v.filters.to).toBeNull();
    expect(ignored.map((i) => i.name)).toEqual(["from", "to"]);
  });

  it("uses the first of a repeated single-valued parameter", () => {
    const { view: v, ignored } = parseUrl("?q=a&q=b");
    expect(v.filters.query).toBe("a");
    expect(ignored).toHaveLength(1);
  });

  it("leaves parameters owned by other features alone", () => {
    expect(parseUrl("?embed=1&data=https://x.org/d.json").ignored).toEqual([]);
  });
});

describe("serializeUrl", () => {
  it("writes only what differs from the defaults", () => {
    expect(serializeUrl(view(), defaults)).toBe("");
    expect(serializeUrl(view({ lang: "es", selectedId: "a" }), defaults)).toBe("?lang=es&event=a");
    expect(serializeUrl(view({ filters: { ...EMPTY_FILTERS, categories: ["release"] } }), defaults)).toBe("?cat=release");
  });

  it("keeps embed and data parameters it does not own", () => {
    expect(serializeUrl(view({ selectedId: "x" }), defaults, new URLSearchParams("embed=1&zzz=2"))).toBe("?embed=1&event=x");
  });

  it("parseUrl(serializeUrl(view)) gives the view back, for every view", () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/);
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).chain((d) =>
      fc.constantFrom(d.toISOString().slice(0, 4), d.toISOString().slice(0, 7), d.toISOString().slice(0, 10)),
    );
    const name = fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" });
    const arbView = fc.record({
      lang: fc.constantFrom("en" as const, "es" as const),
      selectedId: fc.option(slug, { nil: null }),
      filters: fc.record({
        categories: fc.uniqueArray(slug, { maxLength: 6 }),
        actors: fc.uniqueArray(name, { maxLength: 4 }),
        places: fc.uniqueArray(name, { maxLength: 4 }),
        query: fc.string({ maxLength: 200 }),
        from: fc.option(day, { nil: null }),
        to: fc.option(day, { nil: null }),
        confidence: fc.uniqueArray(fc.constantFrom(...CONFIDENCE), { maxLength: 4 }),
      }),
    });
    fc.assert(
      fc.property(arbView, (v) => {
        // A range that ends before it starts is not a view the app can hold (parse drops it): swap.
        const { from, to } = v.filters;
        if (from && to && parseDayBound(from)!.start >= parseDayBound(to)!.end) v.filters = { ...v.filters, from: to, to: from };
        const parsed = parseUrl(serializeUrl(v, defaults));
        const back = viewFromUrl(parsed.view, defaults);
        expect(parsed.ignored).toEqual([]);
        expect(back).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });
});
