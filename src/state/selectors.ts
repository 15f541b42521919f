/** Derived data, memoized in hooks; fallbacks are constants so references stay stable. */
import { useMemo } from "react";
import type { PoliticalEvent } from "../data/model.ts";
import { textOf } from "../data/text.ts";
import type { LocalizedText } from "../data/schema.ts";
import { useTimeline } from "./StoreProvider.tsx";

const NO_EVENTS: readonly PoliticalEvent[] = [];

/** The events the timeline shows, in time order. */
export function useVisibleEvents(): readonly PoliticalEvent[] {
  return useTimeline((s) => s.dataset?.events ?? NO_EVENTS);
}

/** Resolves dataset text in the UI language, falling back to the dataset's default language. */
export function useDatasetText(): (value: LocalizedText | undefined) => string {
  const lang = useTimeline((s) => s.lang);
  const defaultLang = useTimeline((s) => s.dataset?.languages[0] ?? "en");
  return useMemo(() => (value) => textOf(value, lang, defaultLang), [lang, defaultLang]);
}
