/**
 * The canvas layer: paints what a view plan holds when it is too much for SVG (marks in "canvas"
 * mode, bins in "density" mode), sharp at any device pixel ratio. Repaints after each render that
 * changes the plan; registers an SVG twin of itself for the picture export.
 */
import { useLayoutEffect, useRef } from "react";
import { paintDensity, paintMarks } from "../timeline/canvasPaint.ts";
import type { PaintStyle } from "../timeline/canvasPaint.ts";
import type { PlacedEvent } from "../timeline/layout.ts";
import { densitySvg, marksSvg } from "../timeline/planSvg.ts";
import type { TimeScale } from "../timeline/scales.ts";
import type { ViewPlan } from "../timeline/viewPlan.ts";
import { registerCanvasMarkup } from "./timelineSnapshot.ts";

export interface TimelineCanvasProps {
  plan: ViewPlan;
  /** In "canvas" mode, the marks to paint (the emphasized ones are drawn in SVG instead). */
  marks: readonly PlacedEvent[];
  x: TimeScale;
  width: number;
  height: number;
  /** The plot's top (below the axis), pixels. */
  top: number;
  markSize: number;
  laneHeaderPx: number;
  color: (c: string) => string;
}

function themeColours(el: Element): { text: string; halo: string; font: string } {
  const s = getComputedStyle(el);
  return {
    text: s.getPropertyValue("--text").trim() || "#1b1f24",
    halo: s.getPropertyValue("--lane").trim() || "#fafbfc",
    font: `11px ${s.fontFamily || "sans-serif"}`,
  };
}

export function TimelineCanvas(p: TimelineCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Read once per theme (`color` changes exactly when the theme does), not on every zoom frame:
  // getComputedStyle forces a style recalculation.
  const theme = useRef<{ color: (c: string) => string; colours: ReturnType<typeof themeColours> } | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(p.width * dpr);
    const h = Math.round(p.height * dpr);
    // Resizing reallocates (and, without a GPU, clears) the whole bitmap, so a plot that gets a
    // little shorter (a lane filtered away) keeps the taller canvas: the frame clips what lies
    // below the plot, and nothing is painted there. A new width, a taller plot, or one less than
    // half as tall (each frame copies the whole bitmap) resizes it.
    if (canvas.width !== w || canvas.height < h || canvas.height > 2 * h) {
      canvas.width = w;
      canvas.height = h;
      // Through the DOM API, not a style attribute (the CSP forbids inline styles).
      canvas.style.setProperty("width", `${p.width}px`);
      canvas.style.setProperty("height", `${h / dpr}px`);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, canvas.width / dpr, canvas.height / dpr);
    ctx.translate(0, p.top);
    if (theme.current?.color !== p.color) theme.current = { color: p.color, colours: themeColours(canvas) };
    const style: PaintStyle = { ...theme.current.colours, markSize: p.markSize, laneHeaderPx: p.laneHeaderPx, color: p.color };
    if (p.plan.mode === "density") paintDensity(ctx, p.plan.bins, p.plan.lanes, p.x, style);
    else paintMarks(ctx, p.marks, style);
    const { plan, marks, x, color, markSize, laneHeaderPx, top } = p;
    registerCanvasMarkup(canvas, () => {
      const body = plan.mode === "density" ? densitySvg(plan.bins, plan.lanes, x, color, laneHeaderPx) : marksSvg(marks, color, markSize);
      return `<g transform="translate(0,${top})">${body}</g>`;
    });
  }, [p.plan, p.marks, p.x, p.width, p.height, p.top, p.markSize, p.laneHeaderPx, p.color]);
  return <canvas ref={ref} className="timeline-canvas" aria-hidden="true" />;
}
