/** Many events as the layout reads them (time, category, title), without parsing a file: fast to make. */
import type { Category, PoliticalEvent } from "../../../src/data/model.ts";
import { seededRandom } from "../../helpers/syntheticDataset.ts";

export const DAY_MS = 86_400_000;
export const T0 = Date.UTC(2015, 0, 1);
export const LANES: Category[] = ["a", "b", "c", "d", "e", "f"].map((id, index) => ({ id, label: id, color: "#0072B2", shape: "circle", index }));

/** `n` events over ten years, one in ten an interval of up to 40 days, sorted as a Dataset's are. */
export function manyEvents(n: number, seed = 7): PoliticalEvent[] {
  const rnd = seededRandom(seed);
  const out: PoliticalEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = T0 + Math.floor(rnd() * 3650) * DAY_MS;
    const isInterval = rnd() < 0.1;
    const end = isInterval ? start + Math.ceil(rnd() * 40) * DAY_MS : start + DAY_MS - 1;
    const time = { start, end, at: isInterval ? start : start + DAY_MS / 2, isInterval, approximate: false, uncertain: false, ongoing: false };
    out.push({ id: `e${i}`, date: "", title: `Event ${i}`, category: LANES[i % LANES.length]!.id, sources: [], time } as unknown as PoliticalEvent);
  }
  return out.sort((a, b) => a.time.start - b.time.start || a.time.end - b.time.end || (a.id < b.id ? -1 : 1));
}
