/** A facet (actors, places) as a searchable list of checkboxes with live counts. */
import { useId, useMemo, useRef, useState } from "react";
import type { FacetCount } from "../data/facets.ts";
import { normalizeText } from "../data/search.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";

export interface FacetPickerProps {
  title: string;
  values: readonly FacetCount[];
  selected: readonly string[];
  t: Messages;
  onChange: (values: string[]) => void;
}

/** Above this many values the list gets a search field. */
const SEARCHABLE_AFTER = 8;

export function FacetPicker({ title, values, selected, t, onChange }: FacetPickerProps) {
  const [find, setFind] = useState("");
  const id = useId();
  const summary = useRef<HTMLElement>(null);
  const shown = useMemo(() => {
    const needle = normalizeText(find);
    return needle ? values.filter((v) => normalizeText(v.value).includes(needle)) : values;
  }, [values, find]);
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details className="facet">
      <summary ref={summary}>
        {title}
        {selected.length > 0 && <span className="facet-selected"> · {fill(t.selectedCount, { count: selected.length })}</span>}
      </summary>
      <div className="facet-body">
        {values.length > SEARCHABLE_AFTER && (
          <input type="search" className="facet-search" aria-label={fill(t.facetSearch, { facet: title })} placeholder={fill(t.facetSearch, { facet: title })} value={find} onChange={(e) => setFind(e.target.value)} />
        )}
        {selected.length > 0 && (
          <button
            type="button"
            className="facet-clear"
            onClick={() => {
              onChange([]);
              // The button goes away once nothing is selected: keep the focus in this facet.
              summary.current?.focus();
            }}
          >
            {t.clearFacet}
          </button>
        )}
        <ul className="facet-values" aria-label={title}>
          {shown.map((v, i) => (
            <li key={v.value}>
              <input type="checkbox" id={`${id}-${i}`} checked={selected.includes(v.value)} onChange={() => toggle(v.value)} />
              <label htmlFor={`${id}-${i}`}>
                {v.value} <span className="facet-count">{v.count}</span>
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="facet-none">{t.facetNone}</li>}
        </ul>
      </div>
    </details>
  );
}
