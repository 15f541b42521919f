/**
 * The arithmetic of a virtualized list of fixed-height rows: which rows a scroll position shows,
 * which rows to render (those, plus rows pinned because they are selected or focused), and where a
 * key press moves the focus. Pure functions; the DOM side is useVirtualRows.
 */

export interface Viewport {
  /** The scroll box's scrollTop. */
  scrollTop: number;
  /** The scroll box's visible height. */
  height: number;
  /** Where the first row starts, in the box's content (below a caption and header). */
  bodyTop: number;
}

/** Rows [first, last) that the viewport shows, widened by `overscan` rows each side. */
export function visibleRange(view: Viewport, rowHeight: number, count: number, overscan: number): { first: number; last: number } {
  const top = view.scrollTop - view.bodyTop;
  const first = Math.floor(top / rowHeight) - overscan;
  const last = Math.ceil((top + view.height) / rowHeight) + overscan;
  return { first: clamp(first, 0, count), last: clamp(Math.max(first, last), 0, count) };
}

/** What the table body holds, top to bottom: a row, or a gap standing for `rows` rows not rendered. */
export type PlanItem = { kind: "row"; index: number } | { kind: "gap"; rows: number };

/** The rows [first, last) plus the pinned ones, in order, with gaps between where rows are skipped. */
export function renderPlan(count: number, range: { first: number; last: number }, pinned: readonly number[]): PlanItem[] {
  const indices: number[] = [];
  // The range may be from before the rows changed: keep to what exists.
  for (let i = range.first; i < Math.min(range.last, count); i++) indices.push(i);
  for (const i of pinned) if (i >= 0 && i < count && (i < range.first || i >= range.last) && !indices.includes(i)) indices.push(i);
  indices.sort((a, b) => a - b);
  const plan: PlanItem[] = [];
  let next = 0;
  for (const i of indices) {
    if (i > next) plan.push({ kind: "gap", rows: i - next });
    plan.push({ kind: "row", index: i });
    next = i + 1;
  }
  if (count > next) plan.push({ kind: "gap", rows: count - next });
  return plan;
}

/**
 * The row a key moves the focus to from row `index` of `count`, or null when the key is not ours
 * (or would leave the rows: Tab on the last row goes on to the next control, as always).
 */
export function keyTarget(key: string, shift: boolean, index: number, count: number, pageRows: number): number | null {
  const to = (i: number) => {
    const target = clamp(i, 0, count - 1);
    return target === index ? null : target;
  };
  switch (key) {
    case "ArrowDown":
      return to(index + 1);
    case "ArrowUp":
      return to(index - 1);
    case "PageDown":
      return to(index + pageRows);
    case "PageUp":
      return to(index - pageRows);
    case "Home":
      return to(0);
    case "End":
      return to(count - 1);
    case "Tab": {
      const next = shift ? index - 1 : index + 1;
      return next >= 0 && next < count ? next : null;
    }
    default:
      return null;
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}
