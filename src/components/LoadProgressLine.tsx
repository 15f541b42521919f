/** One line saying what a load is doing and how far it is, with a bar; a live region reads it out. */
import type { ShownProgress } from "../data/load/startupProgress.ts";
import { progressCounts, progressText } from "./loadProgressText.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";
import "./loadProgress.css";

export function LoadProgressLine({ progress, label, t, lang }: { progress: ShownProgress; label?: string; t: Messages; lang: UiLanguage }) {
  const counts = progressCounts(progress);
  return (
    <p className="load-progress">
      {/* Without counts the bar is indeterminate: it still shows that something is happening. */}
      {counts ? <progress value={counts.done} max={counts.total} aria-hidden="true" /> : <progress aria-hidden="true" />} <span>{progressText(progress, t, lang)}</span>
      {label !== undefined && <span className="share-note"> {label}</span>}
    </p>
  );
}
