/** Human dates with their precision ("July 2024", "c. 20 March 2024", "20 March 2024 – 6 May 2025"), in UTC. */
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { parseEdtf } from "../data/dates.ts";
import type { DateBound } from "../data/dates.ts";
import { DATE_LOCALES } from "./locales.ts";
import type { UiLanguage } from "./locales.ts";
import { messages } from "./messages.ts";

const LONG: Record<UiLanguage, Record<DateBound["precision"], string>> = {
  en: { year: "yyyy", month: "MMMM yyyy", day: "d MMMM yyyy", minute: "d MMMM yyyy, HH:mm 'UTC'", second: "d MMMM yyyy, HH:mm:ss 'UTC'" },
  es: {
    year: "yyyy",
    month: "MMMM 'de' yyyy",
    day: "d 'de' MMMM 'de' yyyy",
    minute: "d 'de' MMMM 'de' yyyy, HH:mm 'UTC'",
    second: "d 'de' MMMM 'de' yyyy, HH:mm:ss 'UTC'",
  },
};
const SHORT: Record<DateBound["precision"], string> = { year: "yyyy", month: "MMM yyyy", day: "d MMM yyyy", minute: "d MMM yyyy", second: "d MMM yyyy" };

export function formatBound(b: DateBound, lang: UiLanguage, style: "long" | "short" = "long"): string {
  const pattern = style === "long" ? LONG[lang][b.precision] : SHORT[b.precision];
  const text = format(new UTCDate(b.start), pattern, { locale: DATE_LOCALES[lang] });
  const t = messages[lang];
  return `${b.approximate ? t.circa : ""}${text}${b.uncertain ? ` ${t.uncertainMark}` : ""}`;
}

/** Formats a dataset date string; an unparseable one is returned as written. */
export function formatEventDate(date: string, lang: UiLanguage, style: "long" | "short" = "long"): string {
  const parsed = parseEdtf(date);
  if (!parsed.ok) return date;
  const { from, to } = parsed.value;
  const a = formatBound(from, lang, style);
  if (to === undefined) return a;
  if (to === null) return `${a} – ${messages[lang].ongoing}`;
  return `${a} – ${formatBound(to, lang, style)}`;
}

/** A plain UTC day, for axis-independent labels like the visible range. */
export function formatDay(ms: number, lang: UiLanguage): string {
  return format(new UTCDate(ms), SHORT.day, { locale: DATE_LOCALES[lang] });
}
