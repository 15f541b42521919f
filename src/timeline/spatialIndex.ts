/**
 * A uniform grid over rectangles in pixels, for hit-testing marks drawn on a canvas: a pointer
 * looks in the few cells around it instead of every mark. Building is O(items × cells each item
 * covers); a query is O(items in the nearby cells).
 */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SpatialIndex {
  /**
   * The item nearest to (x, y) within `slop` px (0 when inside it); on ties the one added last,
   * which is drawn on top. -1 when none is that close.
   */
  nearest(x: number, y: number, slop: number): number;
}

/** Wide items (long interval bars) are put in at most this many cells per row, then clipped. */
const MAX_CELLS_PER_ITEM_ROW = 256;

export function buildSpatialIndex(rects: readonly Rect[], cellPx = 32): SpatialIndex {
  const cells = new Map<number, number[]>();
  // Cell keys pack (column, row) into one number; columns may be negative (marks left of the plot).
  const key = (cx: number, cy: number) => cy * 1_000_003 + cx;
  const colOf = (x: number) => Math.floor(x / cellPx);
  rects.forEach((r, i) => {
    const c0 = colOf(r.x0);
    const c1 = Math.min(colOf(r.x1), c0 + MAX_CELLS_PER_ITEM_ROW);
    for (let cy = colOf(r.y0); cy <= colOf(r.y1); cy++) {
      for (let cx = c0; cx <= c1; cx++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
    }
  });
  return {
    nearest(x, y, slop) {
      let best = -1;
      let bestDist = Infinity;
      const seen = new Set<number>();
      for (let cy = colOf(y - slop); cy <= colOf(y + slop); cy++) {
        for (let cx = colOf(x - slop); cx <= colOf(x + slop); cx++) {
          for (const i of cells.get(key(cx, cy)) ?? []) {
            if (seen.has(i)) continue;
            seen.add(i);
            const r = rects[i]!;
            const dx = Math.max(r.x0 - x, 0, x - r.x1);
            const dy = Math.max(r.y0 - y, 0, y - r.y1);
            const d = Math.hypot(dx, dy);
            if (d <= slop && (d < bestDist || (d === bestDist && i > best))) {
              best = i;
              bestDist = d;
            }
          }
        }
      }
      return best;
    },
  };
}
