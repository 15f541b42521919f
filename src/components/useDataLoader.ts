/**
 * Opening the reader's own data: from a file or a web address, parsed off the main thread. A good
 * file replaces the data at once; a file with problems leaves the data on screen alone until the
 * reader chooses to load its valid events only.
 */
import { useCallback, useState } from "react";
import { DataFetchError, fetchDataBlob } from "../data/load/fetchData.ts";
import type { ImportIssue } from "../data/import/types.ts";
import type { LoadOutcome } from "../data/load/loadText.ts";
import type { ShownProgress } from "../data/load/startupProgress.ts";
import type { Dataset } from "../data/model.ts";
import { fill, messages } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { prepareForScreen } from "../state/selectors.ts";
import { useTimelineStore } from "../state/StoreProvider.tsx";
import type { DataSource } from "../state/store.ts";

/** The loading code (worker, hand-over) is its own chunk: the bundled dataset never needs it. */
const loader = () => import("../data/load/loadInWorker.ts");

export type LoaderPhase =
  | { kind: "idle" }
  | { kind: "working"; progress: ShownProgress; label: string }
  | {
      kind: "problems";
      outcome: Extract<LoadOutcome, { ok: false }>;
      source: DataSource;
      label: string;
      /** Words a problem in a UI language (the messages load with the first problem). */
      describe: (issue: ImportIssue, lang: UiLanguage) => string;
    }
  | { kind: "failed"; message: string }
  | { kind: "done"; message: string };

/** The address bar names a web dataset (`?data=`) so a shared link opens it; local files cannot be linked. */
export function setDataParam(source: DataSource, win: Window = window): void {
  const url = new URL(win.location.href);
  if (source.kind === "url") url.searchParams.set("data", source.url);
  else url.searchParams.delete("data");
  url.searchParams.delete("event");
  win.history.pushState(null, "", url.href);
}

export function fetchErrorText(err: unknown, t: Messages): string {
  if (err instanceof DataFetchError) return fill(t[`fetch_${err.code}`], err.params);
  return err instanceof Error ? err.message : String(err);
}

export function useDataLoader() {
  const store = useTimelineStore();
  const [phase, setPhase] = useState<LoaderPhase>({ kind: "idle" });

  const accept = useCallback(
    async (dataset: Dataset, source: DataSource, label: string) => {
      // A large dataset's filter keys are made a slice at a time before it replaces what is shown.
      await prepareForScreen(dataset);
      store.getState().resetFilters();
      store.getState().setDataset(dataset, source);
      setDataParam(source);
      const t = messages[store.getState().lang];
      setPhase({ kind: "done", message: fill(t.loadedOk, { count: dataset.events.length.toLocaleString(store.getState().lang), source: label }) });
    },
    [store],
  );

  const finish = useCallback(
    (outcome: LoadOutcome, source: DataSource, label: string) => {
      const withHash: DataSource = outcome.sha256 ? { ...source, sha256: outcome.sha256 } : source;
      if (outcome.ok) void accept(outcome.dataset, withHash, label);
      else
        void import("../i18n/importMessages.ts").then(
          ({ importIssueText }) => setPhase({ kind: "problems", outcome, source: withHash, label, describe: importIssueText }),
          (err: unknown) => setPhase({ kind: "failed", message: err instanceof Error ? err.message : String(err) }),
        );
    },
    [accept],
  );

  const openFile = useCallback(
    async (file: File) => {
      setPhase({ kind: "working", progress: { stage: "reading" }, label: file.name });
      try {
        const { loadInWorker } = await loader();
        const outcome = await loadInWorker(file, { title: file.name }, (progress) => setPhase({ kind: "working", progress, label: file.name }));
        finish(outcome, { kind: "file", name: file.name }, file.name);
      } catch (err) {
        // Only the chunk's own download can fail here (loadInWorker answers every problem with an outcome).
        setPhase({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
      }
    },
    [finish],
  );

  const openUrl = useCallback(
    async (text: string) => {
      const t = messages[store.getState().lang];
      setPhase({ kind: "working", progress: { stage: "fetching" }, label: text });
      try {
        const [{ blob, url, bytes }, { loadInWorker }] = await Promise.all([fetchDataBlob(text.trim()), loader()]);
        const outcome = await loadInWorker(blob, { title: url.pathname.split("/").pop() || url.host, byteLength: bytes }, (progress) => setPhase({ kind: "working", progress, label: url.host }));
        finish(outcome, { kind: "url", url: url.href, host: url.host }, url.host);
      } catch (err) {
        setPhase({ kind: "failed", message: fetchErrorText(err, t) });
      }
    },
    [finish, store],
  );

  const loadPartial = useCallback(() => {
    if (phase.kind === "problems" && phase.outcome.partial) void accept(phase.outcome.partial, phase.source, phase.label);
  }, [phase, accept]);

  const reset = useCallback(() => setPhase({ kind: "idle" }), []);
  return { phase, openFile, openUrl, loadPartial, reset };
}
