/** Every filter in one bar: search, dates, categories, actors, places, confidence, count, reset. */
import { useMemo } from "react";
import { isEmptyFilters } from "../data/filters.ts";
import { CONFIDENCE } from "../data/schema.ts";
import type { Confidence } from "../data/schema.ts";
import { fill, messages } from "../i18n/messages.ts";
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
  if (!dataset || !counts) return null;
  const set = store.getState().setFilters;
  const toggleConfidence = (c: Confidence) =>
    set({ confidence: filters.confidence.includes(c) ? filters.confidence.filter((x) => x !== c) : CONFIDENCE.filter((x) => x === c || filters.confidence.includes(x)) });

  return (
    <section className="filter-panel" aria-label={t.filters}>
      <div className="filter-row">
        <div className="search-box">
          <label htmlFor="cronica-search">{t.search}</label>
          <input id="cronica-search" type="search" placeholder={t.searchPlaceholder} value={filters.query} maxLength={200} onChange={(e) => set({ query: e.target.value })} />
        </div>
        <DateRangeInputs from={filters.from} to={filters.to} t={t} onChange={(range) => set(range)} />
        <div className="filter-summary">
          <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {fill(t.showing, { shown: visible.length, total: dataset.events.length })}
          </p>
          {/* aria-disabled, not disabled: after a Reset from the keyboard the focus stays on it. */}
          <button type="button" onClick={() => isEmptyFilters(filters) || store.getState().resetFilters()} aria-disabled={isEmptyFilters(filters)} title={t.resetHelp}>
            {t.reset}
          </button>
        </div>
      </div>
      <CategoryFilter categories={dataset.categories} selected={filters.categories} counts={counts.categories} label={(c) => text(c.label)} color={(c) => markColor(c.color)} t={t} onChange={(ids) => set({ categories: ids })} />
      <div className="filter-row filter-row--facets">
        <FacetPicker title={t.actorsFilter} values={counts.actors} selected={filters.actors} t={t} onChange={(v) => set({ actors: v })} />
        <FacetPicker title={t.placesFilter} values={counts.places} selected={filters.places} t={t} onChange={(v) => set({ places: v })} />
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
