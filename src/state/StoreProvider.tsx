import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import { useStore } from "zustand";
import type { TimelineState, TimelineStore } from "./store.ts";

const StoreContext = createContext<TimelineStore | null>(null);

/** Gives its subtree one store; the app, each embed and each test make their own. */
export function StoreProvider({ store, children }: { store: TimelineStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useTimelineStore(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useTimelineStore must be used inside <StoreProvider>");
  return store;
}

/** Atomic selector over the nearest store; selectors must return stable references. */
export function useTimeline<T>(selector: (s: TimelineState) => T): T {
  return useStore(useTimelineStore(), selector);
}
