/**
 * Follows a scroll box so a long table renders only the rows in view (see virtualRows.ts): reads
 * its scroll position and size on scroll and resize, and measures the real row height (it
 * depends on the font size and zoom) from a rendered row.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import { visibleRange } from "./virtualRows.ts";

/** Until a row has been measured; close to what eventList.css gives. */
const DEFAULT_ROW_PX = 33;
/** Where the box has no height yet (not laid out, or a test DOM): render about a screenful. */
const FALLBACK_VIEW_PX = 600;
/** Rows rendered beyond each edge of the view, so fast scrolling rarely shows an empty band. */
const OVERSCAN = 10;

export interface VirtualRows {
  /** Rows [first, last) to render. */
  range: { first: number; last: number };
  rowHeight: number;
  /** Rows one PageDown moves by: a viewful, less one for context. */
  pageRows: number;
}

export function useVirtualRows(box: RefObject<HTMLElement | null>, body: RefObject<HTMLElement | null>, count: number, enabled: boolean): VirtualRows {
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_PX);
  const [range, setRange] = useState(() => visibleRange({ scrollTop: 0, height: FALLBACK_VIEW_PX, bodyTop: 0 }, DEFAULT_ROW_PX, count, OVERSCAN));
  const [viewHeight, setViewHeight] = useState(FALLBACK_VIEW_PX);
  const latest = useRef({ rowHeight, count });
  latest.current = { rowHeight, count };

  const read = useCallback(() => {
    const scroller = box.current;
    const rows = body.current;
    if (!scroller || !rows) return;
    const height = scroller.clientHeight || FALLBACK_VIEW_PX;
    const bodyTop = rows.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
    const next = visibleRange({ scrollTop: scroller.scrollTop, height, bodyTop }, latest.current.rowHeight, latest.current.count, OVERSCAN);
    setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    setViewHeight(height);
  }, [box, body]);

  // A passive effect: the box belongs to a parent, whose ref is set only after our layout effects.
  useEffect(() => {
    const scroller = box.current;
    if (!enabled || !scroller) return;
    read();
    scroller.addEventListener("scroll", read, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(read) : null;
    resize?.observe(scroller);
    return () => {
      scroller.removeEventListener("scroll", read);
      resize?.disconnect();
    };
  }, [enabled, box, read]);

  // A new row count or row height moves the window without a scroll event.
  useLayoutEffect(() => {
    if (enabled) read();
  }, [enabled, count, rowHeight, read]);

  // After every render: the real height of a row, once it can be measured.
  useLayoutEffect(() => {
    if (!enabled) return;
    const h = body.current?.querySelector("tr[data-event-id]")?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - rowHeight) > 0.01) setRowHeight(h);
  });

  return { range: enabled ? range : { first: 0, last: count }, rowHeight, pageRows: Math.max(1, Math.floor(viewHeight / rowHeight) - 1) };
}
