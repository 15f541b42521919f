/**
 * The progress of the load that starts the page (`?data=`), for the loading line to show. The store
 * (src/state) knows only "loading"; this is the detail, kept apart because it changes up to 20
 * times a second and nothing else needs it. One page starts one load, so one instance.
 */
import type { LoadProgress } from "./workerProtocol.ts";

/** A load's progress as the page shows it: the worker's stages, or the download before them. */
export type ShownProgress = LoadProgress | { stage: "fetching"; done?: undefined; total?: undefined };

type Listener = () => void;

let current: ShownProgress | null = null;
const listeners = new Set<Listener>();

export const startupProgress = {
  get: (): ShownProgress | null => current,
  set(progress: ShownProgress | null): void {
    current = progress;
    for (const l of listeners) l();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
