/** The UI languages and their date-fns locales. */
import { enGB } from "date-fns/locale/en-GB";
import { es } from "date-fns/locale/es";
import type { Locale } from "date-fns";

export const UI_LANGUAGES = ["en", "es"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DATE_LOCALES: Record<UiLanguage, Locale> = { en: enGB, es };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}
