/**
 * Mirrors the store's view into the address bar and back: a selection or language change pushes a
 * history entry (so Back restores the previous view); Back/Forward applies the URL to the store.
 */
import type { TimelineStore } from "./store.ts";
import { parseUrl, serializeUrl } from "./url.ts";

export function syncUrl(store: TimelineStore, defaults: { lang: "en" | "es" }, win: Window = window): () => void {
  let applying = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || (s.lang === prev.lang && s.selectedId === prev.selectedId)) return;
    const next = serializeUrl(s, defaults, new URLSearchParams(win.location.search));
    if (next === win.location.search || (next === "" && win.location.search === "")) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    // A selection dropped because the data lacks it is a correction, not a step to go back to.
    if (s.dataset !== prev.dataset) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
  });
  const onPop = () => {
    const { view } = parseUrl(win.location.search);
    applying = true;
    try {
      store.getState().applyView({ lang: view.lang ?? defaults.lang, selectedId: view.event ?? null });
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
