/** The embed's compact controls: search, category toggles with counts, and the count shown. */
import { CategoryFilter } from "../components/CategoryFilter.tsx";
import { useMarkColor } from "../components/useMarkColor.ts";
import { fill, messages } from "../i18n/messages.ts";
import { useDatasetText, useFacetCounts, useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";

export function CompactFilters() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const filters = useTimeline((s) => s.filters);
  const lang = useTimeline((s) => s.lang);
  const visible = useVisibleEvents();
  const text = useDatasetText();
  const t = messages[lang];
  const markColor = useMarkColor();
  const counts = useFacetCounts();
  if (!dataset || !counts) return null;
  const set = store.getState().setFilters;
  return (
    <section className="compact-filters" aria-label={t.filters}>
      <div className="compact-row">
        <input type="search" aria-label={t.search} placeholder={t.searchPlaceholder} value={filters.query} maxLength={200} onChange={(e) => set({ query: e.target.value })} />
        <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
          {fill(t.showing, { shown: visible.length.toLocaleString(lang), total: dataset.events.length.toLocaleString(lang) })}
        </p>
      </div>
      <CategoryFilter categories={dataset.categories} selected={filters.categories} counts={counts.categories} label={(c) => text(c.label)} color={(c) => markColor(c.color)} t={t} lang={lang} onChange={(ids) => set({ categories: ids })} />
    </section>
  );
}
