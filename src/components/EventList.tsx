/** The filtered events as a sortable table beside the timeline, sharing its selection and hover. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PoliticalEvent } from "../data/model.ts";
import { queryTerms } from "../data/search.ts";
import { formatEventDate } from "../i18n/formatDate.ts";
import { messages } from "../i18n/messages.ts";
import { useDatasetText, useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { EventTable } from "./EventTable.tsx";
import type { EventRow, SortDirection } from "./EventTable.tsx";
import { useMarkColor } from "./useMarkColor.ts";

export function EventList() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const selectedId = useTimeline((s) => s.selectedId);
  const hoveredId = useTimeline((s) => s.hoveredId);
  const query = useTimeline((s) => s.filters.query);
  const lang = useTimeline((s) => s.lang);
  const visible = useVisibleEvents();
  const text = useDatasetText();
  const markColor = useMarkColor();
  // A reading preference of this list only: not part of the link, so it lives here, not in the store.
  const [sort, setSort] = useState<SortDirection>("ascending");
  const boxRef = useRef<HTMLElement>(null);

  const terms = useMemo(() => queryTerms(query), [query]);
  // Rows are made when first rendered, not for every visible event: a long list renders a few dozen.
  // Kept per event while the language and theme stay, so after a filter change the rows still
  // shown are the same objects and their (memoized) table rows skip rendering.
  const rowOf = useMemo(() => {
    const made = new WeakMap<PoliticalEvent, EventRow>();
    return (e: PoliticalEvent): EventRow => {
      let row = made.get(e);
      if (row === undefined) {
        const c = dataset?.categoryById.get(e.category);
        row = {
          id: e.id,
          dateLabel: formatEventDate(e.date, lang, "short"),
          categoryLabel: text(c?.label) || e.category,
          shape: c?.shape ?? "circle",
          color: markColor(c?.color ?? "#555555"),
          title: text(e.title),
        };
        made.set(e, row);
      }
      return row;
    };
  }, [dataset, lang, text, markColor]);
  const rowAt = useMemo(() => {
    const last = visible.length - 1;
    return (index: number): EventRow => rowOf(visible[sort === "ascending" ? index : last - index]!);
  }, [visible, sort, rowOf]);
  const indexOf = useCallback(
    (id: string) => {
      const event = dataset?.eventById.get(id);
      const at = event === undefined ? -1 : visible.indexOf(event);
      return at === -1 || sort === "ascending" ? at : visible.length - 1 - at;
    },
    [dataset, visible, sort],
  );

  const onSelect = useCallback((id: string) => store.getState().selectEvent(id), [store]);
  const onHover = useCallback((id: string | null) => store.getState().hoverEvent(id), [store]);
  const onToggleSort = useCallback(() => setSort((s) => (s === "ascending" ? "descending" : "ascending")), []);

  // A selection made anywhere (timeline, detail panel, URL) is brought into view here; so is the
  // selected row after the rows change (load, filters, sort). The table always renders it.
  useEffect(() => {
    if (boxRef.current && selectedId !== null) revealRow(boxRef.current, selectedId);
  }, [selectedId, rowAt]);

  if (!dataset) return null;
  return (
    <section className="event-list" aria-label={messages[lang].listLabel} ref={boxRef}>
      <EventTable
        count={visible.length}
        rowAt={rowAt}
        indexOf={indexOf}
        scrollBox={boxRef}
        selectedId={selectedId}
        hoveredId={hoveredId}
        sort={sort}
        terms={terms}
        t={messages[lang]}
        onToggleSort={onToggleSort}
        onSelect={onSelect}
        onHover={onHover}
      />
    </section>
  );
}

/**
 * The scrollTop (content px) that shows [top, bottom) inside a viewport of `height` whose first
 * `insetTop` px are covered (a sticky header), moving as little as possible: the "nearest" rule of
 * scrollIntoView. `null` when the item is already in view.
 */
export function nearestScrollTop(view: { scrollTop: number; height: number; insetTop: number }, item: { top: number; bottom: number }): number | null {
  const viewTop = view.scrollTop + view.insetTop;
  const viewBottom = view.scrollTop + view.height;
  if (item.top < viewTop) return Math.max(0, item.top - view.insetTop);
  // An item taller than the viewport shows its top.
  if (item.bottom > viewBottom) return Math.min(item.top - view.insetTop, item.bottom - view.height);
  return null;
}

/**
 * Scrolls `box` (and nothing else) so the row of `id` is visible. Not `element.scrollIntoView`:
 * that also scrolls every scrollable ancestor, the page, and the host page of an embed's iframe.
 */
function revealRow(box: HTMLElement, id: string): void {
  if (box.clientHeight === 0) return; // hidden or not laid out
  const row = Array.from(box.querySelectorAll<HTMLElement>("tr[data-event-id]")).find((r) => r.dataset.eventId === id);
  if (!row) return;
  const rowRect = row.getBoundingClientRect();
  const top = rowRect.top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
  const insetTop = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const next = nearestScrollTop({ scrollTop: box.scrollTop, height: box.clientHeight, insetTop }, { top, bottom: top + rowRect.height });
  if (next === null) return;
  const smooth = typeof window.matchMedia === "function" && !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (smooth && typeof box.scrollTo === "function") box.scrollTo({ top: next, behavior: "smooth" });
  else box.scrollTop = next;
}
