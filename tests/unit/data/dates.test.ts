/**
 * The dataset date format (an EDTF subset), parsed in UTC. Every expectation is an exact epoch
 * value written with `Date.UTC`, so a parser that leaked the local time zone would fail here in
 * any zone that is not UTC (setting `process.env.TZ` after start-up is not reliable, so we do not
 * try to switch zones inside the test).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, parseDayBound, parseEdtf, plainDaySpan, toTimeSpan } from "../../../src/data/dates.ts";
import type { DateBound, ParsedDate } from "../../../src/data/dates.ts";

const DAY = 86_400_000;

/** The parsed date, or a failure that shows the parser's message. */
function parsed(text: string): ParsedDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, but: ${result.message}`);
  return result.value;
}

/** The interval's closing bound, which must exist (neither a point nor ongoing). */
function closing(date: ParsedDate): DateBound {
  if (!date.to) throw new Error("expected a closed interval");
  return date.to;
}

/** The parser's message for a date it must reject. */
function rejection(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected, but it parsed`);
  return result.message;
}

describe("parseEdtf: precision", () => {
  it('parseEdtf("2024") covers the whole year with year precision', () => {
    expect(parsed("2024")).toEqual({
      from: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), precision: "year", approximate: false, uncertain: false },
    });
  });

  it('parseEdtf("2024-07") covers the whole month with month precision', () => {
    expect(parsed("2024-07").from).toEqual({
      start: Date.UTC(2024, 6, 1),
      end: Date.UTC(2024, 7, 1),
      precision: "month",
      approximate: false,
      uncertain: false,
    });
  });

  it('parseEdtf("2024-12") ends at the start of the next year', () => {
    expect(parsed("2024-12").from.end).toBe(Date.UTC(2025, 0, 1));
  });

  it('parseEdtf("2024-07-28") covers one UTC day with day precision', () => {
    expect(parsed("2024-07-28").from).toEqual({
      start: Date.UTC(2024, 6, 28),
      end: Date.UTC(2024, 6, 29),
      precision: "day",
      approximate: false,
      uncertain: false,
    });
  });

  it('parseEdtf("2024-12-31") ends at the start of the next year', () => {
    expect(parsed("2024-12-31").from.end).toBe(Date.UTC(2025, 0, 1));
  });

  it('parseEdtf("2024-07-29T00:10:00-04:00") is 04:10 UTC with second precision', () => {
    expect(parsed("2024-07-29T00:10:00-04:00").from).toEqual({
      start: Date.UTC(2024, 6, 29, 4, 10, 0),
      end: Date.UTC(2024, 6, 29, 4, 10, 1),
      precision: "second",
      approximate: false,
      uncertain: false,
    });
  });

  it('parseEdtf("2024-07-29T00:10-04:00") is 04:10 UTC with minute precision', () => {
    const { from } = parsed("2024-07-29T00:10-04:00");
    expect(from.start).toBe(Date.UTC(2024, 6, 29, 4, 10));
    expect(from.end).toBe(Date.UTC(2024, 6, 29, 4, 11));
    expect(from.precision).toBe("minute");
  });

  it("parseEdtf(date-time) applies the offset across a day boundary", () => {
    expect(parsed("2024-07-28T23:30-04:00").from.start).toBe(Date.UTC(2024, 6, 29, 3, 30));
    expect(parsed("2024-07-29T01:00+05:30").from.start).toBe(Date.UTC(2024, 6, 28, 19, 30));
  });

  it('parseEdtf(date-time) reads "Z" as UTC and keeps fractional seconds', () => {
    expect(parsed("2024-07-28T10:00Z").from.start).toBe(Date.UTC(2024, 6, 28, 10, 0));
    expect(parsed("2024-07-28T10:00:00.25Z").from.start).toBe(Date.UTC(2024, 6, 28, 10, 0, 0, 250));
  });

  it("parseEdtf(date) reads years 0–99 as themselves, not as 1900–1999", () => {
    expect(new Date(parsed("0050-01-01").from.start).toISOString()).toBe("0050-01-01T00:00:00.000Z");
    expect(new Date(parsed("0099").from.end).toISOString()).toBe("0100-01-01T00:00:00.000Z");
  });
});

describe("parseEdtf: qualifiers", () => {
  it.each([
    ["2024-07-28~", true, false],
    ["2024-07-28?", false, true],
    ["2024-07-28%", true, true],
    ["2024-07-28", false, false],
  ])('parseEdtf("%s") is approximate=%s, uncertain=%s', (text, approximate, uncertain) => {
    const { from } = parsed(text);
    expect({ approximate: from.approximate, uncertain: from.uncertain }).toEqual({ approximate, uncertain });
  });

  it("a qualifier does not move the date or change its precision", () => {
    for (const text of ["2024~", "2024-07?", "2024-07-28%", "2024-07-29T00:10-04:00~"]) {
      const plain = parsed(text.slice(0, -1)).from;
      const qualified = parsed(text).from;
      expect({ start: qualified.start, end: qualified.end, precision: qualified.precision }).toEqual({
        start: plain.start,
        end: plain.end,
        precision: plain.precision,
      });
    }
  });

  it("each bound of an interval carries its own qualifier", () => {
    const date = parsed("2024~/2025?");
    expect([date.from.approximate, date.from.uncertain]).toEqual([true, false]);
    expect([closing(date).approximate, closing(date).uncertain]).toEqual([false, true]);
  });
});

describe("parseEdtf: intervals", () => {
  it('parseEdtf("A/B") runs from the start of A to the exclusive end of B', () => {
    const date = parsed("2024-07-29/2024-08-05");
    expect(date.from.start).toBe(Date.UTC(2024, 6, 29));
    expect(closing(date).end).toBe(Date.UTC(2024, 7, 6));
  });

  it("an interval's bounds may have different precisions", () => {
    const date = parsed("2024-07-28/2024-08");
    expect(date.from.precision).toBe("day");
    expect(closing(date).precision).toBe("month");
    expect(closing(date).end).toBe(Date.UTC(2024, 8, 1));
  });

  it("an interval may end in December (the end of a December bound is in the next year)", () => {
    const date = parsed("2024-11-15/2024-12");
    expect([date.from.start, closing(date).end]).toEqual([Date.UTC(2024, 10, 15), Date.UTC(2025, 0, 1)]);
  });

  it('parseEdtf("A/A") is a one-day interval, not an error', () => {
    const date = parsed("2024-07-28/2024-07-28");
    expect([date.from.start, closing(date).end]).toEqual([Date.UTC(2024, 6, 28), Date.UTC(2024, 6, 29)]);
  });

  it('parseEdtf("A/..") is ongoing: `to` is null', () => {
    expect(parsed("2024-07/..")).toEqual({
      from: { start: Date.UTC(2024, 6, 1), end: Date.UTC(2024, 7, 1), precision: "month", approximate: false, uncertain: false },
      to: null,
    });
  });

  it("a point has no `to` at all", () => {
    expect("to" in parsed("2024-07-28")).toBe(false);
  });
});

describe("parseEdtf: rejections", () => {
  it.each([
    ["2024-02-30", /not a real calendar date/],
    ["2023-02-29", /not a real calendar date/],
    ["1900-02-29", /not a real calendar date/],
    ["2024-04-31", /not a real calendar date/],
    ["2024-07-00", /not a real calendar date/],
    ["0000-00-00", /has no month 00/],
    ["2024-13", /has no month 13/],
    ["2024-13-01", /has no month 13/],
    ["2024-00", /has no month 00/],
    ["2024-08/2024-07", /ends before it starts/],
    ["2024-07-29/2024-07-28", /ends before it starts/],
    ["2024-07-28T10:00Z/2024-07-28T09:00Z", /ends before it starts/],
    ["2024-02-30T10:00Z", /not a real calendar date/],
    ["2024-07-28T24:00Z", /not a real time of day/],
    ["2024-07-28T23:60Z", /not a real time of day/],
    ["2024-07-28T23:59:60Z", /not a real time of day/],
    ["2024-07-28T10:00+19:00", /impossible time-zone offset/],
    ["2024/2025/2026", /more than one "\/"/],
    ["28/07/2024", /more than one "\/"/],
    ["", /the date is empty/],
    ["2".repeat(81), /too long/],
  ])('parseEdtf("%s") is rejected', (text, message) => {
    expect(rejection(text)).toMatch(message);
  });

  it.each([
    "garbage",
    "2024-7-28",
    "24-07-28",
    " 2024",
    "2024-07-28 ",
    "2024-07-28~~",
    "..",
    "../2024",
    "2024/",
    "/2024",
  ])('parseEdtf("%s") is not in the date format', (text) => {
    expect(rejection(text)).toMatch(/is not a date/);
  });

  it("a date-time without an offset is rejected, since it would mean local time", () => {
    expect(rejection("2024-07-28T10:00")).toMatch(/is not a date/);
    expect(rejection("2024-07-28T10:00:00")).toMatch(/is not a date/);
  });

  it("leap days exist only in leap years (Gregorian rule)", () => {
    expect(parsed("2024-02-29").from.start).toBe(Date.UTC(2024, 1, 29));
    expect(parsed("2000-02-29").from.start).toBe(Date.UTC(2000, 1, 29));
    expect(parseEdtf("2023-02-29").ok).toBe(false);
    expect(parseEdtf("1900-02-29").ok).toBe(false);
  });
});

describe("daysInMonth(year, month)", () => {
  it("counts the days of a 1-based month in UTC", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([29, 28, 29, 28]);
    expect([daysInMonth(2024, 1), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([31, 30, 31]);
  });

  it("follows the proleptic Gregorian calendar in years 0–99 too (Date.UTC would read them as 1900–1999)", () => {
    expect([daysInMonth(0, 2), daysInMonth(4, 2), daysInMonth(100, 2), daysInMonth(400, 2)]).toEqual([29, 29, 28, 29]);
    expect(parsed("0000-02-29").from.start).toBe(new Date("0000-02-29T00:00:00Z").getTime());
  });
});

describe("parseEdtf against Date (the parser does its own arithmetic)", () => {
  it("every bound from year 0 to 9999 starts and ends where Date puts it (2000 runs)", () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(1, 2, 3), (year, month, day, parts) => {
        const text = [pad(year, 4), pad(month), pad(day)].slice(0, parts).join("-");
        const iso = (y: number, m: number, d: number) => new Date(`${y > 9999 ? `+0${y}` : pad(y, 4)}-${pad(m)}-${pad(d)}T00:00:00Z`).getTime();
        const next = parts === 1 ? iso(year + 1, 1, 1) : parts === 2 ? (month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1)) : iso(year, month, day) + DAY;
        expect(parsed(text).from).toMatchObject({ start: iso(year, parts === 1 ? 1 : month, parts === 3 ? day : 1), end: next });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("UTC independence", () => {
  it('parseEdtf("2024-07-28") starts at exactly 1722124800000 ms (midnight UTC)', () => {
    expect(parsed("2024-07-28").from.start).toBe(1_722_124_800_000);
    expect(new Date(parsed("2024-07-28").from.start).toISOString()).toBe("2024-07-28T00:00:00.000Z");
  });

  it("every day of 2024 is exactly 24 hours long, daylight-saving transitions included", () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= daysInMonth(2024, month); day++) {
        const text = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const { from } = parsed(text);
        expect(from.end - from.start, text).toBe(DAY);
        expect(from.start, text).toBe(Date.UTC(2024, month - 1, day));
      }
    }
  });

  it("any real calendar date YYYY-MM-DD starts at that day's UTC midnight", () => {
    const days = fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(days, (d) => {
        // Not Date.UTC(y, m, d): it would read years 0–99 as 1900–1999.
        const midnight = new Date(d).setUTCHours(0, 0, 0, 0);
        const { from } = parsed(d.toISOString().slice(0, 10));
        return from.start === midnight && from.end === midnight + DAY;
      }),
    );
  });
});

describe("toTimeSpan(date, ongoingEnd)", () => {
  const ONGOING_END = Date.UTC(2026, 2, 31);

  it("a day's mark sits at noon UTC, the middle of its range", () => {
    expect(toTimeSpan(parsed("2024-07-28"), ONGOING_END)).toEqual({
      start: Date.UTC(2024, 6, 28),
      end: Date.UTC(2024, 6, 29),
      at: Date.UTC(2024, 6, 28, 12),
      isInterval: false,
      ongoing: false,
      precision: "day",
      approximate: false,
      uncertain: false,
    });
  });

  it("a month's mark sits in the middle of the month", () => {
    expect(toTimeSpan(parsed("2024-07"), ONGOING_END).at).toBe(Date.UTC(2024, 6, 16, 12));
  });

  it("a leap year's mark sits 183 days in, on 2 July", () => {
    expect(toTimeSpan(parsed("2024"), ONGOING_END).at).toBe(Date.UTC(2024, 6, 2));
  });

  it("a minute's mark sits at its 30th second", () => {
    expect(toTimeSpan(parsed("2024-07-29T00:10-04:00"), ONGOING_END).at).toBe(Date.UTC(2024, 6, 29, 4, 10, 30));
  });

  it("a closed interval spans both bounds and its mark sits at the start", () => {
    expect(toTimeSpan(parsed("2024-07-29/2024-08-05"), ONGOING_END)).toEqual({
      start: Date.UTC(2024, 6, 29),
      end: Date.UTC(2024, 7, 6),
      at: Date.UTC(2024, 6, 29),
      isInterval: true,
      ongoing: false,
      precision: "day",
      approximate: false,
      uncertain: false,
    });
  });

  it("an ongoing interval ends at the given ongoing end", () => {
    const span = toTimeSpan(parsed("2024-07-29/.."), ONGOING_END);
    expect([span.start, span.end, span.at]).toEqual([Date.UTC(2024, 6, 29), ONGOING_END, Date.UTC(2024, 6, 29)]);
    expect([span.isInterval, span.ongoing]).toEqual([true, true]);
  });

  it("an ongoing interval never ends before the end of its own start bound", () => {
    expect(toTimeSpan(parsed("2024-07/.."), Date.UTC(2024, 6, 10)).end).toBe(Date.UTC(2024, 7, 1));
  });

  it("a point ignores the ongoing end", () => {
    expect(toTimeSpan(parsed("2024-07-28"), ONGOING_END).end).toBe(Date.UTC(2024, 6, 29));
  });

  it.each([
    ["2024-07-28/2024-08", "month"],
    ["2024/2024-07-28", "year"],
    ["2024-07-28T10:00Z/2024-07-29", "day"],
    ["2024-07-28T10:00Z/2024-07-28T11:00:30Z", "minute"],
    ["2024-07-28/..", "day"],
  ])("toTimeSpan(parseEdtf(%s)) has the coarser precision, %s", (text, precision) => {
    expect(toTimeSpan(parsed(text), ONGOING_END).precision).toBe(precision);
  });

  it.each([
    ["2024-07~/2024-09", true, false],
    ["2024-07/2024-09?", false, true],
    ["2024-07?/2024-09~", true, true],
    ["2024-07%/..", true, true],
    ["2024-07/..", false, false],
  ])("toTimeSpan(parseEdtf(%s)) is approximate=%s, uncertain=%s if either bound is", (text, approximate, uncertain) => {
    const span = toTimeSpan(parsed(text), ONGOING_END);
    expect({ approximate: span.approximate, uncertain: span.uncertain }).toEqual({ approximate, uncertain });
  });
});

describe("parseDayBound(text)", () => {
  it("parses YYYY, YYYY-MM and YYYY-MM-DD in UTC", () => {
    expect(parseDayBound("2024-07-28")).toEqual({
      start: Date.UTC(2024, 6, 28),
      end: Date.UTC(2024, 6, 29),
      precision: "day",
      approximate: false,
      uncertain: false,
    });
    expect(parseDayBound("2024-07")).toMatchObject({ start: Date.UTC(2024, 6, 1), end: Date.UTC(2024, 7, 1), precision: "month" });
    expect(parseDayBound("2024")).toMatchObject({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), precision: "year" });
  });

  it.each(["2024-02-30", "2024-13", "2024-07-28T10:00Z", "2024/2025", "2024/..", "2024~", "2024-07?", "", "garbage", "2024-7"])(
    'parseDayBound("%s") is null',
    (text) => {
      expect(parseDayBound(text)).toBeNull();
    },
  );
});

describe("plainDaySpan (the fast path for plain YYYY-MM-DD)", () => {
  /** What the general path says: the span of a point date, or null when it is not one. */
  const general = (text: string) => {
    const r = parseEdtf(text);
    return r.ok && r.value.to === undefined ? toTimeSpan(r.value, 0) : null;
  };

  it("gives the general path's span for every real day, and nothing for what is not a plain day", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const nearDays = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom("", "~", "?", "/..", "x"))
      .map(([y, m, d, tail]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${tail}`);
    fc.assert(
      fc.property(fc.oneof(nearDays, fc.string({ maxLength: 12 }), fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "2024-7-28", "2024/07/28")), (text) => {
        const fast = plainDaySpan(text);
        const slow = general(text);
        if (fast !== null) expect(fast).toStrictEqual(slow);
        else if (slow !== null) expect(slow.precision === "day" && !slow.approximate && !slow.uncertain && text.length === 10).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
