/**
 * Which event a key moves the selection to. Pure: the timeline's keyboard handler asks this, and
 * so do tests. `events` are the shown events in time order.
 */
import type { PoliticalEvent } from "../data/model.ts";

export type NavKey = "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" | "Home" | "End";

export function isNavKey(key: string): key is NavKey {
  return key === "ArrowRight" || key === "ArrowLeft" || key === "ArrowUp" || key === "ArrowDown" || key === "Home" || key === "End";
}

/**
 * The event to select after `key`, from the selected one (`selectedIndex`, -1 for none). With no
 * selection, the arrows start at the first event inside the visible window (from `visibleFromMs`).
 */
export function nextSelection(
  events: readonly PoliticalEvent[],
  selectedIndex: number,
  key: NavKey,
  laneOrder: readonly string[],
  visibleFromMs: number,
): PoliticalEvent | undefined {
  if (events.length === 0) return undefined;
  if (key === "Home") return events[0];
  if (key === "End") return events[events.length - 1];
  if (selectedIndex < 0) return events.find((e) => e.time.end >= visibleFromMs) ?? events[0];
  if (key === "ArrowRight") return events[Math.min(events.length - 1, selectedIndex + 1)];
  if (key === "ArrowLeft") return events[Math.max(0, selectedIndex - 1)];
  return nearestInNextLane(events, selectedIndex, laneOrder, key === "ArrowDown" ? 1 : -1);
}

/** The event in the next non-empty lane (by `dir`) nearest in time to the selected one. */
function nearestInNextLane(events: readonly PoliticalEvent[], index: number, laneOrder: readonly string[], dir: 1 | -1): PoliticalEvent | undefined {
  const current = events[index]!;
  const used = new Set(events.map((e) => e.category));
  const lanes = laneOrder.filter((id) => used.has(id));
  const nextLane = lanes[lanes.indexOf(current.category) + dir];
  if (nextLane === undefined) return current;
  let best: PoliticalEvent | undefined;
  for (const e of events) {
    if (e.category !== nextLane) continue;
    if (!best || Math.abs(e.time.at - current.time.at) < Math.abs(best.time.at - current.time.at)) best = e;
  }
  return best;
}
