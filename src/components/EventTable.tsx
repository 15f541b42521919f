/**
 * The visible events as a table, from props only: the screen-reader equivalent of the chart. A long
 * list renders only the rows in view (plus the selected and the focused one) between spacer rows,
 * and says how many there are with aria-rowcount / aria-rowindex; the keyboard moves through all.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { FocusEvent, KeyboardEvent, RefObject } from "react";
import type { MarkShape } from "../data/model.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import { resolveEmphasis } from "../timeline/emphasis.ts";
import type { Emphasis } from "../timeline/emphasis.ts";
import { shapePath } from "../timeline/shapes.ts";
import { Highlight } from "./Highlight.tsx";
import { useVirtualRows } from "./useVirtualRows.ts";
import { keyTarget, renderPlan } from "./virtualRows.ts";
import "./eventList.css";

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

/** Up to this many rows are all rendered, as they always were; more are windowed. */
export const RENDER_ALL_UP_TO = 250;

export interface EventTableProps {
  /** How many rows there are. */
  count: number;
  /** Row `index` in the order shown (already sorted); called only for the rows rendered. */
  rowAt: (index: number) => EventRow;
  /** Where the event `id` is in the order shown; -1 when it is not listed. */
  indexOf: (id: string) => number;
  /** The element the table scrolls in. */
  scrollBox: RefObject<HTMLElement | null>;
  selectedId: string | null;
  hoveredId: string | null;
  /** The order of the rows, announced through `aria-sort` on the date column. */
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

export function EventTable({ count, rowAt, indexOf, scrollBox, selectedId, hoveredId, sort, terms, t, onToggleSort, onSelect, onHover }: EventTableProps) {
  const windowed = count > RENDER_ALL_UP_TO;
  const body = useRef<HTMLTableSectionElement>(null);
  const { range, rowHeight, pageRows } = useVirtualRows(scrollBox, body, count, windowed);
  // The row holding the focus stays rendered when it scrolls out of view, so the focus is never lost.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusNext = useRef<number | null>(null);
  const focusedIndex = useMemo(() => (focusedId === null ? -1 : indexOf(focusedId)), [focusedId, indexOf]);
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : indexOf(selectedId)), [selectedId, indexOf]);

  // A row the keyboard moved to is rendered by now: give it the focus (the browser scrolls it into view).
  useLayoutEffect(() => {
    const index = focusNext.current;
    if (index === null) return;
    focusNext.current = null;
    body.current?.querySelector<HTMLButtonElement>(`tr[aria-rowindex="${index + 2}"] button`)?.focus();
  });

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableSectionElement>) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>("tr[aria-rowindex]");
      if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
      // Tab reaches rows beyond the rendered ones only when windowed; otherwise the browser's own Tab does.
      if (e.key === "Tab" && !windowed) return;
      const target = keyTarget(e.key, e.shiftKey, Number(row.getAttribute("aria-rowindex")) - 2, count, pageRows);
      if (target === null) return;
      e.preventDefault();
      focusNext.current = target;
      setFocusedId(rowAt(target).id);
    },
    [windowed, count, pageRows, rowAt],
  );
  const onFocusRow = useCallback((id: string) => setFocusedId(id), []);
  const onBlur = useCallback((e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedId(null);
  }, []);

  if (count === 0) return <p className="event-list-empty">{t.noEvents}</p>;
  const order = sort === "ascending" ? t.oldestFirst : t.newestFirst;
  const plan = renderPlan(count, range, [selectedIndex, focusedIndex]);
  return (
    <table className={windowed ? "event-table event-table--windowed" : "event-table"} aria-rowcount={count + 1}>
      <caption>{`${fill(t.listCaption, { count })} (${order})`}</caption>
      <thead>
        <tr aria-rowindex={1}>
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
      <tbody ref={body} onKeyDown={onKeyDown} onBlur={onBlur}>
        {plan.map((item, k) => {
          if (item.kind === "gap") return <RowGap key={`gap-${k}`} height={item.rows * rowHeight} />;
          const row = rowAt(item.index);
          return (
            <EventTableRow
              key={row.id}
              row={row}
              index={item.index}
              emphasis={resolveEmphasis(row.id, selectedId, hoveredId, NO_RELATED)}
              terms={terms}
              onSelect={onSelect}
              onHover={onHover}
              onFocusRow={onFocusRow}
            />
          );
        })}
      </tbody>
    </table>
  );
}

/** Stands in for rows not rendered, so the scroll height and the scrollbar stay true. */
function RowGap({ height }: { height: number }) {
  return (
    <tr className="event-table-gap" aria-hidden="true">
      <td colSpan={3} style={{ height }} />
    </tr>
  );
}

interface EventTableRowProps {
  row: EventRow;
  /** Position in the order shown, from 0. */
  index: number;
  emphasis: Emphasis;
  terms: readonly string[];
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusRow: (id: string) => void;
}

/** Memoized so a hover re-renders two rows, not the whole table (callbacks must be stable). */
const EventTableRow = memo(function EventTableRow({ row, index, emphasis, terms, onSelect, onHover, onFocusRow }: EventTableRowProps) {
  return (
    <tr
      className={`event-row event-row--${emphasis}`}
      data-event-id={row.id}
      aria-rowindex={index + 2}
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
        <button
          type="button"
          onClick={() => onSelect(row.id)}
          onFocus={() => {
            onHover(row.id);
            onFocusRow(row.id);
          }}
          onBlur={() => onHover(null)}
        >
          <Highlight text={row.title} terms={terms} />
        </button>
      </td>
    </tr>
  );
});
