/**
 * Paints a view plan on a 2D canvas: the same marks the SVG path draws (shapes, bars, open ends,
 * soft edges for approximate dates, labels with a halo), or the density bins. No React, no state:
 * the caller sizes the canvas and supplies the theme's colours.
 */
import type { MarkShape } from "../data/model.ts";
import type { DensityBins } from "./density.ts";
import type { PlacedEvent, PlacedLane } from "./layout.ts";
import type { TimeScale } from "./scales.ts";
import { shapePath } from "./shapes.ts";

export interface PaintStyle {
  /** Label colour and the halo behind labels (the lane colour). */
  text: string;
  halo: string;
  font: string;
  markSize: number;
  laneHeaderPx: number;
  /** A category colour as drawn in this theme. */
  color: (c: string) => string;
}

export const BAR_HEIGHT_PX = 12;
export const OPEN_END_PX = 14;

const paths = new Map<string, Path2D>();
function shape(s: MarkShape, size: number): Path2D {
  const key = `${s}:${size}`;
  let p = paths.get(key);
  if (!p) {
    p = new Path2D(shapePath(s, size));
    paths.set(key, p);
  }
  return p;
}

/** Draws `marks` (already laid out, in pixels of the plot) in order. */
export function paintMarks(ctx: CanvasRenderingContext2D, marks: readonly PlacedEvent[], style: PaintStyle): void {
  ctx.lineWidth = 1;
  for (const m of marks) {
    const color = style.color(m.color);
    const soft = m.approximate || m.uncertain;
    ctx.fillStyle = color;
    ctx.strokeStyle = color;
    ctx.setLineDash(soft ? (m.kind === "point" ? [2, 2] : [4, 3]) : []);
    if (m.kind === "point") {
      ctx.save();
      ctx.translate(m.x, m.y);
      const path = shape(m.shape, style.markSize);
      ctx.globalAlpha = soft ? 0.4 : 1;
      ctx.fill(path);
      ctx.globalAlpha = 1;
      ctx.stroke(path);
      ctx.restore();
    } else {
      const y = m.y - BAR_HEIGHT_PX / 2;
      const solid = m.ongoing ? Math.max(2, m.width - OPEN_END_PX) : m.width;
      ctx.globalAlpha = soft ? 0.15 : 0.3;
      ctx.beginPath();
      ctx.roundRect(m.x, y, solid, BAR_HEIGHT_PX, 3);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
      if (m.ongoing) {
        ctx.beginPath();
        ctx.moveTo(m.x + solid, y);
        ctx.lineTo(m.x + solid + OPEN_END_PX - 6, y);
        ctx.lineTo(m.x + solid + OPEN_END_PX, y + BAR_HEIGHT_PX / 2);
        ctx.lineTo(m.x + solid + OPEN_END_PX - 6, y + BAR_HEIGHT_PX);
        ctx.lineTo(m.x + solid, y + BAR_HEIGHT_PX);
        ctx.closePath();
        ctx.globalAlpha = 0.35;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.stroke();
      }
    }
  }
  ctx.setLineDash([]);
  paintLabels(ctx, marks, style);
}

function paintLabels(ctx: CanvasRenderingContext2D, marks: readonly PlacedEvent[], style: PaintStyle): void {
  ctx.font = style.font;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.fillStyle = style.text;
  ctx.strokeStyle = style.halo;
  for (const m of marks) {
    if (m.label === null) continue;
    ctx.textAlign = m.labelAnchor === "end" ? "right" : "left";
    if (!m.labelInside) ctx.strokeText(m.label, m.labelX, m.y + 4);
    ctx.fillText(m.label, m.labelX, m.y + 4);
  }
}

/**
 * One bar per non-empty bin, rising from the lane's floor. Heights grow with the logarithm of the
 * count, so a bin of 3 is still visible beside one of 3,000; the exact count is in the tooltip.
 */
export function binBarHeight(count: number, max: number, roomPx: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(2, roomPx * (0.15 + 0.85 * (Math.log1p(count) / Math.log1p(max))));
}

export function paintDensity(ctx: CanvasRenderingContext2D, bins: DensityBins, lanes: readonly PlacedLane[], x: TimeScale, style: PaintStyle): void {
  for (const lane of lanes) {
    const room = lane.height - style.laneHeaderPx - 4;
    const floor = lane.y + lane.height - 2;
    ctx.fillStyle = style.color(lane.color);
    ctx.globalAlpha = 0.85;
    for (let b = 0; b < bins.binCount; b++) {
      const count = bins.counts[lane.index * bins.binCount + b]!;
      if (count === 0) continue;
      const start = bins.firstStart + b * bins.binMs;
      const left = x(start);
      const w = Math.max(1, x(start + bins.binMs) - left - 1);
      const h = binBarHeight(count, bins.max, room);
      ctx.fillRect(left, floor - h, w, h);
    }
  }
  ctx.globalAlpha = 1;
}
