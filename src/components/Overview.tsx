/**
 * The overview strip under the timeline: the whole dataset as a density histogram (all events in
 * grey, the filtered ones stacked by category colour on top) with a brush for the visible domain.
 * Brushing, keys and buttons all go through the store's `setDomain`, so the main timeline and the
 * brush follow each other. Keyboard: one tab stop; arrows move, Shift+arrows resize.
 */
import { useId, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, PointerEvent } from "react";
import { formatDay } from "../i18n/formatDate.ts";
import { fill, messages } from "../i18n/messages.ts";
import { isLarge, positionsOf, timeIndexOf, useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { barsPath, binEvents, binIndexAt, binLayout, histogramBars, histogramOf } from "../timeline/histogram.ts";
import type { BarRect } from "../timeline/histogram.ts";
import { clampDomain, paddedExtent, timeScale } from "../timeline/scales.ts";
import { timeTicks } from "../timeline/ticks.ts";
import { zoomDomain } from "../timeline/zoom.ts";
import type { Domain } from "../timeline/zoom.ts";
import { useBrush } from "./useBrush.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { useMarkColor } from "./useMarkColor.ts";

/** jsdom and hidden containers measure 0; draw at this width rather than not at all. */
const FALLBACK_WIDTH_PX = 600;
const BARS_HEIGHT_PX = 40;
const AXIS_HEIGHT_PX = 16;
const MIN_BIN_PX = 6;
/** Arrow keys move the window by this share of its span. */
const STEP_SHARE = 0.1;
/** Shift+arrows and the −/+ buttons scale the span by this factor. */
const RESIZE_FACTOR = 1.25;
const NO_IDS: readonly string[] = [];

type WindowMove = "earlier" | "later" | "narrower" | "wider" | "pageEarlier" | "pageLater" | "first" | "last";

/** The domain after one keyboard or button move of the window, kept inside `bounds`. */
function moveWindow(d: Domain, move: WindowMove, bounds: Domain): [number, number] {
  const span = d[1] - d[0];
  const shift = (by: number) => clampDomain([d[0] + by, d[1] + by], bounds);
  switch (move) {
    case "earlier": return shift(-span * STEP_SHARE);
    case "later": return shift(span * STEP_SHARE);
    case "pageEarlier": return shift(-span);
    case "pageLater": return shift(span);
    case "narrower": return zoomDomain(d, RESIZE_FACTOR, (d[0] + d[1]) / 2, bounds);
    case "wider": return zoomDomain(d, 1 / RESIZE_FACTOR, (d[0] + d[1]) / 2, bounds);
    case "first": return clampDomain([bounds[0], bounds[0] + span], bounds);
    case "last": return clampDomain([bounds[1] - span, bounds[1]], bounds);
  }
}

/** Keys on the focused overview; PageUp/PageDown go earlier/later, as in a date picker. */
function moveForKey(key: string, shift: boolean): WindowMove | null {
  if (key === "ArrowLeft") return shift ? "narrower" : "earlier";
  if (key === "ArrowRight") return shift ? "wider" : "later";
  const plain: Record<string, WindowMove> = { PageUp: "pageEarlier", PageDown: "pageLater", Home: "first", End: "last" };
  return plain[key] ?? null;
}

export function Overview() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const domain = useTimeline((s) => s.domain);
  const visible = useVisibleEvents();
  const t = messages[lang];
  const helpId = useId();
  const markColor = useMarkColor();

  const frameRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const measured = useElementWidth(frameRef, !dataset || !isLarge(dataset));
  const width = measured > 0 ? measured : FALLBACK_WIDTH_PX;
  const [hoverBin, setHoverBin] = useState(-1);
  const [announced, setAnnounced] = useState("");

  const bounds = useMemo(() => (dataset ? paddedExtent(dataset.extent) : null), [dataset]);
  const x = useMemo(() => (bounds ? timeScale(bounds, width) : null), [bounds, width]);
  const categoryIds = useMemo(() => dataset?.categories.map((c) => c.id) ?? NO_IDS, [dataset]);
  // In steps of 10, so resizing rarely rebins. Binned per data, filter or width step; never per zoom frame.
  const maxBins = Math.floor(width / MIN_BIN_PX / 10) * 10;
  // Each event's bin, found once per data and width step; a filter change then only adds up the
  // bins of the shown events' positions, from typed arrays.
  const times = dataset ? timeIndexOf(dataset) : null;
  const layout = useMemo(() => (times && bounds ? binLayout(times.at, bounds, maxBins) : null), [times, bounds, maxBins]);
  const all = useMemo(() => (times && layout ? histogramOf(layout, times.lane, categoryIds.length, null) : null), [times, layout, categoryIds]);
  const shown = useMemo(() => {
    if (!dataset || !bounds) return null;
    if (visible === dataset.events) return all;
    const positions = positionsOf(visible, dataset);
    return times && layout && positions ? histogramOf(layout, times.lane, categoryIds.length, positions) : binEvents(visible, categoryIds, bounds, maxBins);
  }, [dataset, visible, all, times, layout, categoryIds, bounds, maxBins]);
  const greyPath = useMemo(() => (all && x ? barsPath(histogramBars(all, x, BARS_HEIGHT_PX, all.max, false)) : ""), [all, x]);
  // One path per category: a filter change rewrites a few `d` attributes, not hundreds of bars.
  const colourPaths = useMemo(() => {
    if (!all || !shown || !x) return [];
    const byCategory = new Map<number, BarRect[]>();
    for (const bar of histogramBars(shown, x, BARS_HEIGHT_PX, all.max, true)) {
      const bars = byCategory.get(bar.category);
      if (bars) bars.push(bar);
      else byCategory.set(bar.category, [bar]);
    }
    return [...byCategory].sort(([a], [b]) => a - b).map(([category, bars]) => ({ category, d: barsPath(bars) }));
  }, [all, shown, x]);
  const ticks = useMemo(() => (x ? timeTicks(x, lang, 90).ticks.filter((tk) => tk.x < width - 40) : []), [x, lang, width]);

  useBrush(brushRef, x, domain, store.getState().setDomain, BARS_HEIGHT_PX);

  const apply = (move: WindowMove) => {
    if (!bounds) return;
    const next = moveWindow(store.getState().domain ?? bounds, move, bounds);
    store.getState().setDomain(next);
    setAnnounced(fill(t.visibleRange, { from: formatDay(next[0], lang), to: formatDay(next[1], lang) }));
  };
  const onKeyDown = (ev: KeyboardEvent) => {
    const move = moveForKey(ev.key, ev.shiftKey);
    if (!move || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    apply(move);
  };
  const onPointerMove = (ev: PointerEvent<SVGSVGElement>) => {
    if (!x || !shown) return;
    const px = ev.clientX - ev.currentTarget.getBoundingClientRect().left;
    setHoverBin(binIndexAt(shown, x.invert(px).getTime()));
  };

  const hovered = hoverBin >= 0 ? shown?.bins[hoverBin] : undefined;
  const colours = dataset?.categories.map((c) => markColor(c.color)) ?? [];
  const button = (move: WindowMove, label: string, glyph: string) => (
    <button type="button" className={`overview-button overview-${move}`} onClick={() => apply(move)} aria-label={label} title={label} disabled={!bounds}>
      {glyph}
    </button>
  );

  return (
    <div className="overview">
      <div className="overview-controls">
        {button("earlier", t.brushEarlier, "«")}
        {button("narrower", t.brushNarrower, "−")}
      </div>
      <div ref={frameRef} className="overview-frame" role="group" tabIndex={0} aria-label={t.overviewLabel} aria-describedby={helpId} onKeyDown={onKeyDown}>
        <p id={helpId} className="visually-hidden">
          {t.overviewHelp}
        </p>
        {x && (
          <svg className="overview-svg" width={width} height={BARS_HEIGHT_PX + AXIS_HEIGHT_PX} aria-hidden="true" onPointerMove={onPointerMove} onPointerLeave={() => setHoverBin(-1)}>
            <g className="overview-bars">
              {greyPath !== "" && <path className="overview-all" d={greyPath} />}
              {colourPaths.map((p) => <path key={p.category} className="overview-shown" d={p.d} fill={colours[p.category]} />)}
            </g>
            {hovered && <rect className="overview-hover" x={x(hovered.start)} y={0} width={x(hovered.end) - x(hovered.start)} height={BARS_HEIGHT_PX} />}
            <g className="overview-axis" transform={`translate(0,${BARS_HEIGHT_PX})`}>
              <line className="overview-axis-line" x1={0} x2={width} />
              {ticks.map((tk) => (
                <g key={tk.value} transform={`translate(${tk.x},0)`}>
                  <line className="overview-axis-tick" y2={4} />
                  <text className="overview-axis-label" x={3} y={AXIS_HEIGHT_PX - 4}>
                    {tk.context === undefined ? tk.label : `${tk.label} ${tk.context}`}
                  </text>
                </g>
              ))}
            </g>
            <g ref={brushRef} className="overview-brush" />
          </svg>
        )}
        {hovered && (
          <p className="overview-readout" aria-hidden="true" style={x && x(hovered.start) < width / 2 ? { right: 4 } : { left: 4 }}>
            {fill(t.binCount, { count: hovered.total, from: formatDay(hovered.start, lang), to: formatDay(hovered.end - 1, lang) })}
          </p>
        )}
      </div>
      <div className="overview-controls">
        {button("wider", t.brushWider, "+")}
        {button("later", t.brushLater, "»")}
      </div>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
    </div>
  );
}
