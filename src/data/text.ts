import type { LocalizedText } from "./schema.ts";

/** A dataset text shown in some language; `lang` is set when it fell back to another language. */
export interface ResolvedText {
  text: string;
  /** The language the text is actually in, when it differs from the one asked for. */
  fallbackLang?: string;
}

/**
 * Picks `lang` from a localized text, else the dataset's default language, else the first
 * language given. A plain string is taken to be in the dataset's default language.
 */
export function resolveText(value: LocalizedText | undefined, lang: string, defaultLang: string): ResolvedText {
  if (value === undefined) return { text: "" };
  if (typeof value === "string") return lang === defaultLang ? { text: value } : { text: value, fallbackLang: defaultLang };
  const own = value[lang];
  if (own !== undefined && own !== "") return { text: own };
  const fallback = value[defaultLang] !== undefined ? defaultLang : Object.keys(value)[0];
  if (fallback === undefined) return { text: "" };
  return { text: value[fallback] ?? "", fallbackLang: fallback };
}

/** Just the string, for places (tooltips, aria labels, search) where the language tag cannot go. */
export function textOf(value: LocalizedText | undefined, lang: string, defaultLang: string): string {
  return resolveText(value, lang, defaultLang).text;
}
