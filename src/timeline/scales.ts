/**
 * Time scales: the only bridge between UTC milliseconds and pixels. A plain linear map with the
 * part of d3's scale interface that d3-zoom (`rescaleX`) and this app use; d3's own time scale
 * would bring d3-time-format and d3-scale into the first download for tick formats we never use
 * (ticks are formatted with date-fns, see ticks.ts).
 */
export interface TimeScale {
  (t: number | Date): number;
  domain(): Date[];
  domain(domain: readonly (number | Date | { valueOf(): number })[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
}

function linearScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((t: number | Date) => r0 + (+t - d0) * k) as TimeScale;
  scale.domain = ((d?: readonly (number | Date | { valueOf(): number })[]) =>
    d === undefined ? [new Date(d0), new Date(d1)] : linearScale(+d[0]!, +d[1]!, r0, r1)) as TimeScale["domain"];
  scale.range = ((r?: readonly number[]) => (r === undefined ? [r0, r1] : linearScale(d0, d1, r[0]!, r[1]!))) as TimeScale["range"];
  scale.invert = (px: number) => new Date(k === 0 ? d0 : d0 + (px - r0) / k);
  scale.copy = () => linearScale(d0, d1, r0, r1);
  return scale;
}

const DAY_MS = 86_400_000;

/** A UTC time scale mapping `domain` (ms) onto `[0, widthPx]`. */
export function timeScale(domain: readonly [number, number], widthPx: number): TimeScale {
  return linearScale(domain[0], domain[1], 0, Math.max(1, widthPx));
}

/**
 * The full extent the timeline can show: the data's extent padded on both sides so the first and
 * last marks are not cut in half, and never narrower than a week (a one-event dataset).
 */
export function paddedExtent(extent: readonly [number, number]): [number, number] {
  const [lo, hi] = extent;
  const span = Math.max(hi - lo, 7 * DAY_MS);
  const mid = lo + (hi - lo) / 2;
  const pad = span * 0.04;
  return [mid - span / 2 - pad, mid + span / 2 + pad];
}

/** The smallest span a user can zoom into. */
export const MIN_VISIBLE_SPAN_MS = 2 * 3_600_000;

/** Clamps a domain into `bounds`, keeping its span (shrinking it only if it is wider). */
export function clampDomain(domain: readonly [number, number], bounds: readonly [number, number]): [number, number] {
  const full = bounds[1] - bounds[0];
  const span = Math.min(Math.max(domain[1] - domain[0], Math.min(MIN_VISIBLE_SPAN_MS, full)), full);
  let lo = Math.max(bounds[0], Math.min(domain[0], bounds[1] - span));
  if (!Number.isFinite(lo)) lo = bounds[0];
  return [lo, lo + span];
}
