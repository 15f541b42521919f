/** The visible events as a table, from props only: the screen-reader equivalent of the chart. */
import { memo } from "react";
import type { MarkShape } from "../data/model.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import { resolveEmphasis } from "../timeline/emphasis.ts";
import type { Emphasis } from "../timeline/emphasis.ts";
import { shapePath } from "../timeline/shapes.ts";
import { Highlight } from "./Highlight.tsx";

/** One event as the table shows it, text already in the UI language. */
export interface EventRow {
  id: string;
  /** The date, short, in the UI language. */
  dateLabel: string;
  categoryLabel: string;
  /** The category's mark shape and colour, as on the timeline. */
  shape: MarkShape;
  color: string;
  title: string;
}

export type SortDirection = "ascending" | "descending";

export interface EventTableProps {
  /** Rows in the order shown (already sorted). */
  rows: readonly EventRow[];
  selectedId: string | null;
  hoveredId: string | null;
  /** The order of `rows`, announced through `aria-sort` on the date column. */
  sort: SortDirection;
  /** Normalized search terms to mark in titles. */
  terms: readonly string[];
  /** UI strings in the current language. */
  t: Messages;
  onToggleSort: () => void;
  onSelect: (id: string) => void;
  /** Pointer or focus entered (id) or left (null) a row. */
  onHover: (id: string | null) => void;
}

const NO_RELATED: ReadonlySet<string> = new Set();

export function EventTable({ rows, selectedId, hoveredId, sort, terms, t, onToggleSort, onSelect, onHover }: EventTableProps) {
  if (rows.length === 0) return <p className="event-list-empty">{t.noEvents}</p>;
  const order = sort === "ascending" ? t.oldestFirst : t.newestFirst;
  return (
    <table className="event-table">
      <caption>{`${fill(t.listCaption, { count: rows.length })} (${order})`}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={sort}>
            <button type="button" className="event-table-sort" onClick={onToggleSort} title={t.sortByDate}>
              {t.colDate}
              <span className="event-table-sort-icon" aria-hidden="true">
                {sort === "ascending" ? "▲" : "▼"}
              </span>
            </button>
          </th>
          <th scope="col">{t.colCategory}</th>
          <th scope="col">{t.colTitle}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <EventTableRow
            key={row.id}
            row={row}
            emphasis={resolveEmphasis(row.id, selectedId, hoveredId, NO_RELATED)}
            terms={terms}
            onSelect={onSelect}
            onHover={onHover}
          />
        ))}
      </tbody>
    </table>
  );
}

interface EventTableRowProps {
  row: EventRow;
  emphasis: Emphasis;
  terms: readonly string[];
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** Memoized so a hover re-renders two rows, not the whole table (callbacks must be stable). */
const EventTableRow = memo(function EventTableRow({ row, emphasis, terms, onSelect, onHover }: EventTableRowProps) {
  return (
    <tr
      className={`event-row event-row--${emphasis}`}
      data-event-id={row.id}
      aria-current={emphasis === "selected" ? "true" : undefined}
      onPointerEnter={() => onHover(row.id)}
      onPointerLeave={() => onHover(null)}
    >
      <td className="event-row-date">{row.dateLabel}</td>
      <td className="event-row-category">
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
          <path d={shapePath(row.shape, 10)} fill={row.color} />
        </svg>
        <span className="event-row-category-label">{row.categoryLabel}</span>
      </td>
      <td className="event-row-title">
        <button type="button" onClick={() => onSelect(row.id)} onFocus={() => onHover(row.id)} onBlur={() => onHover(null)}>
          <Highlight text={row.title} terms={terms} />
        </button>
      </td>
    </tr>
  );
});
