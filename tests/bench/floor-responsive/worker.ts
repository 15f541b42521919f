/// <reference lib="webworker" />
/**
 * The responsive floor's worker: reads the file, parses it here rather than on the page, and hands
 * the events over in chunks. It does nothing else (no validation, no import): the floor measures
 * the plainest way to follow issue 6's worker rule.
 */

/** What the worker posts to the page. */
export type FloorMessage = { kind: "fetched" } | { kind: "events"; events: unknown[] } | { kind: "done"; total: number } | { kind: "failed"; message: string };

/**
 * Events per message. The page deserialises each message (structured clone) in one task, and now
 * and then that task is much longer (most likely a GC, as the gathered events pile up), so the
 * chunk must keep even that far under 100 ms. On the 2-core bench machine, per message at 100,000
 * events: 2,000 events (about 460 kB of JSON) took 2–10 ms, at worst 30–40 ms; 5,000 took 40–65 ms
 * at worst (99 ms under load); 1,000 was hardly better than 2,000. First render was no slower with
 * smaller chunks, within this machine's noise.
 */
const CHUNK = 2_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: FloorMessage) => scope.postMessage(msg);

// One job per worker: the page posts the dataset's absolute URL once.
scope.onmessage = async (ev: MessageEvent<string>) => {
  const url = ev.data;
  try {
    // The same request Cronica (and the floor) makes, so all read the same cached response.
    const response = await fetch(url, { credentials: "omit", mode: "cors", redirect: "follow", referrerPolicy: "no-referrer" });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const text = await response.text();
    // The page marks the moment the file is in (bench:fetched): the bench judges its tasks from there.
    post({ kind: "fetched" });
    const dataset = JSON.parse(text) as { events?: unknown };
    const events = dataset.events;
    if (!Array.isArray(events)) throw new Error(`no events array in ${url}`);
    for (let at = 0; at < events.length; at += CHUNK) post({ kind: "events", events: events.slice(at, at + CHUNK) });
    post({ kind: "done", total: events.length });
  } catch (err) {
    post({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
};
