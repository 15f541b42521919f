/** Composition only. */
import { useDeferredValue } from "react";
import { DataLoader } from "./components/DataLoader.tsx";
import { DataSourceBanner } from "./components/DataSourceBanner.tsx";
import { DownloadButton, ShareButton } from "./components/DialogButtons.tsx";
import { DatasetInfo } from "./components/DatasetInfo.tsx";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { DetailPanel } from "./components/DetailPanel.tsx";
import { LanguageSwitcher } from "./components/LanguageSwitcher.tsx";
import { EventList } from "./components/EventList.tsx";
import { FilterPanel } from "./components/FilterPanel.tsx";
import { Overview } from "./components/Overview.tsx";
import { LoadError } from "./components/LoadError.tsx";
import { LocalText } from "./components/LocalText.tsx";
import { Notices } from "./components/Notices.tsx";
import { StartupLoading } from "./components/StartupLoading.tsx";
import { Timeline } from "./components/Timeline.tsx";
import { fill, messages } from "./i18n/messages.ts";
import { EMPTY_FILTERS } from "./data/filters.ts";
import { loadBundled } from "./startup.ts";
import { isLarge } from "./state/selectors.ts";
import { useTimeline, useTimelineStore } from "./state/StoreProvider.tsx";

export function App() {
  const store = useTimelineStore();
  const status = useTimeline((s) => s.status);
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const t = messages[lang];
  // The first large dataset's panels mount in a render React can pause between components, a task
  // after the store update (whose own render cannot pause), not within it. Panels already on
  // screen stay for the next dataset, so the page does not blink or lose its scroll position.
  const shown = useDeferredValue(dataset);
  const mountNow = dataset !== null && (shown === dataset || shown !== null || !isLarge(dataset));
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <p className="app-name">{t.appName}</p>
          <h1>{dataset ? <LocalText value={dataset.title} lang={lang} defaultLang={dataset.languages[0] ?? "en"} /> : t.tagline}</h1>
          {dataset && <p className="event-count">{fill(t.eventCount, { count: dataset.events.length.toLocaleString(lang) })}</p>}
        </div>
        <div className="header-actions">
          <ErrorBoundary t={t} label={t.openData}>
            <DataLoader />
          </ErrorBoundary>
          <ErrorBoundary t={t} label={t.download} resetKey={dataset}>
            <DownloadButton />
          </ErrorBoundary>
          <ErrorBoundary t={t} label={t.shareEmbed} resetKey={dataset}>
            <ShareButton />
          </ErrorBoundary>
          <LanguageSwitcher />
        </div>
      </header>
      <Notices />
      <ErrorBoundary t={t} resetKey={dataset}>
        <DataSourceBanner onBackToBundled={() => void loadBundled(store, { filters: EMPTY_FILTERS })} />
      </ErrorBoundary>
      {status.kind === "loading" && <StartupLoading />}
      {status.kind === "error" && <LoadError message={status.message} problems={status.problems} t={t} />}
      {status.kind === "ready" && mountNow && (
        <main className="app-main">
          <ErrorBoundary t={t} label={t.filters} resetKey={dataset}>
            <FilterPanel />
          </ErrorBoundary>
          <div className="app-timeline">
            <ErrorBoundary t={t} label={t.timelineLabel} resetKey={dataset}>
              <Timeline />
            </ErrorBoundary>
            <ErrorBoundary t={t} label={t.overviewLabel} resetKey={dataset}>
              <Overview />
            </ErrorBoundary>
            <ErrorBoundary t={t} label={t.listLabel} resetKey={dataset}>
              <EventList />
            </ErrorBoundary>
            <ErrorBoundary t={t} label={t.aboutData} resetKey={dataset}>
              <DatasetInfo />
            </ErrorBoundary>
          </div>
          <ErrorBoundary t={t} label={t.details} resetKey={dataset}>
            <DetailPanel />
          </ErrorBoundary>
        </main>
      )}
    </div>
  );
}
