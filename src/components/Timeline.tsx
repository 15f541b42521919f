/**
 * The connected timeline: reads the store, computes scale → layout → ticks → render data, and
 * hands them to the stateless TimelineSvg. Keyboard: one tab stop, arrows inside.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import type { PoliticalEvent } from "../data/model.ts";
import { formatEventDate, formatDay } from "../i18n/formatDate.ts";
import { fill, messages } from "../i18n/messages.ts";
import { yieldToPage } from "../data/idleSlices.ts";
import { isLarge, useDatasetText, useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { DEFAULT_LAYOUT } from "../timeline/layout.ts";
import { paddedExtent, timeScale } from "../timeline/scales.ts";
import type { TimeScale } from "../timeline/scales.ts";
import { timeTicks } from "../timeline/ticks.ts";
import { isNavKey, nextSelection } from "../timeline/navigation.ts";
import { domainToInclude, rangeDomain, zoomDomain } from "../timeline/zoom.ts";
import { EventOptions } from "./EventOptions.tsx";
import { TimelineCanvas } from "./TimelineCanvas.tsx";
import { TimelineSvg, timelineHeight } from "./TimelineSvg.tsx";
import { Tooltip } from "./Tooltip.tsx";
import { useElementWidth } from "./useElementWidth.ts";
import { useMarkColor } from "./useMarkColor.ts";
import { useReadySignal } from "./useReadySignal.ts";
import { useRenderMarks } from "./useRenderMarks.ts";
import { usePlotPointer } from "./usePlotPointer.ts";
import { useTimelinePlan } from "./useTimelinePlan.ts";
import { useZoom } from "./useZoom.ts";
import { ZoomControls } from "./ZoomControls.tsx";

const AXIS_HEIGHT = 40;
const NO_RELATED: ReadonlySet<string> = new Set();

export function Timeline() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const domain = useTimeline((s) => s.domain);
  const selectedId = useTimeline((s) => s.selectedId);
  const hoveredId = useTimeline((s) => s.hoveredId);
  const events = useVisibleEvents();
  const text = useDatasetText();
  const t = messages[lang];
  const markColor = useMarkColor();

  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(frameRef, !dataset || !isLarge(dataset));
  const idPrefix = `${useId().replace(/:/g, "")}-ev-`;
  // The hover card belongs to the view it was placed in: a zoom or pan moves the mark away from it.
  const [tip, setTip] = useState<{ left: number; top: number; x: TimeScale | null } | null>(null);

  const bounds = useMemo(() => (dataset ? paddedExtent(dataset.extent) : null), [dataset]);
  const base = useMemo(() => (bounds && width > 0 ? timeScale(bounds, width) : null), [bounds, width]);
  const x = useMemo(() => (base && domain ? timeScale(domain, width) : base), [base, domain, width]);

  const xRef = useRef(x);
  xRef.current = x;
  const filters = useTimeline((s) => s.filters);
  // Deselected categories lose their lane; the others keep theirs even when a search empties them.
  const categories = useMemo(() => {
    const all = dataset?.categories ?? [];
    return filters.categories.length === 0 ? all : all.filter((c) => filters.categories.includes(c.id));
  }, [dataset, filters.categories]);
  const titleOf = useCallback((e: PoliticalEvent) => text(e.title), [text]);
  const related = useMemo(() => {
    const e = selectedId ? dataset?.eventById.get(selectedId) : undefined;
    return e?.related ? new Set(e.related) : NO_RELATED;
  }, [dataset, selectedId]);
  const { plan, lanes: placedLanes, lanesHeight, svgMarks, canvasMarks, onScreen } = useTimelinePlan(events, categories, x, width, titleOf, { selectedId, hoveredId, related });
  const ticks = useMemo(() => (x ? timeTicks(x, lang).ticks : []), [x, lang]);
  const { zoomBy, fitAll } = useZoom(svgRef, base, domain, store.getState().setDomain, AXIS_HEIGHT + lanesHeight);

  // The first view fits everything, or the chosen date range; a new range is shown when chosen.
  const range = useMemo(() => (bounds ? rangeDomain(filters.from, filters.to, bounds) : null), [bounds, filters.from, filters.to]);
  useEffect(() => {
    if (!bounds || width === 0 || domain !== null || !dataset) return;
    const fit = () => {
      if (store.getState().domain === null) store.getState().setDomain(range ?? bounds);
    };
    if (!isLarge(dataset)) return fit();
    // A large dataset's plot is drawn in a task of its own, after the panels have mounted.
    let live = true;
    void yieldToPage().then(() => live && fit());
    return () => {
      live = false;
    };
  }, [bounds, width, domain, range, store, dataset]);
  useEffect(() => {
    if (range) store.getState().setDomain(range);
  }, [range, store]);

  const { marks, lanes } = useRenderMarks({ plan, svgMarks, placedLanes, categories, events, selectedId, hoveredId, related });

  useReadySignal(dataset !== null && plan !== null && domain !== null && width > 0);

  // Keep the selection in view, however it was made (keys, list, URL, related link).
  useEffect(() => {
    const e = selectedId ? dataset?.eventById.get(selectedId) : undefined;
    const d = store.getState().domain;
    if (!e || !d || !bounds) return;
    const next = domainToInclude(d, e.time.start, e.time.end, bounds);
    if (next[0] !== d[0] || next[1] !== d[1]) store.getState().setDomain(next);
  }, [selectedId, dataset, bounds, store]);

  const selectedIndex = useMemo(() => (selectedId ? events.findIndex((e) => e.id === selectedId) : -1), [events, selectedId]);
  const pointer = usePlotPointer(plan, x, onScreen, AXIS_HEIGHT, DEFAULT_LAYOUT.markSizePx, {
    hover: (id, anchor) => {
      store.getState().hoverEvent(id);
      setTip(anchor ? { ...anchor, x } : null);
    },
    select: (id) => store.getState().selectEvent(id),
    zoomInto: (center) => {
      const d = store.getState().domain;
      if (d && bounds) store.getState().setDomain(zoomDomain(d, 4, center, bounds));
    },
  });

  const clearBin = pointer.clear;
  const onHover = useCallback(
    (id: string | null, rect: DOMRect | null) => {
      store.getState().hoverEvent(id);
      if (id === null) clearBin();
      const frame = frameRef.current?.getBoundingClientRect();
      setTip(id && rect && frame ? { left: rect.right - frame.left + 8, top: rect.top - frame.top - 8, x: xRef.current } : null);
    },
    [store, clearBin],
  );

  const onKeyDown = (ev: KeyboardEvent) => {
    const state = store.getState();
    const d = state.domain;
    if (!dataset || !d || !bounds) return;
    const index = selectedIndex;
    if (isNavKey(ev.key)) {
      const target = nextSelection(events, index, ev.key, dataset.categories.map((c) => c.id), d[0]);
      if (target) state.selectEvent(target.id);
    } else if (ev.key === "Enter" || ev.key === " ") {
      if (index >= 0) document.getElementById("event-details-heading")?.focus();
      else {
        const first = nextSelection(events, -1, "ArrowRight", [], d[0]);
        if (first) state.selectEvent(first.id);
      }
    } else if (ev.key === "Escape") state.selectEvent(null);
    else if (ev.key === "+" || ev.key === "=") state.setDomain(zoomDomain(d, 1.6, (d[0] + d[1]) / 2, bounds));
    else if (ev.key === "-" || ev.key === "_") state.setDomain(zoomDomain(d, 1 / 1.6, (d[0] + d[1]) / 2, bounds));
    else if (ev.key === "0") state.setDomain(bounds);
    else return;
    ev.preventDefault();
  };

  const hovered = hoveredId ? dataset?.eventById.get(hoveredId) : undefined;
  const hoveredCat = hovered ? dataset?.categoryById.get(hovered.category) : undefined;

  return (
    <section className="timeline" aria-label={t.timelineLabel}>
      <div className="timeline-toolbar">
        <ZoomControls t={t} onZoom={zoomBy} onFit={fitAll} />
        {domain && (
          <p className="visible-range" aria-live="off">
            {fill(t.visibleRange, { from: formatDay(domain[0], lang), to: formatDay(domain[1], lang) })}
          </p>
        )}
      </div>
      {plan?.mode === "density" && <p className="density-hint">{fill(t.densityHint, { count: plan.visibleCount.toLocaleString(lang) })}</p>}
      <div
        ref={frameRef}
        className="timeline-frame"
        tabIndex={0}
        role="listbox"
        aria-label={`${t.timelineLabel}. ${t.timelineHelp}`}
        aria-activedescendant={selectedIndex >= 0 ? `${idPrefix}${selectedIndex}` : undefined}
        data-visible-from={domain ? new Date(domain[0]).toISOString() : undefined}
        data-visible-to={domain ? new Date(domain[1]).toISOString() : undefined}
        data-draw-mode={plan?.mode}
        data-visible-count={plan?.visibleCount}
        onKeyDown={onKeyDown}
      >
        {width > 0 && plan && x && (
          <TimelineSvg
            width={width}
            axisHeight={AXIS_HEIGHT}
            lanesHeight={lanesHeight}
            lanes={lanes}
            marks={marks}
            ticks={ticks}
            markSize={DEFAULT_LAYOUT.markSizePx}
            svgRef={svgRef}
            onHover={onHover}
            onSelect={(id) => store.getState().selectEvent(id)}
            onPlotHover={plan.mode === "svg" ? undefined : pointer.onPlotHover}
            onPlotClick={plan.mode === "svg" ? undefined : pointer.onPlotClick}
            canvas={
              plan.mode === "svg" ? null : (
                <TimelineCanvas
                  plan={plan}
                  marks={canvasMarks}
                  x={x}
                  width={width}
                  height={timelineHeight(AXIS_HEIGHT, lanesHeight)}
                  top={AXIS_HEIGHT}
                  markSize={DEFAULT_LAYOUT.markSizePx}
                  laneHeaderPx={DEFAULT_LAYOUT.laneHeaderPx}
                  color={markColor}
                />
              )
            }
          />
        )}
        <EventOptions marks={marks} idPrefix={idPrefix} setSize={events.length} topPx={AXIS_HEIGHT} markSize={DEFAULT_LAYOUT.markSizePx} />
        {pointer.bin && (
          <Tooltip
            title={pointer.bin.count === 1 ? t.densityBinOne : fill(t.densityBinMany, { count: pointer.bin.count.toLocaleString(lang) })}
            date={`${formatDay(pointer.bin.start, lang)} – ${formatDay(pointer.bin.end - 1, lang)}`}
            category={text(categories[pointer.bin.lane]?.label)}
            color={markColor(categories[pointer.bin.lane]?.color ?? "#555555")}
            left={pointer.bin.left}
            top={pointer.bin.top}
          />
        )}
        {hovered && tip && tip.x === x && (
          <Tooltip
            title={text(hovered.title)}
            date={formatEventDate(hovered.date, lang)}
            category={text(hoveredCat?.label)}
            color={markColor(hoveredCat?.color ?? "#555555")}
            left={tip.left}
            top={tip.top}
          />
        )}
      </div>
    </section>
  );
}
