import { UI_LANGUAGES } from "../i18n/locales.ts";
import { messages } from "../i18n/messages.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";

const NAMES = { en: "English", es: "Español" } as const;

/** A visible switch between the UI languages. */
export function LanguageSwitcher() {
  const store = useTimelineStore();
  const lang = useTimeline((s) => s.lang);
  return (
    <div className="language-switcher" role="group" aria-label={messages[lang].language}>
      {UI_LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => store.getState().setLanguage(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
