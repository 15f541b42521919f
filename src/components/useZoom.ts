/**
 * The one place D3 touches the DOM: d3-zoom on the plot for wheel, pinch, drag, touch and
 * double-click. Gestures become a domain through `setDomain`; a domain set elsewhere (buttons,
 * keyboard, selection) is applied back as a transform, so both stay in step.
 */
import { useCallback, useEffect, useRef } from "react";
import type { RefObject } from "react";
import { select, zoom, zoomIdentity, zoomTransform } from "d3";
import type { ZoomBehavior } from "d3";
import type { TimeScale } from "../timeline/scales.ts";
import { domainForTransform, maxZoom, sameDomain, transformForDomain } from "../timeline/zoom.ts";
import type { Domain } from "../timeline/zoom.ts";

const prefersReducedMotion = () => typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function useZoom(
  target: RefObject<SVGSVGElement | null>,
  base: TimeScale | null,
  domain: Domain | null,
  setDomain: (d: Domain) => void,
  heightPx: number,
) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const setDomainRef = useRef(setDomain);
  setDomainRef.current = setDomain;
  // Read at each gesture: the lanes' height changes as rows fill, and re-binding mid-gesture would drop it.
  const heightRef = useRef(heightPx);
  heightRef.current = heightPx;

  useEffect(() => {
    const el = target.current;
    if (!el || !base) return;
    const [, width] = base.range() as [number, number];
    const bounds = base.domain().map(Number) as [number, number];
    const z = zoom<SVGSVGElement, unknown>()
      // A double-click zooms in a 250 ms animation, or at once for readers who ask for less motion.
      .duration(prefersReducedMotion() ? 0 : 250)
      .scaleExtent([1, maxZoom(bounds)])
      .extent((): [[number, number], [number, number]] => [
        [0, 0],
        [width, Math.max(1, heightRef.current)],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .on("zoom", (ev: { transform: Parameters<typeof domainForTransform>[0] }) => {
        setDomainRef.current(domainForTransform(ev.transform, base));
      });
    behaviour.current = z;
    const sel = select(el);
    sel.call(z);
    return () => {
      sel.on(".zoom", null);
      behaviour.current = null;
    };
  }, [target, base]);

  // A domain set outside the gesture (buttons, keys, selection, first fit) moves the transform.
  useEffect(() => {
    const el = target.current;
    const z = behaviour.current;
    if (!el || !z || !base || !domain) return;
    const current = domainForTransform(zoomTransform(el), base);
    if (sameDomain(current, domain, (domain[1] - domain[0]) * 1e-6)) return;
    select(el).call(z.transform, transformForDomain(domain, base));
  }, [target, base, domain]);

  const zoomBy = useCallback(
    (factor: number) => {
      const el = target.current;
      if (el && behaviour.current) select(el).call(behaviour.current.scaleBy, factor);
    },
    [target],
  );
  const fitAll = useCallback(() => {
    const el = target.current;
    if (el && behaviour.current) select(el).call(behaviour.current.transform, zoomIdentity);
  }, [target]);
  return { zoomBy, fitAll };
}
