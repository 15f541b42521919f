/**
 * The compact embed: a short title, filters as the `controls` parameter asks, the timeline, the
 * detail panel and a footer with the dataset's title, licence, source line and a link to the full
 * view. It fills the frame it is given; panels scroll inside it.
 */
import { DetailPanel } from "../components/DetailPanel.tsx";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { EventList } from "../components/EventList.tsx";
import { FilterPanel } from "../components/FilterPanel.tsx";
import { LoadError } from "../components/LoadError.tsx";
import { LocalText } from "../components/LocalText.tsx";
import { Notices } from "../components/Notices.tsx";
import { Overview } from "../components/Overview.tsx";
import { StartupLoading } from "../components/StartupLoading.tsx";
import { Timeline } from "../components/Timeline.tsx";
import { textOf } from "../data/text.ts";
import { fill, messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { CompactFilters } from "./CompactFilters.tsx";
import type { Controls } from "./embedParams.ts";
import { fullViewUrl } from "./fullViewUrl.ts";

export function EmbedApp({ controls }: { controls: Controls }) {
  const status = useTimeline((s) => s.status);
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const selectedId = useTimeline((s) => s.selectedId);
  const filters = useTimeline((s) => s.filters);
  const t = messages[lang];
  const defaultLang = dataset?.languages[0] ?? "en";
  return (
    <div className={`embed embed--controls-${controls}`}>
      <header className="embed-header">
        <h1 className="embed-title">{dataset ? <LocalText value={dataset.title} lang={lang} defaultLang={defaultLang} /> : t.appName}</h1>
      </header>
      <div className="embed-scroll">
        <div className="embed-content">
          <Notices />
          {/* The same staged progress as the full page ("Checking 45,000 of 100,000 events…"). */}
          {status.kind === "loading" && <StartupLoading />}
          {status.kind === "error" && <LoadError message={status.message} problems={status.problems} t={t} />}
          {status.kind === "ready" && dataset && (
            <main className="embed-main">
              {controls !== "none" && (
                <ErrorBoundary t={t} label={t.filters} resetKey={dataset}>
                  {controls === "compact" ? <CompactFilters /> : <FilterPanel />}
                </ErrorBoundary>
              )}
              <div className="embed-timeline">
                <ErrorBoundary t={t} label={t.timelineLabel} resetKey={dataset}>
                  <Timeline />
                </ErrorBoundary>
                {controls === "full" && (
                  <ErrorBoundary t={t} label={t.overviewLabel} resetKey={dataset}>
                    <Overview />
                  </ErrorBoundary>
                )}
                {controls === "full" && (
                  <ErrorBoundary t={t} label={t.listLabel} resetKey={dataset}>
                    <EventList />
                  </ErrorBoundary>
                )}
              </div>
              <ErrorBoundary t={t} label={t.details} resetKey={dataset}>
                <DetailPanel />
              </ErrorBoundary>
            </main>
          )}
        </div>
      </div>
      {dataset && (
        <footer className="embed-footer">
          <span>{fill(t.embedSourceLine, { title: textOf(dataset.title, lang, defaultLang), license: dataset.license })}</span>
          <a href={fullViewUrl(window.location.href, { lang, selectedId, filters })} target="_blank" rel="noopener noreferrer" title={t.openFullViewHelp}>
            {t.openFullView} <span aria-hidden="true">↗</span>
            <span className="visually-hidden"> {t.opensInNewTab}</span>
          </a>
        </footer>
      )}
    </div>
  );
}
