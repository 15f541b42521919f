/** A facet (actors, places) as a searchable list of checkboxes with live counts. */
import { memo, useId, useMemo, useRef, useState } from "react";
import type { FacetCount } from "../data/facets.ts";
import { normalizeText } from "../data/search.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import "./facetPicker.css";

export interface FacetPickerProps {
  title: string;
  values: readonly FacetCount[];
  selected: readonly string[];
  t: Messages;
  onChange: (values: string[]) => void;
}

/** Above this many values the list gets a search field. */
const SEARCHABLE_AFTER = 8;
/** Values listed at first, and added by each "show more": real data can name thousands of actors. */
export const FACET_PAGE = 100;

const NOTHING: readonly FacetCount[] = [];

/**
 * Memoized, and its list is rendered only while it is open: closed, it is two elements however
 * many values and counts change under it, so a keystroke elsewhere does not rebuild hidden lists.
 */
export const FacetPicker = memo(function FacetPicker({ title, values, selected, t, onChange }: FacetPickerProps) {
  // Opened and closed here (the summary's click), so the list is there in the same render.
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState("");
  const [limit, setLimit] = useState(FACET_PAGE);
  const id = useId();
  const summary = useRef<HTMLElement>(null);
  const listed = open ? values : NOTHING;
  const matching = useMemo(() => {
    const needle = normalizeText(find);
    return needle ? listed.filter((v) => normalizeText(v.value).includes(needle)) : listed;
  }, [listed, find]);
  // The first `limit` values, then any selected one further down, so every choice made can be undone here.
  const shown = useMemo(() => {
    if (matching.length <= limit) return matching;
    const first = matching.slice(0, limit);
    return [...first, ...matching.slice(limit).filter((v) => selected.includes(v.value))];
  }, [matching, limit, selected]);
  const hidden = matching.length - shown.length;
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details
      className="facet"
      open={open}
      // The browser may open it by itself (find in page): follow it.
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setOpen(now);
      }}
    >
      <summary
        ref={summary}
        onClick={(e) => {
          e.preventDefault();
          setOpen((o) => !o);
        }}
      >
        {title}
        {selected.length > 0 && <span className="facet-selected"> · {fill(t.selectedCount, { count: selected.length })}</span>}
      </summary>
      {open && (
        <div className="facet-body">
          {values.length > SEARCHABLE_AFTER && (
            <input
              type="search"
              className="facet-search"
              aria-label={fill(t.facetSearch, { facet: title })}
              placeholder={fill(t.facetSearch, { facet: title })}
              value={find}
              onChange={(e) => {
                setFind(e.target.value);
                setLimit(FACET_PAGE);
              }}
            />
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
          {hidden > 0 && (
            <button type="button" className="facet-more" onClick={() => setLimit((n) => n + FACET_PAGE)}>
              {fill(t.facetShowMore, { count: Math.min(FACET_PAGE, hidden), hidden })}
            </button>
          )}
        </div>
      )}
    </details>
  );
});
