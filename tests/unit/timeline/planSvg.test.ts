import { describe, expect, it } from "vitest";
import { densityBins } from "../../../src/timeline/density.ts";
import type { PlacedEvent } from "../../../src/timeline/layout.ts";
import { densitySvg, marksSvg } from "../../../src/timeline/planSvg.ts";
import { timeScale } from "../../../src/timeline/scales.ts";
import { buildTimeIndex } from "../../../src/timeline/timeIndex.ts";
import { DAY_MS, LANES, T0, manyEvents } from "./largeData.ts";

const mark = (over: Partial<PlacedEvent>): PlacedEvent => ({
  id: "a", index: 0, lane: 0, row: 0, kind: "point", x: 10, width: 0, y: 20, label: null, labelX: 0, labelInside: false, labelAnchor: "start",
  color: "#0072B2", shape: "circle", approximate: false, uncertain: false, ongoing: false, crowded: false, ...over,
});

describe("the canvas layer as SVG, for the picture export", () => {
  it("writes one mark per placed event with the live marks' classes, and escapes labels", () => {
    const svg = marksSvg([mark({ label: "<b>Vote & count</b>", labelX: 20 }), mark({ id: "b", kind: "interval", width: 80, ongoing: true, approximate: true })], (c) => c, 14);
    expect(svg.match(/class="mark /g)).toHaveLength(2);
    expect(svg).toContain("&lt;b&gt;Vote &amp; count&lt;/b&gt;");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain('class="mark-open-end"');
    expect(svg).toContain("mark--soft");
  });

  it("writes one bar per non-empty density bin", () => {
    const events = manyEvents(5000);
    const x = timeScale([T0, T0 + 3650 * DAY_MS], 1000);
    const bins = densityBins(buildTimeIndex(events, LANES.map((c) => c.id)), [T0, T0 + 3650 * DAY_MS], 1000, LANES.length);
    const lanes = LANES.map((c, i) => ({ categoryId: c.id, index: i, y: i * 76, height: 70, rows: 2, color: c.color, shape: c.shape }));
    const nonEmpty = bins.counts.filter((c) => c > 0).length;
    expect(densitySvg(bins, lanes, x, (c) => c, 18).match(/<rect /g)).toHaveLength(nonEmpty);
  });
});
