/**
 * Dates in the dataset are a subset of EDTF (ISO 8601-2): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a
 * date-time with an offset, each optionally ending in `~` (approximate), `?` (uncertain) or `%`
 * (both); an interval is `A/B`, and `A/..` is ongoing. Everything is parsed in UTC, never in the
 * local time zone: `Date.UTC` only, no `new Date("2024-07-28")` (which is UTC by accident) and no
 * date-fns `parseISO` (which is local).
 */

/** How finely a date is known. */
export type Precision = "year" | "month" | "day" | "minute" | "second";

/** One side of a date: the instant range it covers. `end` is exclusive. */
export interface DateBound {
  /** Earliest instant covered, UTC milliseconds. */
  start: number;
  /** First instant after the covered range, UTC milliseconds. */
  end: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/** A parsed dataset date: a point (`to` absent) or an interval. */
export interface ParsedDate {
  from: DateBound;
  /** The interval's end; `null` when the interval is ongoing (`A/..`). Absent for a point. */
  to?: DateBound | null;
}

export type DateResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days in a month of a (proleptic Gregorian) year; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `Date.UTC` treats years 0–99 as 1900–1999; this does not. Year, month and day are set together so
 * an overflowing month or day (month0 12, day 32: "the end of December") rolls into the next year.
 */
function utcMs(year: number, month0: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, h, m, s, ms));
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

function parseBound(text: string): DateBound | string {
  let body = text;
  let approximate = false;
  let uncertain = false;
  const qualifier = body.at(-1);
  if (qualifier === "~" || qualifier === "?" || qualifier === "%") {
    body = body.slice(0, -1);
    approximate = qualifier !== "?";
    uncertain = qualifier !== "~";
  }
  const dt = DATE_TIME_RE.exec(body);
  if (dt) return parseDateTime(dt, approximate, uncertain, text);
  const d = DATE_RE.exec(body);
  if (!d) return `"${text}" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or a date-time with an offset`;
  const year = Number(d[1]);
  if (d[2] === undefined) {
    return { start: utcMs(year, 0, 1), end: utcMs(year + 1, 0, 1), precision: "year", approximate, uncertain };
  }
  const month = Number(d[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${d[2]}`;
  if (d[3] === undefined) {
    return { start: utcMs(year, month - 1, 1), end: utcMs(year, month, 1), precision: "month", approximate, uncertain };
  }
  const day = Number(d[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a real calendar date`;
  return {
    start: utcMs(year, month - 1, day),
    end: utcMs(year, month - 1, day + 1),
    precision: "day",
    approximate,
    uncertain,
  };
}

function parseDateTime(m: RegExpExecArray, approximate: boolean, uncertain: boolean, text: string): DateBound | string {
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const milli = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a real calendar date`;
  if (hour > 23 || minute > 59 || second > 59) return `"${text}" is not a real time of day`;
  const zone = m[8] as string;
  let offsetMin = 0;
  if (zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return `"${text}" has an impossible time-zone offset`;
    offsetMin = sign * (oh * 60 + om);
  }
  const precision: Precision = m[6] === undefined ? "minute" : "second";
  const start = utcMs(year, month - 1, day, hour, minute, second, milli) - offsetMin * 60_000;
  return { start, end: start + (precision === "minute" ? 60_000 : 1000), precision, approximate, uncertain };
}

/** Parses a dataset date; returns a plain message on failure. */
export function parseEdtf(text: string): DateResult {
  if (typeof text !== "string" || text.length === 0) return { ok: false, message: "the date is empty" };
  if (text.length > 80) return { ok: false, message: "the date is too long to be a date" };
  const parts = text.split("/");
  if (parts.length > 2) return { ok: false, message: `"${text}" has more than one "/"` };
  const from = parseBound(parts[0] as string);
  if (typeof from === "string") return { ok: false, message: from };
  if (parts.length === 1) return { ok: true, value: { from } };
  const second = parts[1] as string;
  if (second === "..") return { ok: true, value: { from, to: null } };
  const to = parseBound(second);
  if (typeof to === "string") return { ok: false, message: to };
  if (to.end <= from.start) return { ok: false, message: `"${text}" ends before it starts` };
  return { ok: true, value: { from, to } };
}

/** The instant range an event covers, with the ongoing end filled in. */
export interface TimeSpan {
  /** Earliest instant, UTC ms. */
  start: number;
  /** Latest instant (exclusive), UTC ms. For ongoing intervals, the dataset's `updated` date. */
  end: number;
  /** Where a point event's mark goes: the middle of its range. Equals `start` for intervals. */
  at: number;
  isInterval: boolean;
  ongoing: boolean;
  /** The coarsest precision of the date's parts. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** Turns a parsed date into the span the timeline draws; `ongoingEnd` closes `A/..`. */
export function toTimeSpan(date: ParsedDate, ongoingEnd: number): TimeSpan {
  const { from, to } = date;
  if (to === undefined) {
    return {
      start: from.start,
      end: from.end,
      at: from.start + (from.end - from.start) / 2,
      isInterval: false,
      ongoing: false,
      precision: from.precision,
      approximate: from.approximate,
      uncertain: from.uncertain,
    };
  }
  const end = to === null ? Math.max(ongoingEnd, from.end) : to.end;
  const precision = to && PRECISION_RANK[to.precision] < PRECISION_RANK[from.precision] ? to.precision : from.precision;
  return {
    start: from.start,
    end,
    at: from.start,
    isInterval: true,
    ongoing: to === null,
    precision,
    approximate: from.approximate || (to?.approximate ?? false),
    uncertain: from.uncertain || (to?.uncertain ?? false),
  };
}

/** Parses a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bound (URL `from`/`to`); `null` if malformed. */
export function parseDayBound(text: string): DateBound | null {
  if (!DATE_RE.test(text)) return null;
  const b = parseBound(text);
  return typeof b === "string" ? null : b;
}
