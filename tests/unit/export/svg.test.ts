// @vitest-environment jsdom
/**
 * composeExportSvg(parts): one standalone, well-formed SVG document with the header, the nested
 * timeline, the legend and the footer, every text escaped, and no CSS variables left. The module is
 * pure (no DOM); jsdom is here only for its DOMParser, to prove the output is well-formed XML.
 */
import { describe, expect, it } from "vitest";
import { composeExportSvg, escapeXml, EXPORT_SVG_STYLE, wrapText } from "../../../src/export/svg.ts";
import type { ExportSvgParts } from "../../../src/export/svg.ts";

const TIMELINE =
  '<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" width="600" height="200" viewBox="0 0 600 200">' +
  '<rect class="plot-background" width="600" height="200"></rect><g transform="translate(0,40)"><rect class="lane" x="0" y="0" width="600" height="80"></rect></g>' +
  '<g class="mark mark--default" data-event-id="a"><path class="mark-shape" d="M0,0Z" fill="#123456"></path><text class="mark-label">A &amp; B</text></g></svg>';

function parts(over: Partial<ExportSvgParts> = {}): ExportSvgParts {
  return {
    timelineSvg: TIMELINE,
    width: 600,
    height: 200,
    title: "Venezuela 2024",
    subtitle: "1 Aug 2024 – 31 Dec 2024 · Filters: Release",
    legend: [
      { label: "Election", color: "#123456", shape: "circle" },
      { label: "Release", color: "#0072B2", shape: "star" },
    ],
    sourceLine: "Data: Venezuela 2024, version 1.2.0, CC-BY-4.0. Made with Cronica.",
    exportedLine: "Exported 5 Jan 2025, 14:03 UTC",
    permalink: "https://cronica.example/?cat=release",
    ...over,
  };
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

describe("composeExportSvg(parts)", () => {
  it("is one SVG document with xmlns, width, height and viewBox, the timeline's width plus margins", () => {
    const doc = parseXml(composeExportSvg(parts()));
    const root = doc.documentElement;
    expect(root.nodeName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe("632");
    const height = Number(root.getAttribute("height"));
    expect(height).toBeGreaterThan(200);
    expect(root.getAttribute("viewBox")).toBe(`0 0 632 ${height}`);
  });

  it("has a white background, the title, subtitle, legend labels, source, export date and permalink", () => {
    const svg = composeExportSvg(parts());
    const doc = parseXml(svg);
    const texts = Array.from(doc.getElementsByTagName("text"), (t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Venezuela 2024", "1 Aug 2024 – 31 Dec 2024 · Filters: Release", "Election", "Release", "Exported 5 Jan 2025, 14:03 UTC", "https://cronica.example/?cat=release"]));
    expect(texts.some((t) => t?.startsWith("Data: Venezuela 2024"))).toBe(true);
    expect(svg).toContain('fill="#ffffff"');
    expect(doc.getElementsByTagName("a")[0]?.getAttribute("href")).toBe("https://cronica.example/?cat=release");
  });

  it("nests the timeline as an inner <svg> below the header, keeping its marks", () => {
    const doc = parseXml(composeExportSvg(parts()));
    const inner = Array.from(doc.getElementsByTagName("svg")).filter((s) => s !== (doc.documentElement as Element));
    expect(inner.length).toBeGreaterThanOrEqual(1);
    expect(inner[0]!.getAttribute("x")).toBe("16");
    expect(Number(inner[0]!.getAttribute("y"))).toBeGreaterThan(30);
    expect(doc.querySelector('[data-event-id="a"] text')?.textContent).toBe("A & B");
  });

  it("draws each legend entry's shape in its colour", () => {
    const doc = parseXml(composeExportSvg(parts()));
    const paths = Array.from(doc.querySelectorAll(".export-legend path"));
    expect(paths.map((p) => p.getAttribute("fill"))).toEqual(["#123456", "#0072B2"]);
  });

  it("escapes a hostile title, legend label and permalink", () => {
    const hostile = "</text><script>alert(1)</script>";
    const svg = composeExportSvg(parts({ title: hostile, legend: [{ label: `"'&<>`, color: '"/><script>', shape: "square" }], permalink: 'https://x.example/?a=1&b="2"' }));
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.querySelector(".export-title")?.textContent).toBe(hostile);
    expect(doc.querySelector(".export-legend-label")?.textContent).toBe(`"'&<>`);
    expect(doc.getElementsByTagName("a")[0]?.getAttribute("href")).toBe('https://x.example/?a=1&b="2"');
  });

  it("(the well-formedness check itself rejects broken XML)", () => {
    expect(() => parseXml('<svg xmlns="http://www.w3.org/2000/svg"><text></svg>')).toThrow(/not well-formed/);
  });

  it("drops characters XML forbids instead of writing a broken file", () => {
    expect(() => parseXml(composeExportSvg(parts({ title: "a\u0000b\u001Fc" })))).not.toThrow();
    expect(escapeXml("a\u0001b")).toBe("ab");
  });

  it("embeds a stylesheet with literal colours, no CSS variables, and fonts that exist everywhere", () => {
    const svg = composeExportSvg(parts());
    expect(svg).not.toContain("var(--");
    expect(EXPORT_SVG_STYLE).not.toContain("var(");
    expect(svg).toContain(`<style>\n${EXPORT_SVG_STYLE}\n</style>`);
    expect(EXPORT_SVG_STYLE).toContain('font-family: "DejaVu Sans", Arial, Helvetica, sans-serif');
    for (const cls of [".lane ", ".lane--odd", ".axis-grid", ".axis-line", ".axis-label", ".axis-context", ".lane-header text", ".mark-shape", ".mark-bar", ".mark-open-end", ".mark--soft", ".mark--uncertain", ".mark-ring", ".mark-label", ".mark-label--inside", ".plot-background"]) {
      expect(EXPORT_SVG_STYLE, cls).toContain(cls);
    }
  });

  it("wraps a long title and a long permalink instead of cutting them off, and grows taller", () => {
    const short = parseXml(composeExportSvg(parts({ width: 300 })));
    const longLink = `https://cronica.example/?data=${"x".repeat(200)}`;
    const long = parseXml(composeExportSvg(parts({ width: 300, title: "word ".repeat(30).trim(), permalink: longLink })));
    expect(long.querySelectorAll(".export-title").length).toBeGreaterThan(1);
    const linkLines = Array.from(long.querySelectorAll(".export-link"), (t) => t.textContent).join("");
    expect(linkLines).toBe(longLink);
    expect(Number(long.documentElement.getAttribute("height"))).toBeGreaterThan(Number(short.documentElement.getAttribute("height")));
  });

  it("strips an XML prolog from the timeline it nests", () => {
    const svg = composeExportSvg(parts({ timelineSvg: `<?xml version="1.0"?>${TIMELINE}` }));
    expect(svg.match(/<\?xml/g)).toBeNull();
    expect(() => parseXml(svg)).not.toThrow();
  });
});

describe("wrapText(text, maxPx, size, charEm)", () => {
  it("breaks at spaces, and inside a word that is too long on its own", () => {
    expect(wrapText("aaa bbb ccc", 60, 10, 0.6)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("abcdefghijklmnopqrst", 60, 10, 0.6)).toEqual(["abcdefghij", "klmnopqrst"]);
    expect(wrapText("", 60, 10, 0.6)).toEqual([""]);
  });
});
