/** Pure statistics for the benchmark: medians, percentiles and frame-time summaries. */

/** One vsync at 60 Hz, the frame budget the targets are written against. */
export const FRAME_MS = 1000 / 60;
/** An interval longer than 1.5 frames means at least one vsync went by without a new frame. */
export const DROPPED_FRAME_MS = 16.7 * 1.5;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): always a value that was actually observed. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export interface FrameStats {
  /** Number of frame intervals measured. */
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Intervals above 1.5 × 16.7 ms. */
  dropped: number;
  /** Vsyncs that passed without a frame: Σ round(interval / 16.67) − 1. */
  missedVsyncs: number;
  /** Wall time from the first to the last frame of the window. */
  spanMs: number;
}

/** Summarises requestAnimationFrame timestamps (ms, ascending) recorded during an interaction. */
export function frameStats(timestamps: readonly number[]): FrameStats | null {
  if (timestamps.length < 2) return null;
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i++) intervals.push(timestamps[i]! - timestamps[i - 1]!);
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50)!,
    p95: percentile(intervals, 95)!,
    max: Math.max(...intervals),
    dropped: intervals.filter((d) => d > DROPPED_FRAME_MS).length,
    missedVsyncs: intervals.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0),
    spanMs: timestamps[timestamps.length - 1]! - timestamps[0]!,
  };
}

/** Median of each numeric field over the runs that have it (null when none has it). */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number | null | undefined): number | null {
  return median(runs.map(pick).filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
}
