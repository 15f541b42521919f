/**
 * From the shown events and the scale to what the timeline draws: a time index (once per data or
 * filter change), a view plan (per zoom frame, costing what is visible, not the dataset's size),
 * and the split between canvas-painted and SVG marks.
 */
import { useMemo } from "react";
import type { Category, PoliticalEvent } from "../data/model.ts";
import { resolveEmphasis } from "../timeline/emphasis.ts";
import { DEFAULT_LAYOUT, layoutEvents } from "../timeline/layout.ts";
import type { PlacedEvent } from "../timeline/layout.ts";
import type { TimeScale } from "../timeline/scales.ts";
import { positionsOf, timeIndexOf } from "../state/selectors.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { buildTimeIndex, timeIndexFor } from "../timeline/timeIndex.ts";
import { DENSITY_ROWS, planLanes, planView } from "../timeline/viewPlan.ts";
import type { ViewPlan } from "../timeline/viewPlan.ts";

const NO_PLACED: readonly PlacedEvent[] = [];

export interface TimelinePlan {
  plan: ViewPlan | null;
  lanes: ReturnType<typeof planLanes>["lanes"];
  lanesHeight: number;
  /** Marks drawn as SVG: all of them in "svg" mode, the emphasized ones otherwise. */
  svgMarks: readonly PlacedEvent[];
  /** Marks painted on the canvas ("canvas" mode only). */
  canvasMarks: readonly PlacedEvent[];
  /** Every mark on screen in "canvas" mode, painted or emphasized: what the pointer can hit. */
  onScreen: readonly PlacedEvent[];
}

export function useTimelinePlan(
  events: readonly PoliticalEvent[],
  categories: readonly Category[],
  x: TimeScale | null,
  width: number,
  titleOf: (e: PoliticalEvent) => string,
  emphasized: { selectedId: string | null; hoveredId: string | null; related: ReadonlySet<string> },
): TimelinePlan {
  const dataset = useTimeline((s) => s.dataset);
  // Typed arrays of the whole dataset, once; each filter change then only gathers from them.
  const full = dataset ? timeIndexOf(dataset) : null;
  const index = useMemo(() => {
    // Every event, every lane: the dataset's own index serves as it is.
    if (dataset && full && events === dataset.events && categories === dataset.categories) return full;
    const positions = dataset ? positionsOf(events, dataset) : undefined;
    if (!dataset || !full || !positions) return buildTimeIndex(events, categories.map((c) => c.id));
    const shown = new Map(categories.map((c, i) => [c.id, i]));
    return timeIndexFor(full, positions, Int16Array.from(dataset.categories, (c) => shown.get(c.id) ?? -1));
  }, [dataset, full, events, categories]);
  const plan = useMemo(() => (x ? planView({ events, index, categories, x, titleOf }) : null), [x, events, index, categories, titleOf]);
  const { selectedId, hoveredId, related } = emphasized;
  // The selected and related events' positions in the list: found once per selection, not per frame.
  const chosen = useMemo(() => {
    const out: number[] = [];
    if (selectedId === null && related.size === 0) return out;
    events.forEach((e, i) => {
      if (e.id === selectedId || related.has(e.id)) out.push(i);
    });
    return out;
  }, [events, selectedId, related]);

  return useMemo((): TimelinePlan => {
    if (!plan || !x) return { plan, lanes: [], lanesHeight: 0, svgMarks: NO_PLACED, canvasMarks: NO_PLACED, onScreen: NO_PLACED };
    const { lanes, height } = planLanes(plan);
    const isEmphasized = (id: string) => resolveEmphasis(id, selectedId, hoveredId, related) !== "default";
    if (plan.mode === "density") {
      // Bins hide single events, so the selected and related ones are laid out alone, over the bins.
      const mini = layoutEvents(chosen.map((i) => events[i]!), categories, x, titleOf).events;
      for (const p of mini) {
        const lane = lanes[p.lane]!;
        p.y = lane.y + DEFAULT_LAYOUT.laneHeaderPx + (Math.min(p.row, DENSITY_ROWS - 1) + 0.5) * DEFAULT_LAYOUT.rowHeightPx;
        p.index = chosen[p.index]!;
      }
      return { plan, lanes, lanesHeight: height, svgMarks: mini, canvasMarks: NO_PLACED, onScreen: NO_PLACED };
    }
    // Only what can be seen (and the selection, so aria-activedescendant always resolves).
    const onScreen = plan.layout.events.filter((p) => (p.x + p.width >= -40 && p.x <= width + 40) || p.id === selectedId);
    if (plan.mode === "svg") return { plan, lanes, lanesHeight: height, svgMarks: onScreen, canvasMarks: NO_PLACED, onScreen: NO_PLACED };
    return {
      plan,
      lanes,
      lanesHeight: height,
      svgMarks: onScreen.filter((p) => isEmphasized(p.id)),
      canvasMarks: onScreen.filter((p) => !isEmphasized(p.id)),
      onScreen,
    };
  }, [plan, x, events, chosen, categories, titleOf, width, selectedId, hoveredId, related]);
}
