/** Read the URL → create the store → render the app → load the data. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { EmbedApp } from "./embed/EmbedApp.tsx";
import { parseEmbedParams } from "./embed/embedParams.ts";
import { startHostBridge } from "./embed/hostBridge.ts";
import { loadDefaultDataset } from "./data/loadDefaultDataset.ts";
import { formatIssue } from "./data/parseDataset.ts";
import { isUiLanguage } from "./i18n/locales.ts";
import type { UiLanguage } from "./i18n/locales.ts";
import { fill, messages } from "./i18n/messages.ts";
import { StoreProvider } from "./state/StoreProvider.tsx";
import { createTimelineStore } from "./state/store.ts";
import { syncUrl } from "./state/syncUrl.ts";
import { parseUrl } from "./state/url.ts";
import "./styles.css";

/** `?lang=` wins, then the browser (any es-* is Spanish), then the dataset's first language. */
function browserLanguage(): UiLanguage | null {
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return null;
}

function markError() {
  document.documentElement.setAttribute("data-cronica", "error");
}

const { view, ignored } = parseUrl(window.location.search);
const embed = parseEmbedParams(window.location.search, window.location.hash);
const store = createTimelineStore({ lang: view.lang ?? browserLanguage() ?? "en", selectedId: view.event ?? null, filters: view.filters });
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
      {embed.embed ? <EmbedApp controls={embed.controls} /> : <App />}
    </StoreProvider>
  </StrictMode>,
);

if (embed.embed) {
  startHostBridge({
    store,
    wpSecret: embed.wpSecret,
    observe: () => [".embed-header", ".embed-content", ".embed-footer"].flatMap((sel) => [...document.querySelectorAll(sel)]),
    measure: () => {
      const h = (sel: string) => (document.querySelector(sel) as HTMLElement | null)?.offsetHeight ?? 0;
      return h(".embed-header") + h(".embed-content") + h(".embed-footer");
    },
  });
}

loadDefaultDataset()
  .then((result) => {
    if (!result.ok) {
      store.getState().failLoading(t0.loadFailedHelp, result.issues);
      console.error(result.issues.map(formatIssue).join("\n"));
      markError();
      return;
    }
    const dataset = result.dataset;
    if (!view.lang && !browserLanguage() && isUiLanguage(dataset.languages[0])) store.getState().setLanguage(dataset.languages[0]);
    const t = messages[store.getState().lang];
    if (view.event && !dataset.eventById.has(view.event)) store.getState().notify(fill(t.unknownEvent, { id: view.event }));
    const unknown = view.filters.categories.filter((id) => !dataset.categoryById.has(id));
    for (const id of unknown) store.getState().notify(fill(t.unknownCategory, { id }));
    store.getState().setDataset(dataset);
  })
  .catch((err: unknown) => {
    store.getState().failLoading(err instanceof Error ? err.message : String(err));
    markError();
  });
