import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../../../src/data/filters.ts";
import type { Filters } from "../../../src/data/filters.ts";
import type { Dataset } from "../../../src/data/model.ts";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { appBaseUrl, clampHeight, embedUrl, iframeSnippet, permalink, responsiveSnippet } from "../../../src/embed/embedCode.ts";
import type { EmbedOptions } from "../../../src/embed/embedCode.ts";
import type { ViewState } from "../../../src/state/store.ts";
import { parseUrl } from "../../../src/state/url.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";

const BASE = "https://example.org/cronica/";
const OPTIONS: EmbedOptions = { height: 600, lang: "en", controls: "compact", theme: "light" };

function fixture(title: unknown = undefined): Dataset {
  const raw = validDataset();
  if (title !== undefined) raw.title = title as typeof raw.title;
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

function view(filters: Partial<Filters> = {}, rest: Partial<ViewState> = {}): ViewState {
  return { lang: "en", selectedId: null, filters: { ...EMPTY_FILTERS, ...filters }, ...rest };
}

const utc = (day: string, hour = 0) => Date.parse(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
const params = (url: string) => new URL(url).searchParams;

describe("appBaseUrl", () => {
  it("appBaseUrl(href) drops the query and hash and keeps the path as given", () => {
    expect(appBaseUrl("https://x.org/cronica/index.html?lang=es&cat=a#top")).toBe("https://x.org/cronica/index.html");
    expect(appBaseUrl("https://x.org/cronica/?embed=1")).toBe("https://x.org/cronica/");
    expect(appBaseUrl("http://localhost:5173/")).toBe("http://localhost:5173/");
  });
});

describe("permalink", () => {
  it("permalink(base, view) writes only what differs from the defaults, like the address bar", () => {
    expect(permalink(BASE, view())).toBe(BASE);
    expect(permalink(BASE, view({ categories: ["protest"], query: "a b" }, { lang: "es", selectedId: "election-day" }))).toBe(
      `${BASE}?lang=es&cat=protest&q=a+b&event=election-day`,
    );
  });
});

describe("embedUrl", () => {
  const dataset = fixture();

  it("embedUrl(…) spells out lang, every category and the dataset's days even for a default view", () => {
    const url = embedUrl(BASE, view(), null, dataset, OPTIONS);
    expect(url).toBe(`${BASE}?embed=1&lang=en&cat=election%2Cprotest&from=2024-07-28&to=2024-08-31&controls=compact&theme=light`);
    const parsed = parseUrl(new URL(url).search);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.view.lang).toBe("en");
    expect(parsed.view.filters).toMatchObject({ categories: ["election", "protest"], from: "2024-07-28", to: "2024-08-31" });
  });

  it("embedUrl(…) keeps the selected categories", () => {
    expect(params(embedUrl(BASE, view({ categories: ["protest"] }), null, dataset, OPTIONS)).get("cat")).toBe("protest");
  });

  it("embedUrl(…) takes from/to from the filters as written when set", () => {
    const p = params(embedUrl(BASE, view({ from: "2024-07", to: "2024-08-15" }), [utc("2020-01-01"), utc("2030-01-01")], dataset, OPTIONS));
    expect([p.get("from"), p.get("to")]).toEqual(["2024-07", "2024-08-15"]);
  });

  it("embedUrl(…) otherwise takes the visible domain as UTC days; an end at midnight closes the day before", () => {
    const p = params(embedUrl(BASE, view(), [utc("2024-07-29", 23), utc("2024-08-03")], dataset, OPTIONS));
    expect([p.get("from"), p.get("to")]).toEqual(["2024-07-29", "2024-08-02"]);
    const q = params(embedUrl(BASE, view(), [utc("2024-07-29", 1), utc("2024-08-03", 5)], dataset, OPTIONS));
    expect([q.get("from"), q.get("to")]).toEqual(["2024-07-29", "2024-08-03"]);
  });

  it("embedUrl(…) fills only the missing bound, and never writes a reversed range", () => {
    const domain = [utc("2024-07-28"), utc("2024-08-10")] as const;
    const p = params(embedUrl(BASE, view({ from: "2024-08" }), domain, dataset, OPTIONS));
    expect([p.get("from"), p.get("to")]).toEqual(["2024-08", "2024-08-09"]);
    const late = params(embedUrl(BASE, view({ from: "2024-09-15" }), domain, dataset, OPTIONS));
    expect([late.get("from"), late.get("to")]).toEqual(["2024-09-15", "2024-09-15"]);
    const early = params(embedUrl(BASE, view({ to: "2024-07-01" }), domain, dataset, OPTIONS));
    expect([early.get("from"), early.get("to")]).toEqual(["2024-07-01", "2024-07-01"]);
  });

  it("embedUrl(…) writes actors, places, query, confidence, event and the options in a fixed order", () => {
    const v = view({ actors: ["B", "A"], places: ["Caracas"], query: "vote", confidence: ["confirmed", "disputed"] }, { selectedId: "election-day" });
    const url = embedUrl(BASE, v, null, dataset, { height: 500, lang: "es", controls: "none", theme: "dark" });
    expect([...params(url).keys()]).toEqual(["embed", "lang", "cat", "actor", "actor", "place", "q", "from", "to", "conf", "event", "controls", "theme"]);
    expect(url).toContain("lang=es");
    expect(url).toContain("actor=B&actor=A&place=Caracas&q=vote");
    expect(url).toContain("conf=confirmed%2Cdisputed&event=election-day&controls=none&theme=dark");
    const parsed = parseUrl(new URL(url).search);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.view.filters).toMatchObject({ actors: ["B", "A"], places: ["Caracas"], query: "vote", confidence: ["confirmed", "disputed"] });
    expect(parsed.view.event).toBe("election-day");
  });

  it("embedUrl(…) is the same string for the same inputs", () => {
    const args = [BASE, view({ categories: ["election"] }), [utc("2024-07-28"), utc("2024-08-01")], dataset, OPTIONS] as const;
    expect(embedUrl(...args)).toBe(embedUrl(...args));
  });
});

describe("snippets", () => {
  const URL_ = `${BASE}?embed=1&lang=en&cat=a`;
  const HOSTILE = `"><script>alert(1)</script>`;

  it("iframeSnippet(url, title, height) is a script-free iframe with width, height, title and lazy loading", () => {
    const s = iframeSnippet(URL_, "Cronica: Fixture timeline", 600);
    expect(s).toBe(
      `<iframe src="https://example.org/cronica/?embed=1&amp;lang=en&amp;cat=a" width="100%" height="600" title="Cronica: Fixture timeline" loading="lazy" style="border:0"></iframe>`,
    );
    expect(s).not.toMatch(/<script/i);
  });

  it("responsiveSnippet(…) marks the iframe for embed.js and loads the script once, async", () => {
    const s = responsiveSnippet(URL_, "T", 450, `${BASE}embed.js`);
    expect(s).toContain(" data-cronica-embed>");
    expect(s).toContain('height="450"');
    expect(s.split("\n")[1]).toBe(`<script src="${BASE}embed.js" async></script>`);
    expect(s.match(/<script/g)).toHaveLength(1);
  });

  it("snippets escape a hostile dataset title; no raw <script> but the responsive snippet's own", () => {
    const dataset = fixture({ en: HOSTILE });
    const url = embedUrl(BASE, view({ query: HOSTILE }), null, dataset, OPTIONS);
    const title = `Cronica: ${HOSTILE}`;
    const plain = iframeSnippet(url, title, 600);
    expect(plain).not.toContain("<script");
    expect(plain).toContain('title="Cronica: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(plain.match(/"/g)!.length % 2).toBe(0);
    const responsive = responsiveSnippet(url, title, 600, `${BASE}embed.js`);
    expect(responsive.match(/<script/g)).toHaveLength(1);
    expect(responsive.endsWith(`<script src="${BASE}embed.js" async></script>`)).toBe(true);
    expect(iframeSnippet(url, "it's & <b>", 600)).toContain('title="it&#39;s &amp; &lt;b&gt;"');
  });
});

describe("clampHeight", () => {
  it("clampHeight(n) rounds into 320..2000 and gives 600 for NaN", () => {
    expect(clampHeight(600)).toBe(600);
    expect(clampHeight(450.6)).toBe(451);
    expect(clampHeight(10)).toBe(320);
    expect(clampHeight(-5)).toBe(320);
    expect(clampHeight(99999)).toBe(2000);
    expect(clampHeight(Infinity)).toBe(2000);
    expect(clampHeight(NaN)).toBe(600);
  });
});
