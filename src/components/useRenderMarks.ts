/**
 * The SVG marks and lane headers ready to draw: theme colours, emphasis, and each mark's accessible
 * name (in density mode the selected one also says how crowded its stretch of the lane is).
 */
import { useMemo } from "react";
import type { Category, PoliticalEvent } from "../data/model.ts";
import { formatDay, formatEventDate } from "../i18n/formatDate.ts";
import { fill, messages } from "../i18n/messages.ts";
import { useDatasetText } from "../state/selectors.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { binAt, binCount } from "../timeline/density.ts";
import { resolveEmphasis } from "../timeline/emphasis.ts";
import type { PlacedEvent, PlacedLane } from "../timeline/layout.ts";
import type { ViewPlan } from "../timeline/viewPlan.ts";
import type { RenderEvent } from "./EventMark.tsx";
import type { RenderLane } from "./TimelineSvg.tsx";
import { useMarkColor } from "./useMarkColor.ts";

export interface RenderMarksInput {
  plan: ViewPlan | null;
  svgMarks: readonly PlacedEvent[];
  placedLanes: readonly PlacedLane[];
  categories: readonly Category[];
  events: readonly PoliticalEvent[];
  selectedId: string | null;
  hoveredId: string | null;
  related: ReadonlySet<string>;
}

export function useRenderMarks({ plan, svgMarks, placedLanes, categories, events, selectedId, hoveredId, related }: RenderMarksInput) {
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const text = useDatasetText();
  const markColor = useMarkColor();
  const t = messages[lang];

  const marks = useMemo((): RenderEvent[] => {
    if (!dataset || !plan) return [];
    const out: RenderEvent[] = [];
    for (const p of svgMarks) {
      const e = events[p.index]!;
      const cat = dataset.categoryById.get(e.category);
      let ariaLabel = `${text(e.title)}, ${formatEventDate(e.date, lang)}, ${text(cat?.label)}`;
      // In density mode the reader hears how crowded the stretch around the selection is.
      if (plan.mode === "density" && p.id === selectedId) {
        const b = binAt(plan.bins, e.time.isInterval ? e.time.start : e.time.at);
        ariaLabel += `. ${fill(t.densityContext, { count: binCount(plan.bins, p.lane, b.bin).toLocaleString(lang), from: formatDay(b.start, lang), to: formatDay(b.end - 1, lang) })}`;
      }
      out.push({ ...p, color: markColor(p.color), emphasis: resolveEmphasis(p.id, selectedId, hoveredId, related), ariaLabel });
    }
    // The emphasized mark is drawn last, on top.
    return out.sort((a, b) => (a.emphasis === "default" ? 0 : 1) - (b.emphasis === "default" ? 0 : 1));
  }, [plan, svgMarks, dataset, events, selectedId, hoveredId, related, text, lang, markColor, t]);

  const lanes = useMemo(
    (): RenderLane[] => placedLanes.map((l) => ({ ...l, color: markColor(l.color), label: text(categories[l.index]?.label) })),
    [placedLanes, categories, text, markColor],
  );

  return { marks, lanes };
}
