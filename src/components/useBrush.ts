/**
 * d3-brush on the overview's <g>: the overview's one place where D3 touches the DOM. A user's
 * brush (events with a `sourceEvent`) becomes a domain through `setDomain`; a domain set elsewhere
 * (the main timeline's zoom, keys, buttons) moves the brush with `brush.move`, whose events carry
 * no `sourceEvent` and so never call back. The window is never cleared: a click outside it
 * centres it there, keeping its span.
 */
import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import { brushSelection, brushX, select } from "d3";
import type { BrushBehavior, D3BrushEvent } from "d3";
import { clampDomain } from "../timeline/scales.ts";
import type { TimeScale } from "../timeline/scales.ts";
import type { Domain } from "../timeline/zoom.ts";

/** Brush moves smaller than this (px) are rounding, not a change. */
const TOLERANCE_PX = 0.5;

/** The brush selection (px) that shows `domain` on `x`. */
function selectionFor(domain: Domain, x: TimeScale): [number, number] {
  return [x(domain[0]), x(domain[1])];
}

export function useBrush(
  target: RefObject<SVGGElement | null>,
  x: TimeScale | null,
  domain: Domain | null,
  setDomain: (d: Domain) => void,
  heightPx: number,
): void {
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const setDomainRef = useRef(setDomain);
  setDomainRef.current = setDomain;
  const domainRef = useRef(domain);
  domainRef.current = domain;

  useEffect(() => {
    const el = target.current;
    if (!el || !x) return;
    const [, width] = x.range() as [number, number];
    const bounds = x.domain().map(Number) as [number, number];
    const sel = select(el);
    const toDomain = (px0: number, px1: number) => clampDomain([x.invert(px0).getTime(), x.invert(px1).getTime()], bounds);
    // Where a click on the overlay landed: d3 starts a zero-width selection there.
    let clickedPx: number | null = null;

    const b = brushX<unknown>()
      .extent([
        [0, 0],
        [width, Math.max(1, heightPx)],
      ])
      .on("start brush end", (ev: D3BrushEvent<unknown>) => {
        const s = ev.selection as [number, number] | null;
        // A window that fills the strip cannot be dragged anywhere; let a press start a new one.
        if (ev.type === "end") sel.select(".selection").attr("pointer-events", s && s[1] - s[0] >= width - 1 ? "none" : null);
        if (!ev.sourceEvent) return;
        if (ev.type === "start") {
          clickedPx = s && s[1] - s[0] < 1 ? s[0] : null;
          return;
        }
        if (ev.type === "brush") {
          if (s && s[1] > s[0]) setDomainRef.current(toDomain(s[0], s[1]));
          return;
        }
        // "end": an empty selection (a click without a drag) recentres the window, never clears it.
        const current = domainRef.current ?? bounds;
        let next: Domain = current;
        if (s && s[1] > s[0]) next = toDomain(s[0], s[1]);
        else if (clickedPx !== null) {
          const half = (current[1] - current[0]) / 2;
          const centre = x.invert(clickedPx).getTime();
          next = clampDomain([centre - half, centre + half], bounds);
        }
        clickedPx = null;
        setDomainRef.current(next);
        sel.call(b.move, selectionFor(next, x));
      });
    behaviour.current = b;
    sel.call(b);
    const d = domainRef.current;
    sel.call(b.move, d ? selectionFor(d, x) : null);
    return () => {
      sel.on(".brush", null);
      behaviour.current = null;
    };
  }, [target, x, heightPx]);

  // A domain set outside the brush moves it, without calling back (no sourceEvent).
  useEffect(() => {
    const el = target.current;
    const b = behaviour.current;
    if (!el || !b || !x || !domain) return;
    const want = selectionFor(domain, x);
    const have = brushSelection(el) as [number, number] | null;
    if (have && Math.abs(have[0] - want[0]) < TOLERANCE_PX && Math.abs(have[1] - want[1]) < TOLERANCE_PX) return;
    select(el).call(b.move, want);
  }, [target, x, domain]);
}
