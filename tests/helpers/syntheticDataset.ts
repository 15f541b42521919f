/**
 * Deterministic synthetic "cronica/1" datasets for the benchmark and the large-data tests. The same
 * `count` and `seed` always give the same events (mulberry32), so runs and tools compare like with
 * like. Events spread over ten years in six categories, bunched around a few "crises" as real event
 * data is; about 12% are intervals, a few are approximate, uncertain or ongoing. Everything is
 * invented (example.org sources).
 */
import type { DatasetInput, EventInput } from "../../src/data/schema.ts";

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3650;
export const SYNTHETIC_CATEGORIES = ["election", "protest", "crackdown", "release", "diplomacy", "legal"] as const;
const WORDS = ["march", "ruling", "arrest", "release", "statement", "sanction", "vote", "strike", "hearing", "summit", "decree", "protest", "raid", "appeal", "count"];
const PLACES = ["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Mérida", "Ciudad Guayana", "Bogotá", "Madrid", "Washington", "Brasília"];

/** mulberry32: a small, fast, seedable PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function syntheticDataset(count: number, seed = 1): DatasetInput {
  const rnd = seededRandom(seed);
  const crises = Array.from({ length: 12 }, () => START_MS + Math.floor(rnd() * SPAN_DAYS) * DAY_MS);
  const events: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    // Two thirds of events cluster within ~60 days of a crisis; the rest spread evenly.
    const clustered = rnd() < 0.66;
    const centre = crises[Math.floor(rnd() * crises.length)]!;
    const offsetDays = clustered ? Math.round((rnd() + rnd() + rnd() - 1.5) * 80) : Math.floor(rnd() * SPAN_DAYS);
    const startMs = Math.min(Math.max(clustered ? centre + offsetDays * DAY_MS : START_MS + offsetDays * DAY_MS, START_MS), START_MS + SPAN_DAYS * DAY_MS);
    const kind = rnd();
    let date = day(startMs);
    if (kind < 0.1) date = `${date}/${day(startMs + (1 + Math.floor(rnd() * 40)) * DAY_MS)}`;
    else if (kind < 0.11) date = `${date}/..`;
    else if (kind < 0.12) date = `${date.slice(0, 7)}~`;
    else if (kind < 0.13) date = `${date}?`;
    const category = SYNTHETIC_CATEGORIES[i % SYNTHETIC_CATEGORIES.length]!;
    const word = WORDS[Math.floor(rnd() * WORDS.length)]!;
    const place = PLACES[Math.floor(rnd() * PLACES.length)]!;
    events.push({
      id: `e${i}`,
      date,
      title: `Synthetic ${word} ${i} in ${place}`,
      category,
      actors: [`Actor ${Math.floor(rnd() * 200)}`],
      location: { name: place },
      sources: [{ title: `Report ${i}`, url: `https://example.org/${i}` }],
    });
  }
  return {
    schema: "cronica/1",
    id: `synthetic-${count}`,
    title: `Synthetic dataset, ${count} events`,
    description: "Invented events for benchmarks and large-data tests.",
    version: "1.0.0",
    updated: day(START_MS + (SPAN_DAYS + 30) * DAY_MS),
    license: "CC0-1.0",
    languages: ["en"],
    categories: SYNTHETIC_CATEGORIES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    events,
  };
}
