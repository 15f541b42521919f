/**
 * parseDataset(raw) accepts a "cronica/1" dataset and normalizes it, or rejects it with issues that
 * name the event (index and id) and the exact field path. Each rejection test breaks exactly one
 * thing in the fixture from `tests/helpers/datasetFixture.ts`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FALLBACK_COLORS, MARK_SHAPES } from "../../../src/data/model.ts";
import type { Dataset, DatasetIssue } from "../../../src/data/model.ts";
import { MAX_ISSUES, formatIssue, parseDataset } from "../../../src/data/parseDataset.ts";
import type { DatasetInput, EventInput, FigureInput } from "../../../src/data/schema.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { buildJsonSchema } from "../../helpers/writeJsonSchema.ts";

/** Fixture event indices (file order). */
const PROTESTS = 0;
const ELECTION_DAY = 1;
const DETENTIONS = 2;
const ANNOUNCEMENT = 3;

/** A loose view of a value, for writing what the schema forbids. */
type Loose = Record<string, unknown>;

function eventAt(dataset: DatasetInput, index: number): EventInput {
  const event = dataset.events[index];
  if (event === undefined) throw new Error(`the fixture has no event ${index}`);
  return event;
}

function figureAt(dataset: DatasetInput, eventIndex: number, index: number): FigureInput {
  const figure = eventAt(dataset, eventIndex).figures?.[index];
  if (figure === undefined) throw new Error(`the fixture's event ${eventIndex} has no figure ${index}`);
  return figure;
}

/** The fixture with one change made by `breakIt`. */
function fixtureWith(breakIt: (dataset: DatasetInput) => void): DatasetInput {
  const dataset = validDataset();
  breakIt(dataset);
  return dataset;
}

function accepted(raw: unknown): Dataset {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(`expected the dataset to be accepted:\n${result.issues.map(formatIssue).join("\n")}`);
  return result.dataset;
}

function issuesOf(raw: unknown): DatasetIssue[] {
  const result = parseDataset(raw);
  if (result.ok) throw new Error("expected the dataset to be rejected");
  return result.issues;
}

describe("parseDataset(valid dataset)", () => {
  it("accepts the fixture", () => {
    expect(parseDataset(validDataset()).ok).toBe(true);
  });

  it("sorts events by start, then end, whatever the file order", () => {
    const expected = ["election-day", "protests-2024-07", "detentions-ongoing", "results-announcement"];
    expect(accepted(validDataset()).events.map((e) => e.id)).toEqual(expected);
    const reversed = fixtureWith((d) => d.events.reverse());
    expect(accepted(reversed).events.map((e) => e.id)).toEqual(expected);
  });

  it("breaks a tie of identical dates by id", () => {
    const dataset = fixtureWith((d) => {
      eventAt(d, PROTESTS).id = "b-event";
      eventAt(d, PROTESTS).date = "2024-07-28";
      eventAt(d, ELECTION_DAY).id = "a-event";
      eventAt(d, ANNOUNCEMENT).related = ["a-event"];
    });
    expect(accepted(dataset).events.slice(0, 2).map((e) => e.id)).toEqual(["a-event", "b-event"]);
  });

  it("gives each event its UTC time span; ongoing intervals end with the `updated` day", () => {
    const { eventById, updatedMs } = accepted(validDataset());
    expect(updatedMs).toBe(Date.UTC(2024, 8, 1));
    expect(eventById.get("election-day")?.time).toMatchObject({ start: Date.UTC(2024, 6, 28), at: Date.UTC(2024, 6, 28, 12) });
    expect(eventById.get("results-announcement")?.time.start).toBe(Date.UTC(2024, 6, 29, 4, 10));
    expect(eventById.get("protests-2024-07")?.time).toMatchObject({ start: Date.UTC(2024, 6, 29), end: Date.UTC(2024, 6, 31), isInterval: true });
    expect(eventById.get("detentions-ongoing")?.time).toMatchObject({ end: Date.UTC(2024, 8, 1), ongoing: true });
  });

  it("computes the extent: earliest start to latest end", () => {
    expect(accepted(validDataset()).extent).toEqual([Date.UTC(2024, 6, 28), Date.UTC(2024, 8, 1)]);
  });

  it("gives categories a colour (their own, else a fallback), a shape and their index", () => {
    const { categories, categoryById } = accepted(validDataset());
    expect(categories.map(({ id, color, shape, index }) => ({ id, color, shape, index }))).toEqual([
      { id: "election", color: "#123456", shape: MARK_SHAPES[0], index: 0 },
      { id: "protest", color: FALLBACK_COLORS[1], shape: MARK_SHAPES[1], index: 1 },
    ]);
    expect(categoryById.get("protest")).toBe(categories[1]);
  });

  it("keeps the dataset's metadata and the events' fields", () => {
    const dataset = accepted(validDataset());
    expect(dataset).toMatchObject({ schema: "cronica/1", id: "fixture", languages: ["en", "es"], license: "CC-BY-4.0" });
    expect(dataset.eventById.get("detentions-ongoing")?.figures?.map((f) => f.reportedBy)).toEqual(["Group A", "Group B"]);
  });

  it("accepts a dataset with no events", () => {
    const dataset = accepted(fixtureWith((d) => d.events.splice(0)));
    expect(dataset.events).toEqual([]);
    expect(dataset.extent).toEqual([Date.UTC(2024, 8, 1), Date.UTC(2024, 8, 1)]);
  });
});

describe("parseDataset(invalid dataset) names the event and the field", () => {
  it("an impossible date: events[N].date", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ELECTION_DAY).date = "2024-02-30")));
    expect(issues).toEqual([
      { path: "events[1].date", eventIndex: 1, eventId: "election-day", message: '"2024-02-30" is not a real calendar date' },
    ]);
  });

  it("a date that is not in the format: events[N].date", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ELECTION_DAY).date = "28 July 2024")));
    expect(issues).toEqual([{ path: "events[1].date", eventIndex: 1, eventId: "election-day", message: expect.stringMatching(/^must be YYYY/) }]);
  });

  it("an interval that ends before it starts: events[N].date", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, PROTESTS).date = "2024-07-30/2024-07-29")));
    expect(issues).toEqual([
      { path: "events[0].date", eventIndex: 0, eventId: "protests-2024-07", message: '"2024-07-30/2024-07-29" ends before it starts' },
    ]);
  });

  it("an unknown category: events[N].category", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ELECTION_DAY).category = "riot")));
    expect(issues).toEqual([
      {
        path: "events[1].category",
        eventIndex: 1,
        eventId: "election-day",
        message: '"riot" is not one of the dataset\'s categories (election, protest)',
      },
    ]);
  });

  it("a duplicate id: events[N].id on the second use", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ANNOUNCEMENT).id = "election-day")));
    expect(issues).toEqual([
      { path: "events[3].id", eventIndex: 3, eventId: "election-day", message: 'the id "election-day" is already used by event 1' },
    ]);
  });

  it("missing sources: events[N].sources is required", () => {
    const issues = issuesOf(fixtureWith((d) => delete (eventAt(d, ELECTION_DAY) as Partial<EventInput>).sources));
    expect(issues).toEqual([{ path: "events[1].sources", eventIndex: 1, eventId: "election-day", message: "is required" }]);
  });

  it("an empty sources list: events[N].sources", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ELECTION_DAY).sources = [])));
    expect(issues).toEqual([{ path: "events[1].sources", eventIndex: 1, eventId: "election-day", message: "needs at least one source" }]);
  });

  it.each(["javascript:alert(1)", "ftp://x", "example.org/page", "https://", "https://exa mple.org"])(
    "a source URL %s: events[N].sources[0].url",
    (url) => {
      const issues = issuesOf(
        fixtureWith((d) => {
          const source = eventAt(d, ELECTION_DAY).sources[0];
          if (source) source.url = url;
        }),
      );
      expect(issues).toEqual([
        { path: "events[1].sources[0].url", eventIndex: 1, eventId: "election-day", message: "must be an http:// or https:// URL" },
      ]);
    },
  );

  it("a missing title: events[N].title is required", () => {
    const issues = issuesOf(fixtureWith((d) => delete (eventAt(d, ELECTION_DAY) as Partial<EventInput>).title));
    expect(issues).toEqual([{ path: "events[1].title", eventIndex: 1, eventId: "election-day", message: "is required" }]);
  });

  it("a title that is neither text nor a language map: events[N].title", () => {
    const issues = issuesOf(fixtureWith((d) => ((eventAt(d, ELECTION_DAY) as unknown as Loose).title = 42)));
    expect(issues).toEqual([
      { path: "events[1].title", eventIndex: 1, eventId: "election-day", message: "must be text, or a map from language code to text" },
    ]);
  });

  it("a missing id: events[N].id is required, and the issue has no eventId", () => {
    const issues = issuesOf(fixtureWith((d) => delete (eventAt(d, ELECTION_DAY) as Partial<EventInput>).id));
    expect(issues).toEqual([{ path: "events[1].id", eventIndex: 1, message: "is required" }]);
  });

  it("a figure without reportedBy: events[N].figures[M].reportedBy is required", () => {
    const issues = issuesOf(fixtureWith((d) => delete (figureAt(d, DETENTIONS, 1) as Partial<FigureInput>).reportedBy));
    expect(issues).toEqual([
      { path: "events[2].figures[1].reportedBy", eventIndex: 2, eventId: "detentions-ongoing", message: "is required" },
    ]);
  });

  it("a figure whose reportedBy is blank: events[N].figures[M].reportedBy", () => {
    const issues = issuesOf(fixtureWith((d) => (figureAt(d, DETENTIONS, 0).reportedBy = "  ")));
    expect(issues).toEqual([
      { path: "events[2].figures[0].reportedBy", eventIndex: 2, eventId: "detentions-ongoing", message: "reportedBy is empty" },
    ]);
  });

  it("a figure source that names none of the event's sources: events[N].figures[M].source", () => {
    const issues = issuesOf(fixtureWith((d) => (figureAt(d, DETENTIONS, 0).source = "wire")));
    expect(issues).toEqual([
      {
        path: "events[2].figures[0].source",
        eventIndex: 2,
        eventId: "detentions-ongoing",
        message: "\"wire\" is not the id of one of this event's sources",
      },
    ]);
  });

  it("a figure range that does not contain its value: events[N].figures[M].low / .high", () => {
    const issues = issuesOf(
      fixtureWith((d) => {
        figureAt(d, DETENTIONS, 1).low = 300;
        figureAt(d, DETENTIONS, 1).high = 100;
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["events[2].figures[1].low", "events[2].figures[1].high"]);
  });

  it("a source id used twice in one event: events[N].sources[M].id", () => {
    const issues = issuesOf(
      fixtureWith((d) => {
        const second = eventAt(d, DETENTIONS).sources[1];
        if (second) second.id = "group-a";
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["events[2].sources[1].id", "events[2].figures[1].source"]);
  });

  it("a related id that points nowhere: events[N].related[M]", () => {
    const issues = issuesOf(fixtureWith((d) => (eventAt(d, ANNOUNCEMENT).related = ["election-day", "nowhere"])));
    expect(issues).toEqual([
      {
        path: "events[3].related[1]",
        eventIndex: 3,
        eventId: "results-announcement",
        message: '"nowhere" is not the id of an event in this dataset',
      },
    ]);
  });

  it("an unknown confidence: events[N].confidence", () => {
    const issues = issuesOf(fixtureWith((d) => ((eventAt(d, ELECTION_DAY) as unknown as Loose).confidence = "certain")));
    expect(issues).toEqual([
      {
        path: "events[1].confidence",
        eventIndex: 1,
        eventId: "election-day",
        message: "must be one of confirmed, single-source, disputed, unverified",
      },
    ]);
  });

  it("reports every broken event, not just the first", () => {
    const issues = issuesOf(
      fixtureWith((d) => {
        eventAt(d, PROTESTS).category = "riot";
        eventAt(d, ANNOUNCEMENT).date = "2024-13";
      }),
    );
    expect(issues.map((i) => [i.eventIndex, i.path])).toEqual([
      [0, "events[0].category"],
      [3, "events[3].date"],
    ]);
  });
});

describe("parseDataset(invalid dataset) outside events", () => {
  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "cronica/1"],
    ["a number", 42],
    ["undefined", undefined],
  ])("rejects %s as not a dataset", (_name, raw) => {
    expect(issuesOf(raw)).toEqual([{ path: "", message: "the file is not a dataset: expected a JSON object" }]);
  });

  it("rejects a wrong schema tag before anything else", () => {
    const raw = { ...validDataset(), schema: "cronica/2", events: "not even a list" };
    expect(issuesOf(raw)).toEqual([{ path: "schema", message: 'must be "cronica/1" (found "cronica/2")' }]);
  });

  it("rejects a missing schema tag", () => {
    const { schema: _schema, ...raw } = validDataset();
    expect(issuesOf(raw)).toEqual([{ path: "schema", message: 'must be "cronica/1" (found missing)' }]);
  });

  it("rejects an impossible `updated` date", () => {
    expect(issuesOf(fixtureWith((d) => (d.updated = "2024-02-30")))).toEqual([
      { path: "updated", message: '"2024-02-30" is not a real calendar date' },
    ]);
  });

  it("rejects a category id used twice: categories[N].id", () => {
    const issues = issuesOf(fixtureWith((d) => d.categories.push({ id: "protest", label: "Again" })));
    expect(issues).toEqual([{ path: "categories[2].id", message: 'the category id "protest" is used twice' }]);
  });

  it("rejects a dataset with no categories", () => {
    expect(issuesOf(fixtureWith((d) => d.categories.splice(0)))).toContainEqual({
      path: "categories",
      message: "needs at least one category",
    });
  });
});

describe("parseDataset(very broken dataset) caps the issues", () => {
  /** A dataset of `count` events, each with one bad source URL (a schema problem) or one unknown category. */
  function brokenEvents(count: number, problem: "url" | "category"): DatasetInput {
    return fixtureWith((d) => {
      d.events = Array.from({ length: count }, (_, i) => ({
        id: `event-${i}`,
        date: "2024-07-28",
        title: "Broken",
        category: problem === "category" ? "riot" : "election",
        sources: [{ title: "Source", url: problem === "url" ? "ftp://x" : "https://example.org" }],
      }));
    });
  }

  it.each(["url", "category"] as const)("lists MAX_ISSUES problems and then '…and N more problems' (%s)", (problem) => {
    const issues = issuesOf(brokenEvents(MAX_ISSUES + 50, problem));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES - 1]?.eventIndex).toBe(MAX_ISSUES - 1);
    expect(issues.at(-1)).toEqual({ path: "", message: "…and 50 more problems" });
  });

  it("lists exactly MAX_ISSUES problems without a summary", () => {
    const issues = issuesOf(brokenEvents(MAX_ISSUES, "url"));
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.at(-1)?.eventIndex).toBe(MAX_ISSUES - 1);
  });
});

describe("formatIssue(issue)", () => {
  it("names the event's index and id, then the path and the message", () => {
    expect(formatIssue({ path: "events[3].sources[0].url", eventIndex: 3, eventId: "foo", message: "must be an http:// or https:// URL" })).toBe(
      'event 3 ("foo"), events[3].sources[0].url: must be an http:// or https:// URL',
    );
  });

  it("leaves out the id when the event has none", () => {
    expect(formatIssue({ path: "events[1].id", eventIndex: 1, message: "is required" })).toBe("event 1, events[1].id: is required");
  });

  it("prints a dataset-level issue as path: message", () => {
    expect(formatIssue({ path: "schema", message: 'must be "cronica/1" (found missing)' })).toBe('schema: must be "cronica/1" (found missing)');
  });

  it('says "dataset" when the path is empty', () => {
    expect(formatIssue({ path: "", message: "…and 5 more problems" })).toBe("dataset: …and 5 more problems");
  });

  it("formats what parseDataset reports", () => {
    const [issue] = issuesOf(fixtureWith((d) => (eventAt(d, ELECTION_DAY).date = "2024-02-30")));
    expect(issue && formatIssue(issue)).toBe('event 1 ("election-day"), events[1].date: "2024-02-30" is not a real calendar date');
  });
});

describe("the published JSON Schema", () => {
  const schema = buildJsonSchema();
  const defs = schema.$defs as Record<string, { required?: string[] }>;

  it("buildJsonSchema() requires an event's id, date, title, category and sources", () => {
    expect(defs.Event?.required).toEqual(expect.arrayContaining(["id", "date", "title", "category", "sources"]));
  });

  it("buildJsonSchema() requires a figure's reporter and a source's title and URL", () => {
    expect(defs.Figure?.required).toEqual(expect.arrayContaining(["measure", "value", "reportedBy"]));
    expect(defs.Source?.required).toEqual(expect.arrayContaining(["title", "url"]));
  });

  it("public/cronica-1.schema.json is exactly what `npm run schema` writes (run it if this fails)", () => {
    const file = fileURLToPath(new URL("../../../public/cronica-1.schema.json", import.meta.url));
    const onDisk = readFileSync(file, "utf8");
    expect(JSON.parse(onDisk)).toEqual(JSON.parse(JSON.stringify(schema)));
    expect(onDisk).toBe(JSON.stringify(schema, null, 2) + "\n");
  });
});

describe("the examples in data/README.md", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../../data/README.md", import.meta.url)), "utf8");
  const examples = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

  it("include the minimal and the fuller example", () => {
    expect(examples).toHaveLength(2);
  });

  it.each(examples.map((text, i) => [i, text] as const))("example %i is accepted by parseDataset", (_i, text) => {
    expect(accepted(JSON.parse(text)).schema).toBe("cronica/1");
  });
});

describe("parseDataset reports every kind of problem in one round", () => {
  it("finds an impossible date even when another event has a shape problem", () => {
    const raw = validDataset();
    raw.events[1]!.date = "2024-02-30";
    raw.events[2]!.sources[0]!.url = "javascript:alert(1)";
    const result = parseDataset(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(["events[1].date", "events[2].sources[0].url"]);
    expect(result.issues[0]).toMatchObject({ eventIndex: 1, eventId: "election-day", message: '"2024-02-30" is not a real calendar date' });
  });
});
