import { memo } from "react";
import { EVENT_STYLE } from "../timeline/emphasis.ts";
import type { Emphasis } from "../timeline/emphasis.ts";
import type { PlacedEvent } from "../timeline/layout.ts";
import { shapePath } from "../timeline/shapes.ts";

/** A placed event ready to draw: geometry plus emphasis and accessible text. */
export interface RenderEvent extends PlacedEvent {
  emphasis: Emphasis;
  /** Full accessible name: title, date, category (given to its listbox option, see EventOptions). */
  ariaLabel: string;
}

const BAR_HEIGHT = 12;
const OPEN_END_PX = 14;

/** One event: a shaped mark (points) or a bar (intervals), with its label where it fits. Drawing only: its accessible twin is an option in EventOptions. */
export const EventMark = memo(function EventMark({ e, markSize }: { e: RenderEvent; markSize: number }) {
  const style = EVENT_STYLE[e.emphasis];
  const soft = e.approximate || e.uncertain;
  const cls = `mark mark--${e.emphasis}${soft ? " mark--soft" : ""}${e.uncertain ? " mark--uncertain" : ""}`;
  return (
    <g className={cls} data-event-id={e.id}>
      {e.kind === "point" ? (
        <g transform={`translate(${e.x},${e.y}) scale(${style.scale})`}>
          {style.ring && <circle className="mark-ring" r={markSize * 0.95} />}
          <path className="mark-shape" d={shapePath(e.shape, markSize)} fill={e.color} stroke={e.color} strokeWidth={style.strokeWidth} />
        </g>
      ) : (
        <IntervalBar e={e} ring={style.ring} strokeWidth={style.strokeWidth} />
      )}
      {e.label !== null && (
        <text className={e.labelInside ? "mark-label mark-label--inside" : "mark-label"} x={e.labelX} y={e.y + 4} textAnchor={e.labelAnchor} fontWeight={style.labelWeight}>
          {e.label}
        </text>
      )}
    </g>
  );
});

function IntervalBar({ e, ring, strokeWidth }: { e: RenderEvent; ring: boolean; strokeWidth: number }) {
  const y = e.y - BAR_HEIGHT / 2;
  const solid = e.ongoing ? Math.max(2, e.width - OPEN_END_PX) : e.width;
  return (
    <g>
      {ring && <rect className="mark-ring" x={e.x - 4} y={y - 4} width={e.width + 8} height={BAR_HEIGHT + 8} rx={6} />}
      <rect className="mark-bar" x={e.x} y={y} width={solid} height={BAR_HEIGHT} rx={3} fill={e.color} stroke={e.color} strokeWidth={strokeWidth} />
      {e.ongoing && (
        // An open end: the bar fades out into an arrow at the dataset's update date; its full-colour edge keeps it visible (3:1).
        <path className="mark-open-end" d={`M${e.x + solid},${y}h${OPEN_END_PX - 6}l6,${BAR_HEIGHT / 2}l-6,${BAR_HEIGHT / 2}h${-(OPEN_END_PX - 6)}Z`} fill={e.color} stroke={e.color} strokeWidth={strokeWidth} />
      )}
    </g>
  );
}
