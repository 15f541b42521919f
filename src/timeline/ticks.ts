/**
 * Axis ticks as plain data (value, x, label, context), adapting from years down to hours.
 * Formatted with date-fns in UTC, in the UI language's locale.
 */
import { utcDay, utcHour, utcMonth, utcMonday, utcYear } from "d3";
import type { CountableTimeInterval, TimeInterval } from "d3";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { DATE_LOCALES } from "../i18n/locales.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { TimeScale } from "./scales.ts";

export type TickUnit = "hour" | "day" | "week" | "month" | "year";

interface Step {
  unit: TickUnit;
  /** Approximate length, for choosing a step. */
  ms: number;
  interval: TimeInterval;
}

const H = 3_600_000;
const D = 24 * H;
const every = (i: CountableTimeInterval, n: number): TimeInterval => i.every(n)!;

/** From fine to coarse; the first step whose ticks are far enough apart wins. */
const STEPS: Step[] = [
  { unit: "hour", ms: H, interval: utcHour },
  { unit: "hour", ms: 3 * H, interval: every(utcHour, 3) },
  { unit: "hour", ms: 6 * H, interval: every(utcHour, 6) },
  { unit: "hour", ms: 12 * H, interval: every(utcHour, 12) },
  { unit: "day", ms: D, interval: utcDay },
  { unit: "day", ms: 2 * D, interval: every(utcDay, 2) },
  { unit: "week", ms: 7 * D, interval: utcMonday },
  { unit: "month", ms: 30 * D, interval: utcMonth },
  { unit: "month", ms: 91 * D, interval: every(utcMonth, 3) },
  { unit: "month", ms: 182 * D, interval: every(utcMonth, 6) },
  { unit: "year", ms: 365 * D, interval: utcYear },
  { unit: "year", ms: 2 * 365 * D, interval: every(utcYear, 2) },
  { unit: "year", ms: 5 * 365 * D, interval: every(utcYear, 5) },
  { unit: "year", ms: 10 * 365 * D, interval: every(utcYear, 10) },
  { unit: "year", ms: 50 * 365 * D, interval: every(utcYear, 50) },
  { unit: "year", ms: 100 * 365 * D, interval: every(utcYear, 100) },
];

export interface Tick {
  /** UTC ms. */
  value: number;
  /** Pixels from the scale's range start. */
  x: number;
  label: string;
  /** The larger unit ("2024", "Aug 2024"), on the first tick and where it changes. */
  context?: string;
}

export interface TickSet {
  unit: TickUnit;
  ticks: Tick[];
}

/** Picks the finest step that keeps ticks at least `minSpacingPx` apart. */
export function chooseStep(spanMs: number, widthPx: number, minSpacingPx = 80): Step {
  const maxTicks = Math.max(1, Math.floor(widthPx / minSpacingPx));
  return STEPS.find((s) => spanMs / s.ms <= maxTicks) ?? STEPS[STEPS.length - 1]!;
}

const LABEL: Record<TickUnit, string> = { hour: "HH:mm", day: "d", week: "d MMM", month: "MMM", year: "yyyy" };
const CONTEXT: Record<TickUnit, string | null> = { hour: "d MMM yyyy", day: "MMM yyyy", week: "yyyy", month: "yyyy", year: null };

/** The key that decides when `context` changes (the day for hours, the month for days…). */
function contextKey(unit: TickUnit, d: UTCDate): number {
  if (unit === "hour") return utcDay.floor(d).getTime();
  if (unit === "day") return d.getUTCFullYear() * 12 + d.getUTCMonth();
  return d.getUTCFullYear();
}

export function timeTicks(x: TimeScale, lang: UiLanguage, minSpacingPx = 80): TickSet {
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const [r0, r1] = x.range() as [number, number];
  const step = chooseStep(d1 - d0, r1 - r0, minSpacingPx);
  const locale = DATE_LOCALES[lang];
  const values = step.interval.range(new Date(d0), new Date(d1 + 1));
  let lastKey: number | null = null;
  const ticks = values.map((v): Tick => {
    const d = new UTCDate(v.getTime());
    const tick: Tick = { value: v.getTime(), x: x(v), label: format(d, LABEL[step.unit], { locale }) };
    const ctx = CONTEXT[step.unit];
    const key = contextKey(step.unit, d);
    if (ctx && key !== lastKey) tick.context = format(d, ctx, { locale });
    lastKey = key;
    return tick;
  });
  return { unit: step.unit, ticks };
}
