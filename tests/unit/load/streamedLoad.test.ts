/**
 * The worker's quick way through a valid file agrees exactly with the full import: for a valid
 * "cronica/1" file it gives the same outcome shell and the same spans, order and checked forms as
 * `rawFinish` of `loadText`; for anything else it declines (null) and the full import decides. And
 * the byte scan it relies on finds exactly the events `JSON.parse` does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEvents } from "../../../src/data/load/eventSpans.ts";
import { rawFinish } from "../../../src/data/load/handOver.ts";
import { loadText } from "../../../src/data/load/loadText.ts";
import { streamedLoad } from "../../../src/data/load/streamedLoad.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";
import { datasetInputArb } from "../export/arbitraries.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** The full import's hand-over of `text`, or null when it is not a valid dataset. */
function fullWay(text: string) {
  let order: Int32Array | undefined;
  let rawEvents: readonly unknown[] | undefined;
  const outcome = loadText(text, { byteLength: encode(text).length }, undefined, (o, r) => {
    order = o;
    rawEvents = r;
  });
  if (!outcome.ok || !order || !rawEvents) return null;
  return rawFinish(outcome, order, rawEvents);
}

function quickWay(text: string, chunk = 3) {
  const bytes = encode(text);
  const found = findEvents(bytes);
  return found ? streamedLoad(bytes, found, { byteLength: bytes.length }, () => {}, chunk) : null;
}

/** The page applies the checked forms by index: their order in the list does not matter. */
function byIndex<T extends { raw: { replaced: { index: number }[] } } | null>(result: T): T {
  if (result) result.raw.replaced.sort((a, b) => a.index - b.index);
  return result;
}

describe("streamedLoad", () => {
  it("takes a valid file the quick way, with the full import's result", () => {
    const text = JSON.stringify(syntheticDataset(1_234, 4), null, 2);
    const quick = quickWay(text, 100);
    expect(quick).not.toBeNull();
    expect(byIndex(quick)).toStrictEqual(byIndex(fullWay(text)));
  });

  it("agrees with the full import on random datasets with hostile text, and on them broken (300 runs)", () => {
    fc.assert(
      fc.property(datasetInputArb(6), fc.nat(), fc.constantFrom<unknown>("2024-02-30", "nope", 5, null, { extra: true }, "e0", []), (input, at, bad) => {
        const text = JSON.stringify(input);
        const quick = quickWay(text);
        expect(quick).not.toBeNull();
        expect(byIndex(quick)).toStrictEqual(byIndex(fullWay(text)));
        // Broken at one field of one event (or the dataset): declined, or (an unknown key) the same.
        const events = input.events as unknown as Record<string, unknown>[];
        if (events.length === 0) return;
        const broken = structuredClone(input) as unknown as { events: Record<string, unknown>[] };
        const event = broken.events[at % events.length]!;
        const keys = Object.keys(event);
        event[bad !== null && typeof bad === "object" && !Array.isArray(bad) ? "extra" : keys[at % keys.length]!] = bad;
        const brokenText = JSON.stringify(broken);
        const quickBroken = quickWay(brokenText);
        if (quickBroken !== null) expect(byIndex(quickBroken)).toStrictEqual(byIndex(fullWay(brokenText)));
      }),
      { numRuns: 300 },
    );
  });

  it("declines what is not plainly a valid dataset", () => {
    const good = syntheticDataset(20, 2);
    const cases = [
      { ...good, schema: "cronica/2" },
      { ...good, updated: "2024-02-30" },
      { ...good, events: [...good.events, good.events[0]] },
      { ...good, events: good.events.map((e, i) => (i === 3 ? { ...e, category: "nope" } : e)) },
      { ...good, events: good.events.map((e, i) => (i === 3 ? { ...e, related: ["missing"] } : e)) },
      { ...good, events: good.events.map((e, i) => (i === 3 ? { ...e, date: "2024-02-30" } : e)) },
    ];
    for (const c of cases) expect(quickWay(JSON.stringify(c))).toBeNull();
    expect(quickWay(`\u007f`.repeat(100) + JSON.stringify(good))).toBeNull();
    const bytes = encode(JSON.stringify(good));
    expect(streamedLoad(bytes, findEvents(bytes)!, { byteLength: bytes.length, maxBytes: 100 }, () => {})).toBeNull();
  });
});

describe("findEvents", () => {
  it("finds exactly the events JSON.parse keeps, in any spacing, with escapes and duplicate keys (500 runs)", () => {
    const hostile = fc.string({ unit: "binary" });
    const value = fc.oneof(fc.jsonValue(), hostile);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), fc.dictionary(hostile, value, { maxKeys: 3 }), fc.boolean(), fc.integer({ min: 0, max: 3 }), (events, other, twice, indent) => {
        const body = { ...other, events };
        let text = JSON.stringify(body, null, indent);
        if (twice) text = text.replace(/^\{/, '{"events": [1, {"a": "]"}],');
        const bytes = encode(text);
        const found = findEvents(bytes);
        const parsed = (JSON.parse(text) as { events: unknown }).events;
        if (found === null) {
          // Only an escaped key may make it give up.
          expect(Object.keys(other).some((k) => JSON.stringify(k).includes("\\"))).toBe(true);
          return;
        }
        const decoder = new TextDecoder();
        const mine = [];
        for (let i = 0; i < found.spans.length; i += 2) mine.push(JSON.parse(decoder.decode(bytes.subarray(found.spans[i]!, found.spans[i + 1]!))));
        expect(mine).toStrictEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it("says null for what is no object with an events list", () => {
    for (const t of ["[1,2]", '{"events": 5}', '{"a": 1}', "{", '{"events": [1,', '{"\\u0065vents": [1]}', ""]) expect(findEvents(encode(t))).toBeNull();
  });
});
