/**
 * Zoom as values: converting between a visible domain and a d3-zoom transform over a base scale,
 * and the domain arithmetic behind the buttons and keyboard. No DOM here (see useZoom).
 */
import { zoomIdentity } from "d3";
import type { ZoomTransform } from "d3";
import { parseDayBound } from "../data/dates.ts";
import { clampDomain, MIN_VISIBLE_SPAN_MS } from "./scales.ts";
import type { TimeScale } from "./scales.ts";

export type Domain = readonly [number, number];

/** The transform that makes `base` show `domain`. */
export function transformForDomain(domain: Domain, base: TimeScale): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(domain[0]);
  const x1 = base(domain[1]);
  const k = (r1 - r0) / Math.max(1e-9, x1 - x0);
  return zoomIdentity.translate(r0 - x0 * k, 0).scale(k);
}

/** The domain `base` shows under `t`. */
export function domainForTransform(t: ZoomTransform, base: TimeScale): [number, number] {
  const [d0, d1] = t.rescaleX(base).domain();
  return [d0!.getTime(), d1!.getTime()];
}

/** The largest zoom factor: the full extent over the smallest visible span. */
export function maxZoom(bounds: Domain): number {
  return Math.max(1, (bounds[1] - bounds[0]) / MIN_VISIBLE_SPAN_MS);
}

/** Zooms `domain` by `factor` (>1 zooms in) around `centerMs`, clamped to `bounds`. */
export function zoomDomain(domain: Domain, factor: number, centerMs: number, bounds: Domain): [number, number] {
  const span = (domain[1] - domain[0]) / factor;
  const ratio = (centerMs - domain[0]) / (domain[1] - domain[0]);
  const lo = centerMs - span * ratio;
  return clampDomain([lo, lo + span], bounds);
}

/** Shifts `domain` as little as possible so `[startMs, endMs]` is inside it, with a margin. */
export function domainToInclude(domain: Domain, startMs: number, endMs: number, bounds: Domain, margin = 0.08): [number, number] {
  const span = domain[1] - domain[0];
  const pad = span * margin;
  if (startMs >= domain[0] + pad && Math.min(endMs, startMs + span - 2 * pad) <= domain[1] - pad) return [domain[0], domain[1]];
  let lo = domain[0];
  if (startMs < domain[0] + pad) lo = startMs - pad;
  else lo = Math.min(startMs - pad, Math.min(endMs, startMs + span - 2 * pad) + pad - span);
  return clampDomain([lo, lo + span], bounds);
}

export function sameDomain(a: Domain | null, b: Domain | null, toleranceMs = 1): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a[0] - b[0]) <= toleranceMs && Math.abs(a[1] - b[1]) <= toleranceMs;
}

/**
 * The domain for a `from`/`to` filter (either may be absent), clamped to `bounds`; `null` when
 * neither is set or they are malformed.
 */
export function rangeDomain(from: string | null, to: string | null, bounds: Domain): [number, number] | null {
  const a = from ? parseDayBound(from) : null;
  const b = to ? parseDayBound(to) : null;
  if (!a && !b) return null;
  const lo = a ? a.start : bounds[0];
  const hi = b ? b.end : bounds[1];
  if (hi <= lo) return null;
  return clampDomain([Math.max(lo, bounds[0]), Math.min(hi, bounds[1])], bounds);
}
