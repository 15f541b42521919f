/**
 * The lookup maps of a dataset, from its sorted events and its categories. One function for both
 * ways a dataset arrives (made by `parseDataset` in one go, or handed over from the load worker in
 * chunks), so the two cannot drift apart.
 */
import type { Category, Dataset, PoliticalEvent } from "./model.ts";

/** A dataset without its lookup maps: what `parseDataset` computes, and what a worker sends. */
export type DatasetParts = Omit<Dataset, "eventById" | "categoryById">;

/**
 * `eventById`, when given, is the events' map already built (the page builds it as the chunks of a
 * hand-over arrive, so that no one step reads 100,000 events); it must hold exactly `parts.events`
 * (or be empty where the caller builds it itself: `ParseOptions.onOrder`).
 */
export function indexDataset(parts: DatasetParts, eventById?: Map<string, PoliticalEvent>): Dataset {
  if (!eventById) {
    eventById = new Map<string, PoliticalEvent>();
    for (const e of parts.events) eventById.set(e.id, e);
  }
  const categoryById = new Map<string, Category>();
  for (const c of parts.categories) categoryById.set(c.id, c);
  return { ...parts, eventById, categoryById };
}
