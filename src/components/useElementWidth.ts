import { startTransition, useLayoutEffect, useRef, useState } from "react";
import type { RefObject } from "react";

/**
 * The element's content width in pixels, kept current with a ResizeObserver. `atOnce` reads it
 * while React commits, which makes the browser lay out the page there and then; without it the
 * first width comes from the observer once the browser has laid the page out anyway (a frame
 * later), so a big first render does not carry the page's first layout in the same long task.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, atOnce = true): number {
  const [width, setWidth] = useState(0);
  /** The width last asked for (a transition may not have rendered it yet). */
  const last = useRef(-1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observed = typeof ResizeObserver !== "undefined";
    if (atOnce || !observed) {
      last.current = el.clientWidth;
      setWidth(el.clientWidth);
    }
    if (!observed) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // The observer also reports height changes (a filter removing a lane): those change nothing here.
      if (w === undefined || Math.round(w) === last.current) return;
      const next = Math.round(w);
      last.current = next;
      // A new width redraws the plot and the overview: a render React may pause between the two.
      startTransition(() => setWidth(next));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, atOnce]);
  return width;
}
