/** Category toggles with live counts, "only this one" and "all": also the chart's legend. */
import { memo } from "react";
import type { Category } from "../data/model.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { shapePath } from "../timeline/shapes.ts";

export interface CategoryFilterProps {
  categories: readonly Category[];
  /** Selected ids; empty means all. */
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  label: (c: Category) => string;
  /** The colour to draw a category's icon in (see useMarkColor); the dataset's own by default. */
  color?: (c: Category) => string;
  t: Messages;
  /** The UI language, for the counts' thousands separators. */
  lang: UiLanguage;
  onChange: (ids: string[]) => void;
}

const ownColor = (c: Category) => c.color;

/** Memoized: re-rendered only when its categories, counts, selection, labels or colours change. */
export const CategoryFilter = memo(function CategoryFilter({ categories, selected, counts, label, color = ownColor, t, lang, onChange }: CategoryFilterProps) {
  const all = categories.map((c) => c.id);
  const isOn = (id: string) => selected.length === 0 || selected.includes(id);
  const toggle = (id: string) => {
    const current = selected.length === 0 ? all : selected;
    const next = current.includes(id) ? current.filter((x) => x !== id) : all.filter((x) => x === id || current.includes(x));
    // Everything on, or everything off, both mean "no category filter".
    onChange(next.length === all.length || next.length === 0 ? [] : next);
  };
  return (
    <fieldset className="category-filter">
      <legend>{t.categoriesFilter}</legend>
      <ul>
        {categories.map((c) => {
          const name = label(c);
          const count = (counts.get(c.id) ?? 0).toLocaleString(lang);
          return (
            <li key={c.id} className={isOn(c.id) ? "chip chip--on" : "chip"}>
              <button type="button" className="chip-toggle" aria-pressed={isOn(c.id)} aria-label={fill(t.toggleCategory, { name, count })} onClick={() => toggle(c.id)}>
                <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                  <path d={shapePath(c.shape, 11)} fill={isOn(c.id) ? color(c) : "none"} stroke={color(c)} strokeWidth="1.5" />
                </svg>
                <span className="chip-label">{name}</span>
                <span className="chip-count">{count}</span>
              </button>
              <button type="button" className="chip-only" aria-label={fill(t.onlyThisLabel, { name })} onClick={() => onChange([c.id])}>
                {t.onlyThis}
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" className="chip-all" aria-pressed={selected.length === 0} onClick={() => onChange([])}>
            {t.allCategories}
          </button>
        </li>
      </ul>
    </fieldset>
  );
});
