/** Read the URL → create the store → render the app → load the data. */
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { RootErrorBoundary } from "./components/RootErrorBoundary.tsx";
import { parseEmbedParams } from "./embed/embedParams.ts";
import { isUiLanguage } from "./i18n/locales.ts";
import type { UiLanguage } from "./i18n/locales.ts";
import { fill, messages } from "./i18n/messages.ts";
import { StoreProvider } from "./state/StoreProvider.tsx";
import { createTimelineStore } from "./state/store.ts";
import { surfaceUncaughtErrors } from "./state/surfaceUncaughtErrors.ts";
import { syncUrl } from "./state/syncUrl.ts";
import { parseUrl } from "./state/url.ts";
import { loadBundled, loadFromUrl } from "./startup.ts";
import "./styles.css";

/** `?lang=` wins, then the browser (any es-* is Spanish), then the dataset's first language. */
function browserLanguage(): UiLanguage | null {
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return null;
}

// The embed's code is a chunk of its own: the full page never needs it, and vice versa for most of App.
const EmbedApp = lazy(() => import("./embed/EmbedApp.tsx").then((m) => ({ default: m.EmbedApp })));

const { view, ignored } = parseUrl(window.location.search);
const embed = parseEmbedParams(window.location.search, window.location.hash);
const store = createTimelineStore({ lang: view.lang ?? browserLanguage() ?? "en", selectedId: view.event ?? null, filters: view.filters });
// Errors nothing else caught become a visible notice (render errors stop at an ErrorBoundary).
surfaceUncaughtErrors(store);
const t0 = messages[store.getState().lang];
for (const p of ignored) store.getState().notify(fill(t0[`ignored_${p.reason}`], { name: p.name }));

document.documentElement.lang = store.getState().lang;
document.documentElement.setAttribute("data-theme", embed.embed ? embed.theme : "light");
if (embed.embed) document.documentElement.classList.add("is-embed");
store.subscribe((s, prev) => {
  if (s.lang !== prev.lang) document.documentElement.lang = s.lang;
});
syncUrl(store, { lang: "en" });

const rootEl = document.getElementById("root");
if (!rootEl) throw new Error("index.html has no #root element");
createRoot(rootEl).render(
  <StrictMode>
    <StoreProvider store={store}>
      <RootErrorBoundary>
        {embed.embed ? (
          <Suspense fallback={null}>
            <EmbedApp controls={embed.controls} />
          </Suspense>
        ) : (
          <App />
        )}
      </RootErrorBoundary>
    </StoreProvider>
  </StrictMode>,
);

if (embed.embed) {
  // It posts "ready" at once if the first render came before it (hostBridge.ts).
  void import("./embed/hostBridge.ts").then(({ startHostBridge }) =>
    startHostBridge({
      store,
      wpSecret: embed.wpSecret,
      observe: () => [".embed-header", ".embed-content", ".embed-footer"].flatMap((sel) => [...document.querySelectorAll(sel)]),
      measure: () => {
        const h = (sel: string) => (document.querySelector(sel) as HTMLElement | null)?.offsetHeight ?? 0;
        return h(".embed-header") + h(".embed-content") + h(".embed-footer");
      },
    }),
  );
}

// With no ?lang= and no Spanish or English browser, the dataset's first language is the default.
if (!view.lang && !browserLanguage()) {
  const stop = store.subscribe((s) => {
    if (!s.dataset) return;
    stop();
    const first = s.dataset.languages[0];
    if (isUiLanguage(first)) s.setLanguage(first);
  });
}

const dataUrl = new URLSearchParams(window.location.search).get("data");
void (dataUrl ? loadFromUrl(store, dataUrl, view) : loadBundled(store, view));
