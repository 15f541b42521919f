/** The page while its first data loads: "Loading…", then, for `?data=`, each stage and how far it is. */
import { useSyncExternalStore } from "react";
import { startupProgress } from "../data/load/startupProgress.ts";
import { messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { LoadProgressLine } from "./LoadProgressLine.tsx";

export function StartupLoading() {
  const lang = useTimeline((s) => s.lang);
  const t = messages[lang];
  const progress = useSyncExternalStore(startupProgress.subscribe, startupProgress.get);
  return (
    <div className="loading loading-status" role="status" aria-live="polite" aria-atomic="true">
      {progress ? <LoadProgressLine progress={progress} t={t} lang={lang} /> : <p>{t.loading}</p>}
    </div>
  );
}
