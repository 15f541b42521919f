/**
 * Pointer over what the canvas drew: the mark under the pointer (through a spatial index built on
 * first use for each plan) or, in density mode, the bin under it with its count. A click selects
 * the mark, or zooms into the bin.
 */
import { useCallback, useMemo, useState } from "react";
import { binAt, binCount } from "../timeline/density.ts";
import type { PlacedEvent } from "../timeline/layout.ts";
import type { TimeScale } from "../timeline/scales.ts";
import { buildSpatialIndex } from "../timeline/spatialIndex.ts";
import type { SpatialIndex } from "../timeline/spatialIndex.ts";
import type { ViewPlan } from "../timeline/viewPlan.ts";

export interface HoveredBin {
  lane: number;
  count: number;
  start: number;
  end: number;
  /** Tooltip position inside the frame, pixels. */
  left: number;
  top: number;
}

interface Actions {
  hover: (id: string | null, anchor: { left: number; top: number } | null) => void;
  select: (id: string) => void;
  zoomInto: (centerMs: number) => void;
}

/** How far from a mark, in px, the pointer still counts as on it (fingers and shaky hands). */
const SLOP_PX = 4;

export function usePlotPointer(plan: ViewPlan | null, x: TimeScale | null, marks: readonly PlacedEvent[], axisHeight: number, markSize: number, actions: Actions) {
  const [hovered, setHovered] = useState<{ bin: HoveredBin; plan: ViewPlan } | null>(null);
  // Built lazily: most zoom frames are never hovered, and building costs O(marks).
  const lazyIndex = useMemo(() => {
    let index: SpatialIndex | null = null;
    return () => {
      index ??= buildSpatialIndex(
        marks.map((m) => (m.kind === "point" ? { x0: m.x - markSize / 2, y0: m.y - markSize / 2, x1: m.x + markSize / 2, y1: m.y + markSize / 2 } : { x0: m.x, y0: m.y - 6, x1: m.x + m.width, y1: m.y + 6 })),
      );
      return index;
    };
  }, [marks, markSize]);

  const markAt = useCallback(
    (px: number, py: number): PlacedEvent | null => {
      const i = lazyIndex().nearest(px, py, SLOP_PX);
      return i >= 0 ? marks[i]! : null;
    },
    [lazyIndex, marks],
  );

  const binUnder = useCallback(
    (px: number, py: number): HoveredBin | null => {
      if (plan?.mode !== "density" || !x) return null;
      const lane = plan.lanes.find((l) => py >= l.y && py < l.y + l.height);
      if (!lane) return null;
      const b = binAt(plan.bins, x.invert(px).getTime());
      const count = binCount(plan.bins, lane.index, b.bin);
      return count > 0 ? { lane: lane.index, count, start: b.start, end: b.end, left: x(b.end) + 8, top: axisHeight + lane.y } : null;
    },
    [plan, x, axisHeight],
  );

  const { hover, select, zoomInto } = actions;
  const onPlotHover = useCallback(
    (px: number, py: number) => {
      if (plan?.mode === "density") {
        const b = binUnder(px, py);
        setHovered(b ? { bin: b, plan } : null);
        return;
      }
      const m = markAt(px, py);
      const right = m ? (m.kind === "point" ? m.x + markSize / 2 : m.x + m.width) : 0;
      hover(m?.id ?? null, m ? { left: right + 8, top: axisHeight + m.y - markSize / 2 - 8 } : null);
    },
    [plan, binUnder, markAt, hover, axisHeight, markSize],
  );

  const onPlotClick = useCallback(
    (px: number, py: number) => {
      if (plan?.mode === "density") {
        const b = binUnder(px, py);
        if (b) zoomInto((b.start + b.end) / 2);
        return;
      }
      const m = markAt(px, py);
      if (m) select(m.id);
    },
    [plan, binUnder, markAt, select, zoomInto],
  );

  const clear = useCallback(() => setHovered(null), []);
  // A hovered bin is forgotten when the drawing changes under it (zoom, pan, filter).
  return { onPlotHover, onPlotClick, clear, bin: hovered && hovered.plan === plan ? hovered.bin : null };
}
