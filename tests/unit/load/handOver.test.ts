/**
 * The chunked hand-over from the load worker: the page rebuilds exactly the dataset the worker
 * made (same events in the same order, same maps, same metadata), for a good file and for the
 * "valid events only" of a broken one, after each message went through a structured clone as
 * postMessage does. Events travel as JSON, so the datasets include hostile text (lone surrogates,
 * "__proto__", line separators) to show nothing is lost on the way.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HandOverReceiver, splitOutcome } from "../../../src/data/load/handOver.ts";
import { loadText } from "../../../src/data/load/loadText.ts";
import type { LoadOutcome } from "../../../src/data/load/loadText.ts";
import type { WorkerReply } from "../../../src/data/load/workerProtocol.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";
import { datasetInputArb } from "../export/arbitraries.ts";

/** Sends the outcome through the messages the worker would post, and rebuilds it as the page does. */
function throughMessages(outcome: LoadOutcome, chunk: number): { rebuilt: LoadOutcome; messages: WorkerReply[] } {
  const { chunks, done } = splitOutcome(outcome, chunk);
  const sent: WorkerReply[] = [...chunks, { kind: "done", outcome: done }];
  const messages = sent.map((m) => structuredClone(m));
  const receiver = new HandOverReceiver();
  let rebuilt: LoadOutcome | undefined;
  for (const m of messages) {
    if (m.kind === "events") receiver.add(m.json);
    else if (m.kind === "done") rebuilt = receiver.finish(m.outcome);
  }
  return { rebuilt: rebuilt!, messages };
}

describe("handing a dataset over in chunks", () => {
  const text = JSON.stringify(syntheticDataset(2_345, 11));

  it.each([1_000, 2_345, 5_000, 7])("rebuilds the one-shot dataset exactly, in chunks of %i", (chunk) => {
    const outcome = { ...loadText(text), sha256: "abc" };
    expect(outcome.ok).toBe(true);
    const { rebuilt, messages } = throughMessages(outcome, chunk);
    expect(rebuilt).toEqual(outcome);
    if (!rebuilt.ok || !outcome.ok) throw new Error("expected a dataset");
    expect(rebuilt.dataset.events.map((e) => e.id)).toEqual(outcome.dataset.events.map((e) => e.id));
    expect([...rebuilt.dataset.eventById.keys()]).toEqual([...outcome.dataset.eventById.keys()]);
    expect([...rebuilt.dataset.categoryById.keys()]).toEqual([...outcome.dataset.categoryById.keys()]);
    // The maps point into the rebuilt events, not into copies of them.
    for (const e of rebuilt.dataset.events) expect(rebuilt.dataset.eventById.get(e.id)).toBe(e);
    const eventMessages = messages.filter((m) => m.kind === "events");
    expect(eventMessages).toHaveLength(Math.ceil(2_345 / chunk));
    for (const m of eventMessages) expect((JSON.parse(m.json) as unknown[]).length).toBeLessThanOrEqual(chunk);
  });

  it("loses nothing of random datasets with hostile text, in chunks of 2 (300 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(6), (input) => {
        const outcome = loadText(JSON.stringify(input));
        expect(outcome.ok).toBe(true);
        expect(throughMessages(outcome, 2).rebuilt).toStrictEqual(outcome);
      }),
      { numRuns: 300 },
    );
  });

  it("no chunk carries the lookup maps: the page builds them once", () => {
    const { messages } = throughMessages(loadText(text), 1_000);
    const done = messages.at(-1)!;
    expect(done.kind).toBe("done");
    expect(JSON.stringify(done).length).toBeLessThan(2_000);
  });

  it("rebuilds the valid events of a broken file, with its problems", () => {
    const broken = syntheticDataset(1_500, 5);
    broken.events[7]!.date = "2024-02-30";
    const outcome = loadText(JSON.stringify(broken));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.partial?.events).toHaveLength(1_499);
    const { rebuilt } = throughMessages(outcome, 400);
    expect(rebuilt).toEqual(outcome);
  });

  it("passes an outcome without a dataset through as it is", () => {
    const outcome = loadText("not json at all");
    const { rebuilt, messages } = throughMessages(outcome, 10);
    expect(messages).toHaveLength(1);
    expect(rebuilt).toEqual(outcome);
  });

  it("refuses a hand-over with a missing chunk instead of showing fewer events", () => {
    const { chunks, done } = splitOutcome(loadText(text), 1_000);
    const receiver = new HandOverReceiver();
    const [first, , third] = [...chunks];
    receiver.add(first!.json);
    receiver.add(third!.json);
    expect(() => receiver.finish(done)).toThrow("The data arrived incomplete (1345 of 2345 events).");
  });
});
