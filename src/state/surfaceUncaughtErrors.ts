/**
 * Errors nothing else caught (a rejected promise, an exception in an event handler or a timer)
 * become a notice the reader can see, instead of a page that silently stops doing something.
 * Render errors are caught closer to where they happen, by ErrorBoundary.
 */
import { fill, messages } from "../i18n/messages.ts";
import type { TimelineStore } from "./store.ts";

const MAX_DETAIL_CHARS = 160;

/** Browser chatter that is not an error of ours: layout feedback loops, other origins' scripts. */
function ignorable(message: string, error: unknown): boolean {
  if (/ResizeObserver loop/i.test(message)) return true;
  return error === null || error === undefined ? message === "" || message === "Script error." : false;
}

function describe(reason: unknown): string {
  const text = reason instanceof Error ? reason.message || reason.name : typeof reason === "string" ? reason : "";
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_DETAIL_CHARS ? `${oneLine.slice(0, MAX_DETAIL_CHARS - 1)}…` : oneLine || "unknown error";
}

/** Listens on `win` for "error" and "unhandledrejection"; returns a function that stops listening. */
export function surfaceUncaughtErrors(store: TimelineStore, win: Window = window): () => void {
  const notify = (reason: unknown) => {
    const t = messages[store.getState().lang];
    store.getState().notify(fill(t.unexpectedError, { detail: describe(reason) }));
  };
  const onError = (ev: ErrorEvent) => {
    if (ignorable(ev.message ?? "", ev.error)) return;
    notify(ev.error ?? ev.message);
  };
  const onRejection = (ev: PromiseRejectionEvent) => notify(ev.reason);
  win.addEventListener("error", onError);
  win.addEventListener("unhandledrejection", onRejection);
  return () => {
    win.removeEventListener("error", onError);
    win.removeEventListener("unhandledrejection", onRejection);
  };
}
