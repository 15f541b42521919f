import { formatEventDate } from "../i18n/formatDate.ts";
import { fill, messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { LocalText } from "./LocalText.tsx";

/** The dataset's coverage notes, version, update date and licence, where readers see them. */
export function DatasetInfo() {
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  if (!dataset) return null;
  const t = messages[lang];
  const defaultLang = dataset.languages[0] ?? "en";
  return (
    <details className="dataset-info">
      <summary>{t.aboutData}</summary>
      <p>
        <LocalText value={dataset.description} lang={lang} defaultLang={defaultLang} />
      </p>
      {dataset.notes !== undefined && (
        <p>
          <LocalText value={dataset.notes} lang={lang} defaultLang={defaultLang} />
        </p>
      )}
      <p className="dataset-meta">
        {fill(t.updated, { date: formatEventDate(dataset.updated, lang) })} · {fill(t.version, { version: dataset.version })} · {fill(t.license, { license: dataset.license })}
      </p>
    </details>
  );
}
