/**
 * The timeline as one standalone SVG picture: a header (title, subtitle), the live timeline nested
 * as an inner <svg>, a legend row and a footer (source, export date, permalink). Pure string
 * building, no DOM: the caller serializes the timeline. The picture must look the same outside the
 * app (a file viewer, an <img> turned into PNG), so it carries its own stylesheet with the light
 * theme's colours written out (no CSS variables) and fonts every system has. Every rule is scoped
 * to `.cronica-export`, so an SVG pasted inline into a web page does not restyle that page.
 */
import type { MarkShape } from "../data/model.ts";
import { shapePath } from "../timeline/shapes.ts";

/** One legend entry: a category's label, colour and mark shape. */
export interface LegendItem {
  label: string;
  color: string;
  shape: MarkShape;
}

/** What goes into the picture; every text is plain (it is escaped here). */
export interface ExportSvgParts {
  /** The serialized <svg> of the live timeline. */
  timelineSvg: string;
  /** The timeline's size in CSS px. */
  width: number;
  height: number;
  title: string;
  /** Date range and active filters. */
  subtitle: string;
  legend: readonly LegendItem[];
  sourceLine: string;
  /** When the picture was made. */
  exportedLine: string;
  permalink: string;
}

/** Fonts that render without web fonts: DejaVu on Linux, Arial/Helvetica elsewhere. */
export const EXPORT_FONT = '"DejaVu Sans", Arial, Helvetica, sans-serif';

const S = ".cronica-export";

/** The timeline's rules from styles.css with the light theme's :root values substituted. */
export const EXPORT_SVG_STYLE = [
  `${S} { font-family: ${EXPORT_FONT}; }`,
  `${S} text { font-family: ${EXPORT_FONT}; }`,
  `${S} .export-title { font-size: 18px; font-weight: 700; fill: #1b1f24; }`,
  `${S} .export-subtitle { font-size: 12px; fill: #4f5761; }`,
  `${S} .export-legend-label { font-size: 12px; fill: #1b1f24; }`,
  `${S} .export-footer { font-size: 11px; fill: #4f5761; }`,
  `${S} .export-link { fill: #0b5cad; }`,
  `${S} .export-frame { fill: none; stroke: #d5d9de; }`,
  `${S} .plot-background { fill: #ffffff; }`,
  `${S} .lane { fill: #fafbfc; }`,
  `${S} .lane--odd { fill: #f1f3f6; }`,
  `${S} .axis-grid { stroke: #e3e6ea; }`,
  `${S} .axis-line { stroke: #9aa2ab; }`,
  `${S} .axis-label { font-size: 11px; fill: #4f5761; }`,
  `${S} .axis-context { font-size: 11px; font-weight: 700; fill: #1b1f24; }`,
  `${S} .lane-header text { font-size: 11px; font-weight: 700; fill: #1b1f24; paint-order: stroke; stroke: #fafbfc; stroke-width: 4px; }`,
  `${S} .mark-shape, ${S} .mark-bar { stroke-opacity: 1; }`,
  `${S} .mark-bar { fill-opacity: 0.3; }`,
  `${S} .mark-open-end { fill-opacity: 0.35; }`,
  `${S} .mark--soft .mark-shape { fill-opacity: 0.4; stroke-dasharray: 2 2; }`,
  `${S} .mark--soft .mark-bar { fill-opacity: 0.15; stroke-dasharray: 4 3; }`,
  `${S} .mark--uncertain .mark-shape { stroke-dasharray: 1 2; }`,
  `${S} .mark-ring { fill: none; stroke: #1b1f24; stroke-width: 2; }`,
  `${S} .mark-label { font-size: 11px; fill: #1b1f24; paint-order: stroke; stroke: #fafbfc; stroke-width: 3px; stroke-linejoin: round; }`,
  `${S} .mark-label--inside { stroke: none; }`,
  `${S} .mark--hovered .mark-label, ${S} .mark--selected .mark-label { fill: #1b1f24; }`,
].join("\n");

const MARGIN = 16;
const TITLE = { size: 18, line: 24, charEm: 0.64 };
const SUBTITLE = { size: 12, line: 17, charEm: 0.6 };
const LEGEND = { size: 12, line: 22, charEm: 0.6, mark: 10, gap: 6, spacing: 18 };
const FOOTER = { size: 11, line: 15, charEm: 0.6 };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an XML element or a quoted attribute; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** Estimated width of a text in px: there is no DOM to measure with, so err on the wide side. */
function textWidth(text: string, size: number, charEm: number): number {
  return text.length * size * charEm;
}

/**
 * Splits a text into lines that fit `maxPx`: at spaces, and inside a word (a long URL) when the
 * word alone is too wide. Never returns an empty list.
 */
export function wrapText(text: string, maxPx: number, size: number, charEm: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxPx / (size * charEm)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      line = "";
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The timeline markup without an XML prolog or doctype (it is nested, not a document). */
function innerDocument(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>/, "").replace(/^\s*<!DOCTYPE[^>]*>/i, "").trim();
}

/** Legend entries placed left to right, wrapping to a new row when the width is used up. */
function legendLayout(items: readonly LegendItem[], maxPx: number): { item: LegendItem; x: number; row: number }[] {
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = LEGEND.mark + LEGEND.gap + textWidth(item.label, LEGEND.size, LEGEND.charEm);
    if (x > 0 && x + w > maxPx) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w + LEGEND.spacing;
  }
  return placed;
}

/** One <text> per line, baselines `line` px apart starting at `top`. */
function textLines(lines: readonly string[], cls: string, x: number, top: number, style: { size: number; line: number }): string {
  return lines.map((l, i) => `<text class="${cls}" x="${n(x)}" y="${n(top + i * style.line + style.size)}">${escapeXml(l)}</text>`).join("");
}

/** The standalone SVG document for the picture. */
export function composeExportSvg(parts: ExportSvgParts): string {
  const width = Math.max(1, Math.round(parts.width));
  const height = Math.max(1, Math.round(parts.height));
  const W = width + 2 * MARGIN;
  const titleLines = wrapText(parts.title, width, TITLE.size, TITLE.charEm);
  const subtitleLines = parts.subtitle ? wrapText(parts.subtitle, width, SUBTITLE.size, SUBTITLE.charEm) : [];

  let y = MARGIN;
  const header = textLines(titleLines, "export-title", MARGIN, y, TITLE) + textLines(subtitleLines, "export-subtitle", MARGIN, y + titleLines.length * TITLE.line + 2, SUBTITLE);
  y += titleLines.length * TITLE.line + 2 + subtitleLines.length * SUBTITLE.line + 10;

  const timelineTop = y;
  const timeline =
    `<svg x="${MARGIN}" y="${timelineTop}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${innerDocument(parts.timelineSvg)}</svg>` +
    `<rect class="export-frame" x="${MARGIN - 0.5}" y="${timelineTop - 0.5}" width="${width + 1}" height="${height + 1}"/>`;
  y += height + 14;

  const placed = legendLayout(parts.legend, width);
  const rows = placed.length === 0 ? 0 : placed[placed.length - 1]!.row + 1;
  const legend = placed
    .map(({ item, x, row }) => {
      const cx = MARGIN + x + LEGEND.mark / 2;
      const cy = y + row * LEGEND.line + LEGEND.line / 2 - 4;
      return (
        `<g class="export-legend-item"><path d="${shapePath(item.shape, LEGEND.mark)}" transform="translate(${n(cx)},${n(cy)})" fill="${escapeXml(item.color)}" stroke="${escapeXml(item.color)}"/>` +
        `<text class="export-legend-label" x="${n(cx + LEGEND.mark / 2 + LEGEND.gap)}" y="${n(cy + 4)}">${escapeXml(item.label)}</text></g>`
      );
    })
    .join("");
  y += rows * LEGEND.line + (rows > 0 ? 6 : 0);

  const footerLines = [...wrapText(parts.sourceLine, width, FOOTER.size, FOOTER.charEm), ...wrapText(parts.exportedLine, width, FOOTER.size, FOOTER.charEm)].filter((l) => l !== "");
  const linkLines = parts.permalink ? wrapText(parts.permalink, width, FOOTER.size, FOOTER.charEm) : [];
  const footer =
    textLines(footerLines, "export-footer", MARGIN, y, FOOTER) +
    (linkLines.length > 0 ? `<a href="${escapeXml(parts.permalink)}">${textLines(linkLines, "export-footer export-link", MARGIN, y + footerLines.length * FOOTER.line, FOOTER)}</a>` : "");
  y += (footerLines.length + linkLines.length) * FOOTER.line + MARGIN;

  const H = Math.ceil(y);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cronica-export" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(EXPORT_FONT)}" role="img">`,
    `<title>${escapeXml(parts.title)}</title>`,
    parts.subtitle ? `<desc>${escapeXml(parts.subtitle)}</desc>` : "",
    `<style>\n${EXPORT_SVG_STYLE}\n</style>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<g class="export-header">${header}</g>`,
    timeline,
    `<g class="export-legend">${legend}</g>`,
    `<g class="export-footer-lines">${footer}</g>`,
    "</svg>",
  ].join("\n");
}
