/**
 * Getting the first data on screen: the bundled dataset, or the one `?data=` names. A failure is
 * shown in full (and marked `data-cronica="error"`), never as a blank page.
 */
import { loadDefaultDataset } from "./data/loadDefaultDataset.ts";
import { fetchDataBlob, urlLoadOptions } from "./data/load/fetchData.ts";
import { dropPrefetchedJob, prefetchStarted } from "./data/load/prefetched.ts";
import type { Dataset } from "./data/model.ts";
import { formatIssue } from "./data/parseDataset.ts";
import { startupProgress } from "./data/load/startupProgress.ts";
import { fetchErrorText } from "./components/useDataLoader.ts";
import { fill, messages } from "./i18n/messages.ts";
import { prepareForScreen } from "./state/selectors.ts";
import type { DataSource, TimelineStore } from "./state/store.ts";
import type { UrlView } from "./state/url.ts";

function markError() {
  document.documentElement.setAttribute("data-cronica", "error");
}

/** Puts a dataset on screen, telling the reader what of the link's view it lacks. */
function show(store: TimelineStore, dataset: Dataset, source: DataSource, view: UrlView) {
  const t = messages[store.getState().lang];
  if (view.event && !dataset.eventById.has(view.event)) store.getState().notify(fill(t.unknownEvent, { id: view.event }));
  for (const id of view.filters.categories.filter((c) => !dataset.categoryById.has(c))) store.getState().notify(fill(t.unknownCategory, { id }));
  store.getState().setDataset(dataset, source);
}

export async function loadBundled(store: TimelineStore, view: UrlView): Promise<void> {
  try {
    const { result, sha256 } = await loadDefaultDataset();
    if (result.ok) return show(store, result.dataset, { kind: "bundled", sha256 }, view);
    store.getState().failLoading(messages[store.getState().lang].loadFailedHelp, result.issues.map(formatIssue));
    console.error(result.issues.map(formatIssue).join("\n"));
  } catch (err) {
    store.getState().failLoading(err instanceof Error ? err.message : String(err));
  }
  markError();
}

/** `?data=https://…`: fetched without credentials, parsed in a worker, checked like any file. */
export async function loadFromUrl(store: TimelineStore, dataUrl: string, view: UrlView): Promise<void> {
  const lang = store.getState().lang;
  const t = messages[lang];
  try {
    startupProgress.set({ stage: "fetching" });
    // The loading code is a chunk of its own (the bundled dataset never needs it): it and the
    // worker's code load while the file arrives, unless public/prefetch.js has a worker on it already.
    const early = prefetchStarted();
    const loading = import("./data/load/loadInWorker.ts").then((m) => {
      if (!early) m.prepareLoadWorker();
      return m;
    });
    loading.catch(() => {});
    const { blob, url, bytes } = await fetchDataBlob(dataUrl);
    const { loadInWorker } = await loading;
    // Marks for the benchmark: the download and the worker's part, apart from the drawing.
    performance.mark("cronica:data-fetched");
    const outcome = await loadInWorker(blob, urlLoadOptions(url, bytes), (p) => startupProgress.set(p));
    performance.mark("cronica:data-loaded");
    if (outcome.ok) {
      await prepareForScreen(outcome.dataset);
      return show(store, outcome.dataset, { kind: "url", url: url.href, host: url.host, ...(outcome.sha256 ? { sha256: outcome.sha256 } : {}) }, view);
    }
    // The messages for problems are a chunk of their own: a good file never needs them.
    const { importIssueText } = await import("./i18n/importMessages.ts");
    store.getState().failLoading(`${url.host}: ${fill(t.loadProblems, { count: outcome.issues.length })}`, outcome.issues.map((i) => importIssueText(i, lang)));
  } catch (err) {
    store.getState().failLoading(fetchErrorText(err, t));
  } finally {
    dropPrefetchedJob();
    void import("./data/load/loadInWorker.ts").then((m) => m.dropPreparedWorker(), () => {});
    startupProgress.set(null);
  }
  markError();
}
