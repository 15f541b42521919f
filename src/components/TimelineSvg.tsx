/**
 * The timeline drawing, from props only, in three layers: a backdrop SVG (background, lanes, axis),
 * an optional canvas (marks or density bins when there are too many for SVG), and the top SVG that
 * takes the pointer (SVG marks, emphasized marks, lane names). No state, no D3. Hidden from
 * assistive technology: the frame's listbox options (EventOptions) say what it shows.
 */
import type { PointerEvent, ReactNode, Ref } from "react";
import type { PlacedLane } from "../timeline/layout.ts";
import { shapePath } from "../timeline/shapes.ts";
import type { Tick } from "../timeline/ticks.ts";
import { EventMark } from "./EventMark.tsx";
import type { RenderEvent } from "./EventMark.tsx";
import { TimeAxis } from "./TimeAxis.tsx";

export interface RenderLane extends PlacedLane {
  label: string;
}

export interface TimelineSvgProps {
  width: number;
  axisHeight: number;
  lanesHeight: number;
  lanes: readonly RenderLane[];
  marks: readonly RenderEvent[];
  ticks: readonly Tick[];
  markSize: number;
  /** The canvas layer, drawn between the backdrop and the top SVG. */
  canvas?: ReactNode;
  svgRef?: Ref<SVGSVGElement>;
  onHover?: (id: string | null, anchor: DOMRect | null) => void;
  onSelect?: (id: string) => void;
  /** The pointer over no SVG mark, in plot pixels (below the axis): for what the canvas drew. */
  onPlotHover?: (x: number, y: number) => void;
  onPlotClick?: (x: number, y: number) => void;
}

function eventIdAt(target: EventTarget | null): { id: string; el: Element } | null {
  const el = target instanceof Element ? target.closest("[data-event-id]") : null;
  const id = el?.getAttribute("data-event-id");
  return el && id ? { id, el } : null;
}

export function timelineHeight(axisHeight: number, lanesHeight: number): number {
  return axisHeight + lanesHeight + 8;
}

export function TimelineSvg(p: TimelineSvgProps) {
  const height = timelineHeight(p.axisHeight, p.lanesHeight);
  const plotPoint = (ev: PointerEvent | React.MouseEvent) => {
    const box = ev.currentTarget.getBoundingClientRect();
    return [ev.clientX - box.left, ev.clientY - box.top - p.axisHeight] as const;
  };
  const onPointerMove = (ev: PointerEvent) => {
    // Only a resting pointer hovers: a drag pans (d3-zoom) and must not chase marks.
    if (!p.onPlotHover || ev.buttons !== 0 || eventIdAt(ev.target)) return;
    p.onPlotHover(...plotPoint(ev));
  };
  return (
    <div className="timeline-plot">
      <svg className="timeline-back" aria-hidden="true" width={p.width} height={height} viewBox={`0 0 ${p.width} ${height}`}>
        <rect className="plot-background" width={p.width} height={height} />
        <g transform={`translate(0,${p.axisHeight})`}>
          {p.lanes.map((lane) => (
            <rect key={lane.categoryId} className={lane.index % 2 ? "lane lane--odd" : "lane"} x={0} y={lane.y} width={p.width} height={lane.height} />
          ))}
        </g>
        <TimeAxis ticks={p.ticks} height={p.axisHeight} gridHeight={p.lanesHeight} />
      </svg>
      {p.canvas}
      <svg
        ref={p.svgRef}
        className="timeline-svg"
        aria-hidden="true"
        width={p.width}
        height={height}
        viewBox={`0 0 ${p.width} ${height}`}
        onPointerOver={(ev) => {
          const hit = eventIdAt(ev.target);
          if (hit || !p.onPlotHover) p.onHover?.(hit?.id ?? null, hit ? hit.el.getBoundingClientRect() : null);
        }}
        onPointerMove={onPointerMove}
        onPointerLeave={() => p.onHover?.(null, null)}
        onClick={(ev) => {
          const hit = eventIdAt(ev.target);
          if (hit) p.onSelect?.(hit.id);
          else p.onPlotClick?.(...plotPoint(ev));
        }}
      >
        {/* Takes the pointer everywhere, so wheel, drag and hover work over the canvas too. */}
        <rect className="plot-hit" width={p.width} height={height} fill="none" pointerEvents="all" />
        <g transform={`translate(0,${p.axisHeight})`}>
          <g className="marks">
            {p.marks.map((m) => (
              <EventMark key={m.id} e={m} markSize={p.markSize} />
            ))}
          </g>
          {p.lanes.map((lane) => (
            <g key={lane.categoryId} className="lane-header" transform={`translate(6,${lane.y + 13})`} aria-hidden="true">
              <path d={shapePath(lane.shape, 10)} transform="translate(5,-4)" fill={lane.color} />
              <text x={14}>{lane.label}</text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
