/** What a load's progress line says: "Checking 45,000 of 100,000 events…", in the reader's language. */
import type { ShownProgress } from "../data/load/startupProgress.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";

/** `done` of `total`, when the stage knows how far it is. */
export function progressCounts(p: ShownProgress): { done: number; total: number } | undefined {
  return p.done !== undefined && p.total !== undefined && p.total > 0 ? { done: Math.min(p.done, p.total), total: p.total } : undefined;
}

export function progressText(p: ShownProgress, t: Messages, lang: UiLanguage): string {
  const counts = progressCounts(p);
  if (counts && (p.stage === "checking" || p.stage === "receiving")) {
    const n = new Intl.NumberFormat(lang);
    return fill(t[`stage_${p.stage}_count`], { done: n.format(counts.done), total: n.format(counts.total) });
  }
  return t[`stage_${p.stage}`];
}
