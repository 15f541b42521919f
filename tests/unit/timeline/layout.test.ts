import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import type { Dataset, PoliticalEvent } from "../../../src/data/model.ts";
import { DEFAULT_LAYOUT, labelText, layoutEvents } from "../../../src/timeline/layout.ts";
import type { PlacedEvent } from "../../../src/timeline/layout.ts";
import { timeScale } from "../../../src/timeline/scales.ts";

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

function dataset(events: { id: string; date: string; category?: string; title?: string }[]): Dataset {
  const result = parseDataset({
    schema: "cronica/1",
    id: "t",
    title: "T",
    description: "D",
    version: "1",
    updated: "2025-01-31",
    license: "CC0-1.0",
    languages: ["en"],
    categories: [{ id: "a", label: "A" }, { id: "b", label: "B" }],
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title ?? `Event ${e.id}`,
      category: e.category ?? "a",
      sources: [{ title: "S", url: "https://example.org/" }],
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

const title = (e: PoliticalEvent) => (typeof e.title === "string" ? e.title : "");

/** Horizontal extent a placed event occupies in its row, label included when shown. */
function extent(p: PlacedEvent): [number, number] {
  const half = DEFAULT_LAYOUT.markSizePx / 2;
  const left = p.kind === "point" ? p.x - half : p.x;
  const markRight = p.kind === "point" ? p.x + half : p.x + p.width;
  if (p.label === null || p.labelInside) return [left, markRight];
  const labelW = p.label.length * DEFAULT_LAYOUT.labelCharPx;
  return p.labelAnchor === "end" ? [p.labelX - labelW, markRight] : [left, Math.max(markRight, p.labelX + labelW)];
}

function overlaps(a: [number, number], b: [number, number]) {
  return a[0] < b[1] && b[0] < a[1];
}

describe("layoutEvents", () => {
  it("layoutEvents(events, x) puts overlapping events in separate rows of their lane", () => {
    const ds = dataset([
      { id: "e1", date: "2024-07-28" },
      { id: "e2", date: "2024-07-28" },
      { id: "e3", date: "2024-07-29" },
      { id: "e4", date: "2024-07-10/2024-08-20" },
    ]);
    const x = timeScale([utc("2024-07-01"), utc("2024-09-01")], 600);
    const { events } = layoutEvents(ds.events, ds.categories, x, title);
    expect(events).toHaveLength(4);
    for (const a of events) {
      for (const b of events) {
        if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
        expect(overlaps(extent(a), extent(b)), `${a.id} and ${b.id} share row ${a.row}`).toBe(false);
      }
    }
    expect(new Set(events.map((e) => e.row)).size).toBeGreaterThan(1);
  });

  it("never lets two shown labels overlap, however crowded the lane", () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, date: `2024-08-${String(1 + (i % 28)).padStart(2, "0")}`, title: `A fairly long title for event number ${i}` }));
    const ds = dataset(many);
    const x = timeScale([utc("2024-07-25"), utc("2024-09-05")], 700);
    const { events } = layoutEvents(ds.events, ds.categories, x, title);
    const labelled = events.filter((e) => e.label !== null);
    expect(labelled.length).toBeGreaterThan(0);
    for (const a of labelled) {
      for (const b of labelled) {
        if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
        expect(overlaps(extent(a), extent(b)), `${a.id} / ${b.id}`).toBe(false);
      }
    }
    // Every event is still placed (reachable), even those that lost their label.
    expect(events).toHaveLength(60);
  });

  it("keeps labels inside the plot: near the right edge they go left of the mark, or are left out", () => {
    const ds = dataset([
      { id: "early", date: "2024-07-02" },
      { id: "late", date: "2024-08-30", title: "A late event with a long title" },
    ]);
    const x = timeScale([utc("2024-07-01"), utc("2024-09-01")], 600);
    const { events } = layoutEvents(ds.events, ds.categories, x, title);
    const late = events.find((e) => e.id === "late")!;
    expect(late.label).not.toBeNull();
    expect(late.labelAnchor).toBe("end");
    for (const e of events) {
      const [l, r] = extent(e);
      if (e.label === null) continue;
      expect(l).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(600);
    }
  });

  it("gives each category its own lane, stacked top to bottom without overlap", () => {
    const ds = dataset([
      { id: "a1", date: "2024-07-28", category: "a" },
      { id: "b1", date: "2024-07-28", category: "b" },
    ]);
    const x = timeScale([utc("2024-07-01"), utc("2024-09-01")], 600);
    const layout = layoutEvents(ds.events, ds.categories, x, title);
    expect(layout.lanes.map((l) => l.categoryId)).toEqual(["a", "b"]);
    const [la, lb] = layout.lanes;
    expect(lb!.y).toBeGreaterThanOrEqual(la!.y + la!.height);
    const a1 = layout.events.find((e) => e.id === "a1")!;
    const b1 = layout.events.find((e) => e.id === "b1")!;
    expect(a1.y).toBeGreaterThan(la!.y);
    expect(a1.y).toBeLessThan(la!.y + la!.height);
    expect(b1.y).toBeGreaterThan(lb!.y);
  });

  it("draws intervals as bars from start to end, and ongoing ones up to the dataset's update", () => {
    const ds = dataset([
      { id: "siege", date: "2024-03-20/2024-05-06" },
      { id: "open", date: "2024-09-01/.." },
    ]);
    const x = timeScale([utc("2024-01-01"), utc("2025-02-01")], 1000);
    const { events } = layoutEvents(ds.events, ds.categories, x, title);
    const siege = events.find((e) => e.id === "siege")!;
    expect(siege.kind).toBe("interval");
    expect(siege.x).toBeCloseTo(x(utc("2024-03-20")), 5);
    expect(siege.x + siege.width).toBeCloseTo(x(utc("2024-05-07")), 5);
    const open = events.find((e) => e.id === "open")!;
    expect(open.ongoing).toBe(true);
    expect(open.x + open.width).toBeCloseTo(x(utc("2025-02-01")), 5); // updated 2025-01-31, end of day
  });

  it("places a point mark at the middle of its date's range", () => {
    const ds = dataset([{ id: "m", date: "2024-07" }]);
    const x = timeScale([utc("2024-06-01"), utc("2024-09-01")], 920);
    const [m] = layoutEvents(ds.events, ds.categories, x, title).events;
    expect(m!.x).toBeCloseTo(x((utc("2024-07-01") + utc("2024-08-01")) / 2), 5);
  });
});

describe("labelText", () => {
  it('labelText(title, approximate) begins approximate dates with "c."', () => {
    expect(labelText("Vote", true, false, 40)).toBe("c. Vote");
    expect(labelText("Vote", false, true, 40)).toBe("Vote (?)");
  });
  it("cuts long titles with an ellipsis", () => {
    expect(labelText("abcdefghij", false, false, 6)).toBe("abcde…");
  });
});
