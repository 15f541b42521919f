/**
 * Mirrors the store's view into the address bar and back. Each change of view pushes a history
 * entry, so Back restores the previous view; typing in the search box replaces the entry it
 * started instead of pushing one per keystroke. Back/Forward applies the URL to the store.
 */
import type { UiLanguage } from "../i18n/locales.ts";
import type { TimelineState, TimelineStore } from "./store.ts";
import { parseUrl, serializeUrl, viewFromUrl } from "./url.ts";

/** Query edits closer together than this share one history entry. */
const TYPING_MS = 1500;

function onlyQueryChanged(s: TimelineState, prev: TimelineState): boolean {
  if (s.lang !== prev.lang || s.selectedId !== prev.selectedId) return false;
  const a = s.filters;
  const b = prev.filters;
  return a.query !== b.query && a.categories === b.categories && a.actors === b.actors && a.places === b.places && a.from === b.from && a.to === b.to && a.confidence === b.confidence;
}

export function syncUrl(store: TimelineStore, defaults: { lang: UiLanguage }, win: Window = window): () => void {
  let applying = false;
  let lastTypingAt = -Infinity;
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || (s.lang === prev.lang && s.selectedId === prev.selectedId && s.filters === prev.filters)) return;
    const next = serializeUrl(s, defaults, new URLSearchParams(win.location.search));
    if (next === win.location.search || (next === "" && win.location.search === "")) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const typing = onlyQueryChanged(s, prev);
    const now = Date.now();
    // A selection dropped because the data lacks it is a correction, not a step to go back to.
    if (s.dataset !== prev.dataset || (typing && now - lastTypingAt < TYPING_MS)) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
    lastTypingAt = typing ? now : -Infinity;
  });
  const onPop = () => {
    const { view } = parseUrl(win.location.search);
    applying = true;
    try {
      store.getState().applyView(viewFromUrl(view, defaults));
    } finally {
      applying = false;
    }
  };
  win.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}
