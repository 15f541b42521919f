/** Time scales: the only bridge between UTC milliseconds and pixels. */
import { scaleUtc } from "d3";
import type { ScaleTime } from "d3";

export type TimeScale = ScaleTime<number, number>;

const DAY_MS = 86_400_000;

/** A UTC time scale mapping `domain` (ms) onto `[0, widthPx]`. */
export function timeScale(domain: readonly [number, number], widthPx: number): TimeScale {
  return scaleUtc().domain([domain[0], domain[1]]).range([0, Math.max(1, widthPx)]);
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
