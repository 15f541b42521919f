import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataFetchError, fetchDataBlob } from "../../../src/data/load/fetchData.ts";
import { MAX_DATA_BYTES } from "../../../src/data/load/limits.ts";
import { takePrefetched } from "../../../src/data/load/prefetched.ts";

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

describe("public/prefetch-worker.js", () => {
  it("caps the early read at the app's own limit", () => {
    const script = readFileSync(new URL("../../../public/prefetch-worker.js", import.meta.url), "utf8");
    expect(Number(script.match(/var MAX_BYTES = (\d+);/)?.[1])).toBe(MAX_DATA_BYTES);
  });
});
