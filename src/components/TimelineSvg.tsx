/**
 * The timeline drawing, from props only: lanes, axis and marks. No state, no D3. Hidden from
 * assistive technology: the frame's listbox options (EventOptions) say what it shows.
 */
import type { PointerEvent, Ref } from "react";
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
  svgRef?: Ref<SVGSVGElement>;
  onHover?: (id: string | null, anchor: DOMRect | null) => void;
  onSelect?: (id: string) => void;
}

function eventIdAt(target: EventTarget | null): { id: string; el: Element } | null {
  const el = target instanceof Element ? target.closest("[data-event-id]") : null;
  const id = el?.getAttribute("data-event-id");
  return el && id ? { id, el } : null;
}

export function TimelineSvg(p: TimelineSvgProps) {
  const height = p.axisHeight + p.lanesHeight + 8;
  const onPointerOver = (ev: PointerEvent) => {
    const hit = eventIdAt(ev.target);
    p.onHover?.(hit?.id ?? null, hit ? hit.el.getBoundingClientRect() : null);
  };
  return (
    <svg
      ref={p.svgRef}
      className="timeline-svg"
      aria-hidden="true"
      width={p.width}
      height={height}
      viewBox={`0 0 ${p.width} ${height}`}
      onPointerOver={onPointerOver}
      onPointerLeave={() => p.onHover?.(null, null)}
      onClick={(ev) => {
        const hit = eventIdAt(ev.target);
        if (hit) p.onSelect?.(hit.id);
      }}
    >
      <rect className="plot-background" width={p.width} height={height} />
      <g transform={`translate(0,${p.axisHeight})`}>
        {p.lanes.map((lane) => (
          <rect key={lane.categoryId} className={lane.index % 2 ? "lane lane--odd" : "lane"} x={0} y={lane.y} width={p.width} height={lane.height} />
        ))}
      </g>
      <TimeAxis ticks={p.ticks} height={p.axisHeight} gridHeight={p.lanesHeight} />
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
  );
}
