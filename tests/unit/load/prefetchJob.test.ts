/**
 * The early load public/prefetch.js starts: the worker fetches the ?data= file with the app's own
 * rules, hands over its bytes, and loads it exactly as the page would have asked it to.
 */
import { describe, expect, it, vi } from "vitest";
import { HASH_ELSEWHERE_BYTES } from "../../../src/data/load/limits.ts";
import { runPrefetchJob } from "../../../src/data/load/prefetchJob.ts";
import { runLoadJob } from "../../../src/data/load/workerJob.ts";
import type { PrefetchReply, WorkerReply } from "../../../src/data/load/workerProtocol.ts";
import { syntheticDataset } from "../../helpers/syntheticDataset.ts";

const HREF = "https://data.example/events.json";
const text = JSON.stringify(syntheticDataset(300, 5));

async function prefetch(address: string, fetchFn: typeof fetch) {
  const fetched: PrefetchReply[] = [];
  const replies: WorkerReply[] = [];
  await runPrefetchJob(address, (r) => fetched.push(r), (msg, transfer) => replies.push(structuredClone(msg, transfer ? { transfer } : undefined)), fetchFn);
  return { fetched, replies };
}

describe("runPrefetchJob", () => {
  it("hands over the file's bytes, then loads them as the page would (its options, hashed here when small)", async () => {
    const fetchFn = vi.fn(async () => new Response(text, { headers: { "content-type": "application/json" } }));
    const { fetched, replies } = await prefetch(HREF, fetchFn as typeof fetch);
    expect(fetchFn).toHaveBeenCalledOnce();
    expect(fetchFn.mock.calls[0]).toEqual([HREF, expect.objectContaining({ credentials: "omit", mode: "cors", referrerPolicy: "no-referrer" })]);
    expect(fetched).toHaveLength(1);
    const reply = fetched[0]!;
    if (reply.kind !== "fetched") throw new Error("not fetched");
    expect(await reply.blob.text()).toBe(text);

    const direct: WorkerReply[] = [];
    const bytes = new TextEncoder().encode(text).length;
    await runLoadJob({ source: new Blob([text]), options: { title: "data.example", byteLength: bytes }, hash: bytes < HASH_ELSEWHERE_BYTES }, (msg, transfer) => direct.push(structuredClone(msg, transfer ? { transfer } : undefined)));
    expect(replies).toEqual(direct);
    const done = replies.at(-1);
    expect(done?.kind === "done" && done.outcome.ok && [done.outcome.dataset.eventCount, done.outcome.sha256?.length]).toEqual([300, 64]);
  });

  it("leaves anything but a whole file to the page, which fetches again and words the error", async () => {
    const notFound = vi.fn(async () => new Response("missing", { status: 404 }));
    expect(await prefetch(HREF, notFound as typeof fetch)).toEqual({ fetched: [{ kind: "unfetched" }], replies: [] });

    const offline = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await prefetch(HREF, offline as typeof fetch)).toEqual({ fetched: [{ kind: "unfetched" }], replies: [] });

    const never = vi.fn();
    expect(await prefetch("http://data.example/events.json", never as typeof fetch)).toEqual({ fetched: [{ kind: "unfetched" }], replies: [] });
    expect(never).not.toHaveBeenCalled();
  });
});
