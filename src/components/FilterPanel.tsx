/** Every filter in one bar: search, dates, categories, actors, places, confidence, count, reset. */
import { memo, useCallback, useMemo } from "react";
import type { Category } from "../data/model.ts";
import { isEmptyFilters } from "../data/filters.ts";
import { CONFIDENCE } from "../data/schema.ts";
import type { Confidence } from "../data/schema.ts";
import { fill, messages } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import { useDatasetText, useFacetCounts, useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { CategoryFilter } from "./CategoryFilter.tsx";
import { DateRangeInputs } from "./DateRangeInputs.tsx";
import { FacetPicker } from "./FacetPicker.tsx";
import { useMarkColor } from "./useMarkColor.ts";

const CONFIDENCE_SHORT = { confirmed: "confirmedShort", "single-source": "singleSourceShort", disputed: "disputedShort", unverified: "unverifiedShort" } as const;

export function FilterPanel() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  const lang = useTimeline((s) => s.lang);
  const visible = useVisibleEvents();
  const text = useDatasetText();
  const t = messages[lang];
  const markColor = useMarkColor();
  const counts = useFacetCounts();
  // Once per dataset: a scan of every event is too slow for every keystroke of a large one.
  const usesConfidence = useMemo(() => dataset?.events.some((e) => e.confidence !== undefined) ?? false, [dataset]);
  // Stable callbacks, so the memoized controls a filter change does not touch skip rendering.
  const on = useMemo(() => {
    const set = store.getState().setFilters;
    return {
      query: (query: string) => set({ query }),
      range: (range: { from?: string | null; to?: string | null }) => set(range),
      categories: (categories: string[]) => set({ categories }),
      actors: (actors: string[]) => set({ actors }),
      places: (places: string[]) => set({ places }),
    };
  }, [store]);
  const categoryLabel = useCallback((c: Category) => text(c.label), [text]);
  const categoryColor = useCallback((c: Category) => markColor(c.color), [markColor]);
  if (!dataset || !counts) return null;
  const set = store.getState().setFilters;
  const toggleConfidence = (c: Confidence) =>
    set({ confidence: filters.confidence.includes(c) ? filters.confidence.filter((x) => x !== c) : CONFIDENCE.filter((x) => x === c || filters.confidence.includes(x)) });

  return (
    <section className="filter-panel" aria-label={t.filters}>
      <div className="filter-row">
        <SearchBox value={filters.query} t={t} onChange={on.query} />
        <DateRangeInputs from={filters.from} to={filters.to} t={t} onChange={on.range} />
        <div className="filter-summary">
          <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {fill(t.showing, { shown: visible.length.toLocaleString(lang), total: dataset.events.length.toLocaleString(lang) })}
          </p>
          {/* aria-disabled, not disabled: after a Reset from the keyboard the focus stays on it. */}
          <button type="button" onClick={() => isEmptyFilters(filters) || store.getState().resetFilters()} aria-disabled={isEmptyFilters(filters)} title={t.resetHelp}>
            {t.reset}
          </button>
        </div>
      </div>
      <CategoryFilter categories={dataset.categories} selected={filters.categories} counts={counts.categories} label={categoryLabel} color={categoryColor} t={t} lang={lang} onChange={on.categories} />
      <div className="filter-row filter-row--facets">
        <FacetPicker title={t.actorsFilter} values={counts.actors} selected={filters.actors} t={t} onChange={on.actors} />
        <FacetPicker title={t.placesFilter} values={counts.places} selected={filters.places} t={t} onChange={on.places} />
        {usesConfidence && (
          <fieldset className="confidence-filter">
            <legend>{t.confidenceFilter}</legend>
            {CONFIDENCE.map((c) => (
              <button key={c} type="button" className="chip-toggle" title={t[c]} aria-pressed={filters.confidence.includes(c)} onClick={() => toggleConfidence(c)}>
                {t[CONFIDENCE_SHORT[c]]} <span className="chip-count">{counts.confidence.get(c) ?? 0}</span>
              </button>
            ))}
          </fieldset>
        )}
      </div>
    </section>
  );
}

/** Its own memoized component: a click elsewhere in the panel leaves the search field alone. */
const SearchBox = memo(function SearchBox({ value, t, onChange }: { value: string; t: Messages; onChange: (query: string) => void }) {
  return (
    <div className="search-box">
      <label htmlFor="cronica-search">{t.search}</label>
      <input id="cronica-search" type="search" placeholder={t.searchPlaceholder} value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
});
