/**
 * The load worker's whole job, run here: the page rebuilds exactly the outcome `loadText` gives on
 * the main thread, whichever way the events travel (the file's own bytes for a "cronica/1" file,
 * JSON text of the checked events otherwise), after every message went through a structured clone
 * as postMessage does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileChunks, HandOverReceiver, receiveFileEvents } from "../../../src/data/load/handOver.ts";
import { loadText } from "../../../src/data/load/loadText.ts";
import type { LoadOutcome } from "../../../src/data/load/loadText.ts";
import { runLoadJob } from "../../../src/data/load/workerJob.ts";
import type { WorkerReply } from "../../../src/data/load/workerProtocol.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";
import { datasetInputArb } from "../export/arbitraries.ts";

async function throughWorker(source: Blob | string, chunk: number, sliced = false): Promise<{ rebuilt: LoadOutcome; messages: WorkerReply[] }> {
  const messages: WorkerReply[] = [];
  await runLoadJob({ source, options: {} }, (msg, transfer) => messages.push(structuredClone(msg, transfer ? { transfer } : undefined)), chunk);
  const receiver = new HandOverReceiver();
  let rebuilt: LoadOutcome | undefined;
  let generation = 0;
  for (const m of messages) {
    if (m.kind === "events") receiver.add(m.json);
    else if (m.kind === "spans") {
      const at = generation;
      // The page builds its events from the copy of the file's bytes that comes with the spans.
      await receiveFileEvents(receiver, new Uint8Array(m.bytes), m.spans, () => generation !== at, sliced ? 0 : 25, chunk);
    } else if (m.kind === "reset") {
      generation++;
      receiver.reset();
    }
    // Sliced with a zero budget: a pause after every step of the finishing work.
    else if (m.kind === "done") rebuilt = sliced ? await receiver.finishInSlices(m.outcome, m.raw, 0) : receiver.finish(m.outcome, m.raw);
    else if (m.kind === "failed") throw new Error(m.message);
  }
  return { rebuilt: rebuilt!, messages };
}

const blob = (text: string) => new Blob([text]);
const expected = async (text: string) => {
  const outcome = loadText(text, { byteLength: new TextEncoder().encode(text).length });
  return { ...outcome, sha256: (await throughWorker(text, 1)).rebuilt.sha256 };
};
const kinds = (messages: WorkerReply[]) => [...new Set(messages.map((m) => m.kind))];

describe("the load worker's job", () => {
  const text = JSON.stringify(syntheticDataset(2_345, 11), null, 1);

  it.each([1_000, 2_345, 7])("hands a good file over as its own bytes, in chunks of %i", async (chunk) => {
    const { rebuilt, messages } = await throughWorker(blob(text), chunk, chunk === 7);
    const want = await expected(text);
    expect(rebuilt).toStrictEqual(want);
    if (!rebuilt.ok) throw new Error("expected a dataset");
    expect(kinds(messages)).toEqual(["progress", "spans", "done"]);
    for (const e of rebuilt.dataset.events) expect(rebuilt.dataset.eventById.get(e.id)).toBe(e);
    expect(rebuilt.dataset.eventById.size).toBe(2_345);
    const done = messages.at(-1);
    if (done?.kind !== "done") throw new Error("expected done");
    expect(done.raw?.replaced).toEqual([]);
  });

  it("sends the checked form of events the file has in another form (unknown keys, other key order)", async () => {
    const input = syntheticDataset(50, 3) as unknown as { events: Record<string, unknown>[] };
    input.events[3] = { extra: 1, ...input.events[3] };
    const { id, ...rest } = input.events[9]!;
    input.events[9] = { ...rest, id };
    const t = JSON.stringify(input);
    const { rebuilt, messages } = await throughWorker(blob(t), 20);
    expect(rebuilt).toStrictEqual(await expected(t));
    const done = messages.at(-1);
    if (done?.kind !== "done") throw new Error("expected done");
    expect(done.raw?.replaced.map((r) => r.index).sort((a, b) => a - b)).toEqual([3, 9]);
  });

  it("drops the bytes and sends the valid events of a broken file as JSON", async () => {
    const broken = syntheticDataset(1_500, 5);
    broken.events[7]!.date = "2024-02-30";
    const t = JSON.stringify(broken);
    const { rebuilt, messages } = await throughWorker(blob(t), 400);
    expect(rebuilt).toStrictEqual(await expected(t));
    expect(rebuilt.ok).toBe(false);
    expect(kinds(messages)).toEqual(["progress", "spans", "reset", "events", "done"]);
  });

  it("uses JSON for a text source, and passes an outcome without a dataset through", async () => {
    const viaText = await throughWorker(text, 1_000);
    expect(kinds(viaText.messages)).toEqual(["progress", "events", "done"]);
    expect(viaText.rebuilt).toStrictEqual(await expected(text));
    const notJson = await throughWorker(blob("not json at all"), 10);
    expect(notJson.rebuilt).toStrictEqual(await expected("not json at all"));
  });

  it("loses nothing of random datasets with hostile text, through bytes, in chunks of 2 (200 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetInputArb(6), fc.boolean(), async (input, pretty) => {
        const t = pretty ? JSON.stringify(input, null, "\t") : JSON.stringify(input);
        const { rebuilt } = await throughWorker(blob(t), 2, pretty);
        expect(rebuilt).toStrictEqual(await expected(t));
      }),
      { numRuns: 200 },
    );
  });

  it("counts the events opened on the page in steps of 5,000, each in a task of its own", async () => {
    const big = JSON.stringify(syntheticDataset(12_345, 3));
    const messages: WorkerReply[] = [];
    await runLoadJob({ source: blob(big), options: {} }, (msg) => messages.push(msg));
    const receiver = new HandOverReceiver();
    const spans = messages.find((m) => m.kind === "spans");
    const done = messages.at(-1);
    if (spans?.kind !== "spans" || done?.kind !== "done") throw new Error("expected spans and done");
    await receiveFileEvents(receiver, new Uint8Array(spans.bytes), spans.spans, () => false);
    const seen: string[] = [];
    const rebuilt = await receiver.finishInSlices(done.outcome, done.raw, 1_000, (p) => seen.push(`${p.stage} ${p.done} of ${p.total}`));
    expect(rebuilt.ok).toBe(true);
    expect(seen).toEqual(["receiving 5000 of 12345", "receiving 10000 of 12345", "receiving 12345 of 12345"]);
  });

  it("sends the page an exact copy of the file's bytes with the spans, keeping its own", async () => {
    const source = blob(text);
    const messages: WorkerReply[] = [];
    await runLoadJob({ source, options: {} }, (msg, transfer) => messages.push(structuredClone(msg, transfer ? { transfer } : undefined)));
    const spans = messages.find((m) => m.kind === "spans");
    if (spans?.kind !== "spans") throw new Error("expected spans");
    expect(new Uint8Array(spans.bytes)).toEqual(new Uint8Array(await source.arrayBuffer()));
    expect(messages.at(-1)?.kind).toBe("done");
  });

  it("skips hashing when the page hashes elsewhere", async () => {
    const messages: WorkerReply[] = [];
    await runLoadJob({ source: blob(text), options: {}, hash: false }, (msg) => messages.push(msg));
    const done = messages.at(-1);
    if (done?.kind !== "done") throw new Error("expected done");
    expect(done.outcome.sha256).toBeUndefined();
  });

  it("refuses a hand-over of bytes that do not parse into their events", async () => {
    const messages: WorkerReply[] = [];
    await runLoadJob({ source: blob(text), options: {} }, (msg) => messages.push(msg), 1_000);
    const receiver = new HandOverReceiver();
    const bytes = new TextEncoder().encode(text);
    for (const m of messages) if (m.kind === "spans") for (const c of fileChunks(bytes, m.spans, 1_000)) receiver.addRaw(c.bytes.subarray(1), c.count);
    const done = messages.at(-1);
    if (done?.kind !== "done") throw new Error("expected done");
    expect(() => receiver.finish(done.outcome, done.raw)).toThrow("The data arrived incomplete (0 of 2345 events).");
  });
});
