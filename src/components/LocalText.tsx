import type { LocalizedText } from "../data/schema.ts";
import { resolveText } from "../data/text.ts";

/** Dataset text in the UI language; a fallback to another language carries its `lang`. */
export function LocalText({ value, lang, defaultLang }: { value: LocalizedText | undefined; lang: string; defaultLang: string }) {
  const r = resolveText(value, lang, defaultLang);
  return r.fallbackLang ? <span lang={r.fallbackLang}>{r.text}</span> : <>{r.text}</>;
}
