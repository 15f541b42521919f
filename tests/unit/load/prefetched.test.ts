import { afterEach, describe, expect, it, vi } from "vitest";
import { DataFetchError, fetchDataBlob } from "../../../src/data/load/fetchData.ts";
import { adoptPrefetchedJob, dropPrefetchedJob, prefetchStarted, takePrefetched } from "../../../src/data/load/prefetched.ts";

const HREF = "https://data.example/events.json";
const early = (blob: Blob | null) => ({ href: HREF, blob: Promise.resolve(blob) });
const global = globalThis as { __cronicaPrefetch?: unknown };

afterEach(() => {
  delete global.__cronicaPrefetch;
  vi.unstubAllGlobals();
});

describe("takePrefetched", () => {
  it("hands over the early read once, and only for the same address", async () => {
    const win: { __cronicaPrefetch?: ReturnType<typeof early> } = { __cronicaPrefetch: early(new Blob(["{}"])) };
    expect(takePrefetched("https://other.example/events.json", win)).toBeNull();
    const blob = await takePrefetched(HREF, win);
    expect(await blob?.text()).toBe("{}");
    expect(takePrefetched(HREF, win)).toBeNull();
  });
});

describe("fetchDataBlob with an early read", () => {
  it("uses the file read while the app loaded, without a second request", async () => {
    global.__cronicaPrefetch = early(new Blob(['{"schema":"cronica/1"}']));
    const fetchSpy = vi.fn();
    vi.stubGlobal("fetch", fetchSpy);
    const { blob, url, bytes } = await fetchDataBlob(HREF);
    expect(await blob.text()).toBe('{"schema":"cronica/1"}');
    expect([url.href, bytes]).toEqual([HREF, 22]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("fetches again when the early read failed, so the reader gets the usual message", async () => {
    global.__cronicaPrefetch = early(null);
    vi.stubGlobal("fetch", vi.fn(async () => new Response("missing", { status: 404 })));
    await expect(fetchDataBlob(HREF)).rejects.toMatchObject({ code: "httpStatus", params: { status: 404 } });
  });

  it("does not take an early read larger than the cap", async () => {
    global.__cronicaPrefetch = early(new Blob(["x".repeat(64)]));
    vi.stubGlobal("fetch", vi.fn(async () => new Response("x".repeat(64), { headers: { "content-length": "64" } })));
    await expect(fetchDataBlob(HREF, { maxBytes: 32 })).rejects.toBeInstanceOf(DataFetchError);
  });

  it("gives up on an early read that never ends, with the timeout message", async () => {
    global.__cronicaPrefetch = { href: HREF, blob: new Promise(() => {}) };
    await expect(fetchDataBlob(HREF, { timeoutMs: 20 })).rejects.toMatchObject({ code: "timeout" });
  });
});

describe("adoptPrefetchedJob", () => {
  const worker = () => ({ terminate: vi.fn() }) as unknown as Worker & { terminate: ReturnType<typeof vi.fn> };

  it("hands the early worker and its replies to the load of the very bytes it fetched, once", async () => {
    const file = new Blob(["{}"]);
    const w = worker();
    const replies = [{ kind: "progress", progress: { stage: "parsing" } }];
    const win = { __cronicaPrefetch: { href: HREF, blob: Promise.resolve(file), worker: w, replies, fetched: file } };
    expect(adoptPrefetchedJob(file)).toBeNull();
    await takePrefetched(HREF, win);
    expect(adoptPrefetchedJob(new Blob(["{}"]))).toBeNull();
    expect(adoptPrefetchedJob(file)).toEqual({ worker: w, replies });
    expect(adoptPrefetchedJob(file)).toBeNull();
    expect(w.terminate).not.toHaveBeenCalled();
  });

  it("stops an early worker nobody took over", async () => {
    const taken = worker();
    const file = new Blob(["{}"]);
    await takePrefetched(HREF, { __cronicaPrefetch: { href: HREF, blob: Promise.resolve(file), worker: taken, replies: [], fetched: file } });
    const other = worker();
    const win: Parameters<typeof prefetchStarted>[0] = { __cronicaPrefetch: { href: "https://other.example/x.json", blob: Promise.resolve(null), worker: other, replies: [] } };
    expect(prefetchStarted(win)).toBe(true);
    dropPrefetchedJob(win);
    expect([taken.terminate.mock.calls.length, other.terminate.mock.calls.length]).toEqual([1, 1]);
    expect(win.__cronicaPrefetch).toBeUndefined();
    expect(prefetchStarted(win)).toBe(false);
    expect(adoptPrefetchedJob(file)).toBeNull();
  });
});
