/**
 * importTimelineJs(raw) maps TimelineJS 3 JSON to cronica/1: EDTF dates at the precision given,
 * plain text from HTML, groups as categories, media and text links as sources. An event with no
 * http(s) link is reported, and the rest load as `partial`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText, importTimelineJs } from "../../../src/data/import/timelineJs.ts";
import type { EventInput } from "../../../src/data/schema.ts";
import { accepted, failure, fixture, okDataset } from "./helpers.ts";

type Loose = Record<string, unknown>;
const timeline = (): Loose & { events: Loose[] } => JSON.parse(fixture("timelinejs-venezuela.json"));
/** The fixture without its linkless event (index 4), which imports cleanly. */
const cleanTimeline = () => {
  const t = timeline();
  t.events.splice(4, 1);
  return t;
};
const eventsOf = (raw: unknown) => okDataset(importTimelineJs(raw)).events;
const byTitle = (events: readonly EventInput[], title: string) => {
  const e = events.find((x) => x.title === title);
  if (!e) throw new Error(`no event titled "${title}"`);
  return e;
};
/** Anything a browser would treat as the start of a tag. */
const MARKUP = /<[A-Za-z/!?]/;

describe("importTimelineJs: the fixture", () => {
  it("importTimelineJs(fixture) reports the event without an http(s) link by index, id, path and message", () => {
    const { issues } = failure(importTimelineJs(timeline()));
    expect(issues).toEqual([
      {
        index: 4,
        id: "2024-08-02-rumoured-meeting",
        path: "events[4].media.url",
        message: "TimelineJS event has no http(s) link; Cronica needs a source for every event",
        code: "tlNoSource",
        params: { headline: "Rumoured meeting" },
      },
    ]);
  });

  it("importTimelineJs(fixture).partial holds the six valid events and passes parseDataset", () => {
    const { partial } = failure(importTimelineJs(timeline()));
    const dataset = accepted(partial);
    expect(dataset.events).toHaveLength(6);
    expect(dataset.events.map((e) => e.id)).not.toContain("2024-08-02-rumoured-meeting");
  });

  it("importTimelineJs(fixture without it) is ok, passes parseDataset, and notes the ignored era", () => {
    const result = importTimelineJs(cleanTimeline());
    accepted(okDataset(result));
    expect(result.ok && result.skipped).toEqual([
      { path: "eras", message: "The timeline's eras (1) were not imported: Cronica has no eras", code: "tlErasIgnored", params: { count: 1 } },
    ]);
  });

  it("the title slide becomes the dataset title and description, as plain text", () => {
    const d = okDataset(importTimelineJs(cleanTimeline()));
    expect(d.title).toBe("Venezuela 2024 (invented)");
    expect(d.description).toBe("An invented TimelineJS file for Cronica's importer tests.");
    expect(d.id).toBe("venezuela-2024-invented");
    expect(okDataset(importTimelineJs(cleanTimeline(), { title: "Mine" })).title).toBe("Mine");
  });
});

describe("importTimelineJs: dates", () => {
  const events = eventsOf(cleanTimeline());

  it("a year alone becomes YYYY, a month YYYY-MM", () => {
    expect(byTitle(events, "Opposition primary campaign").date).toBe("2023");
    expect(byTitle(events, "Candidate registration & deadline").date).toBe("2024-03");
  });

  it("an hour makes a UTC date-time, and the notes say the time was read as UTC", () => {
    const e = byTitle(events, "Electoral council announces a result");
    expect(e.date).toBe("2024-07-29T00:10Z");
    expect(e.notes).toBe('Shown in TimelineJS as "Just after midnight". TimelineJS gives times without a time zone; they were read as UTC.');
  });

  it("end_date makes an interval; string parts ('07') read like numbers", () => {
    expect(events.find((e) => e.id === "2024-07-29-protests-across-the-country")?.date).toBe("2024-07-29/2024-07-30");
  });

  it("impossible parts are reported at their path: month 13, 31 June, year 12000", () => {
    const raw = {
      events: [
        { start_date: { year: 2024, month: 13 }, text: { headline: "a" }, media: { url: "https://example.org/a" } },
        { start_date: { year: 2024, month: 6, day: 31 }, text: { headline: "b" }, media: { url: "https://example.org/b" } },
        { start_date: { year: 12000 }, text: { headline: "c" }, media: { url: "https://example.org/c" } },
        { start_date: { year: 2024 }, text: { headline: "ok" }, media: { url: "https://example.org/d" } },
      ],
    };
    const { issues, partial } = failure(importTimelineJs(raw));
    expect(issues.map((i) => [i.index, i.path, i.message])).toEqual([
      [0, "events[0].start_date.month", "month must be a whole number from 1 to 12 (found 13)"],
      [1, "events[1].start_date.day", "day must be a whole number from 1 to 30 (found 31)"],
      [2, "events[2].start_date.year", "year must be a whole number from 0 to 9999 (found 12000)"],
    ]);
    expect(accepted(partial).events.map((e) => e.title)).toEqual(["ok"]);
  });

  it("an end before the start, and a missing start_date, are reported", () => {
    const raw = {
      events: [
        { start_date: { year: 2024, month: 8 }, end_date: { year: 2024, month: 7 }, text: { headline: "a" }, media: { url: "https://example.org/a" } },
        { text: { headline: "b" }, media: { url: "https://example.org/b" } },
      ],
    };
    const { issues } = failure(importTimelineJs(raw));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ["events[0].end_date", '"2024-08/2024-07" ends before it starts'],
      ["events[1].start_date", "has no start date"],
    ]);
  });
});

describe("importTimelineJs: text, sources, categories, ids", () => {
  const events = eventsOf(cleanTimeline());

  it("HTML in headline and text becomes plain text: tags and script content gone, entities decoded, paragraphs kept", () => {
    const e = byTitle(events, "Candidate registration & deadline");
    expect(e.summary).toBe("First paragraph with a CNE notice.\n\nSecond paragraph: él dijo “sí”");
    for (const x of events) expect(`${x.title} ${x.summary ?? ""}`).not.toMatch(MARKUP);
    expect(JSON.stringify(events)).not.toContain("alert(\\\"x\\\")");
  });

  it("escaped markup (&lt;script&gt;) does not come back as markup", () => {
    expect(events.find((e) => e.id === "2024-07-29-protests-across-the-country")?.summary).toBe(
      "Marches in several cities.\nEscaped markup: alert(1) stays out.\nFish & chips",
    );
  });

  it("media.url is the source, titled by caption (else credit, else 'Media'), credit as publisher", () => {
    expect(byTitle(events, "Electoral council announces a result").sources).toEqual([
      { title: "Bulletin video", url: "https://example.org/cne-bulletin", publisher: "Example TV" },
    ]);
    expect(events.find((e) => e.id === "2024-07-29-protests-across-the-country")?.sources).toEqual([{ title: "Example Radio", url: "https://example.org/protests" }]);
    expect(byTitle(events, "Statement by observers").sources).toEqual([{ title: "Media", url: "https://example.org/statement" }]);
  });

  it("without media, an http(s) link in the text is the source (entities in href decoded)", () => {
    expect(byTitle(events, "Candidate registration & deadline").sources).toEqual([{ title: "CNE notice", url: "https://example.org/cne-registration?a=1&b=2" }]);
  });

  it("groups become categories labelled with the group name; no group → general", () => {
    const d = okDataset(importTimelineJs(cleanTimeline()));
    expect(d.categories).toEqual([
      { id: "election", label: "Election" },
      { id: "legal", label: "Legal" },
      { id: "protest", label: "Protest" },
      { id: "general", label: "General" },
    ]);
    expect(byTitle(events, "Statement by observers").category).toBe("general");
  });

  it("ids: unique_id when given, else date + headline slug, made unique deterministically", () => {
    expect(events.map((e) => e.id)).toEqual([
      "2023-opposition-primary-campaign",
      "2024-03-candidate-registration-deadline",
      "cne-bulletin",
      "2024-07-29-protests-across-the-country",
      "2024-08-15-statement-by-observers",
      "2024-07-29-protests-across-the-country-2",
    ]);
    expect(eventsOf(cleanTimeline()).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it("a repeated unique_id is renamed and noted in skipped", () => {
    const raw = {
      events: [
        { unique_id: "x", start_date: { year: 2024 }, text: { headline: "a" }, media: { url: "https://example.org/a" } },
        { unique_id: "x", start_date: { year: 2024 }, text: { headline: "b" }, media: { url: "https://example.org/b" } },
      ],
    };
    const result = importTimelineJs(raw);
    expect(okDataset(result).events.map((e) => e.id)).toEqual(["x", "x-2"]);
    expect(result.ok && result.skipped.map((i) => i.message)).toEqual(['the unique_id "x" is used twice; this event became "x-2"']);
  });

  it("an event without headline takes its title from the text", () => {
    const raw = { events: [{ start_date: { year: 2024 }, text: { text: "<p>Only a text here.</p>" }, media: { url: "https://example.org/a" } }] };
    expect(eventsOf(raw)[0]?.title).toBe("Only a text here.");
  });

  it("importTimelineJs(not a timeline) reports it instead of throwing", () => {
    for (const raw of [null, 3, "x", [], { events: "no" }]) {
      expect(failure(importTimelineJs(raw)).issues[0]?.path).toBe("events");
    }
    expect(failure(importTimelineJs({ events: [] })).issues[0]?.message).toBe("The file has no events");
    expect(failure(importTimelineJs({ events: [7] })).issues[0]?.path).toBe("events[0]");
  });
});

describe("htmlToText", () => {
  it("decodes named, decimal and hex entities once", () => {
    expect(decodeEntities("&amp; &lt; &gt; &quot; &#39; &nbsp;|&#233;&#xE9;&#X1F600;")).toBe("& < > \" ' \u00a0|éé😀");
    expect(decodeEntities("&amp;lt; &bogus; &constructor; &#0; &#xD800;")).toBe("&lt; &bogus; &constructor; \uFFFD \uFFFD");
  });

  it("turns <br> into a line break and <p> into a paragraph break, collapsing source whitespace", () => {
    expect(htmlToText("<p>one\n   two</p><p>three<br>four</p>")).toBe("one two\n\nthree\nfour");
  });

  it("drops scripts, styles and comments with their content, even unclosed", () => {
    expect(htmlToText('a<script type="x">if (a > b) alert(1)</script>b<!-- c -->d<style>e</style>f<script>g')).toBe("abdf");
  });

  it("keeps text around tags whose attributes contain >", () => {
    expect(htmlToText('<a title="x > y" href="#">link</a> text')).toBe("link text");
  });

  it("leaves a lone < in text readable but never a tag", () => {
    expect(htmlToText("3 < 4 and 5 > 4")).toBe("3 < 4 and 5 > 4");
    expect(htmlToText("<<b>i>x")).not.toMatch(MARKUP);
    expect(htmlToText("trailing <a href='x")).toBe("trailing");
  });

  it("htmlToText stays linear on hostile input (unclosed quotes, tags, scripts): 400 KB in well under 3 s", () => {
    for (const unit of ['<a title="x', '<a "', "<script ", "<a href=x>", "<!--", "&lt;b"]) {
      const start = performance.now();
      htmlToText(unit.repeat(400_000 / unit.length));
      expect(performance.now() - start).toBeLessThan(3000);
    }
  });

  it("htmlToText(any string) never contains the start of a tag (1000 runs)", () => {
    const htmlish = fc.string({ unit: fc.constantFrom("<", ">", "/", "!", "?", "a", "b", "script", "&lt;", "&gt;", "&amp;", "&#60;", '"', "'", " ", "\n", "p", "=", "-->", "<!--") });
    fc.assert(
      fc.property(fc.oneof(fc.string(), htmlish), (html) => {
        expect(htmlToText(html)).not.toMatch(MARKUP);
      }),
      { numRuns: 1000 },
    );
  });
});
