/**
 * The canvas-drawn part of a view plan as SVG markup, for the picture export (which must stay a
 * vector drawing): the same classes as the live SVG marks, so the export stylesheet styles both.
 */
import type { DensityBins } from "./density.ts";
import type { PlacedEvent, PlacedLane } from "./layout.ts";
import type { TimeScale } from "./scales.ts";
import { shapePath } from "./shapes.ts";
import { BAR_HEIGHT_PX, OPEN_END_PX, binBarHeight } from "./canvasPaint.ts";

const n = (v: number) => String(Math.round(v * 100) / 100);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function marksSvg(marks: readonly PlacedEvent[], color: (c: string) => string, markSize: number): string {
  let out = "";
  for (const m of marks) {
    const c = esc(color(m.color));
    const cls = `mark mark--default${m.approximate || m.uncertain ? " mark--soft" : ""}${m.uncertain ? " mark--uncertain" : ""}`;
    let body: string;
    if (m.kind === "point") {
      body = `<path class="mark-shape" transform="translate(${n(m.x)},${n(m.y)})" d="${shapePath(m.shape, markSize)}" fill="${c}" stroke="${c}"/>`;
    } else {
      const y = m.y - BAR_HEIGHT_PX / 2;
      const solid = m.ongoing ? Math.max(2, m.width - OPEN_END_PX) : m.width;
      body = `<rect class="mark-bar" x="${n(m.x)}" y="${n(y)}" width="${n(solid)}" height="${BAR_HEIGHT_PX}" rx="3" fill="${c}" stroke="${c}"/>`;
      if (m.ongoing) body += `<path class="mark-open-end" d="M${n(m.x + solid)},${n(y)}h${OPEN_END_PX - 6}l6,${BAR_HEIGHT_PX / 2}l-6,${BAR_HEIGHT_PX / 2}h${-(OPEN_END_PX - 6)}Z" fill="${c}" stroke="${c}"/>`;
    }
    if (m.label !== null) {
      body += `<text class="${m.labelInside ? "mark-label mark-label--inside" : "mark-label"}" x="${n(m.labelX)}" y="${n(m.y + 4)}" text-anchor="${m.labelAnchor}">${esc(m.label)}</text>`;
    }
    out += `<g class="${cls}">${body}</g>`;
  }
  return `<g class="marks">${out}</g>`;
}

export function densitySvg(bins: DensityBins, lanes: readonly PlacedLane[], x: TimeScale, color: (c: string) => string, laneHeaderPx: number): string {
  let out = "";
  for (const lane of lanes) {
    const room = lane.height - laneHeaderPx - 4;
    const floor = lane.y + lane.height - 2;
    out += `<g class="density-lane" fill="${esc(color(lane.color))}" fill-opacity="0.85">`;
    for (let b = 0; b < bins.binCount; b++) {
      const count = bins.counts[lane.index * bins.binCount + b]!;
      if (count === 0) continue;
      const start = bins.firstStart + b * bins.binMs;
      const left = x(start);
      const h = binBarHeight(count, bins.max, room);
      out += `<rect x="${n(left)}" y="${n(floor - h)}" width="${n(Math.max(1, x(start + bins.binMs) - left - 1))}" height="${n(h)}"/>`;
    }
    out += "</g>";
  }
  return `<g class="density">${out}</g>`;
}
