import { describe, expect, it } from "vitest";
import { fetchDataBlob, fetchDataBytes } from "../../../src/data/load/fetchData.ts";

const HREF = "https://data.example/events.json";

/** A response whose body arrives in the given pieces, with no declared length (as a compressed one). */
function streamed(pieces: string[]): typeof fetch {
  return (async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of pieces) controller.enqueue(encoder.encode(p));
        controller.close();
      },
    });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe("fetchDataBytes and fetchDataBlob", () => {
  it("put the pieces of a streamed body together in order, byte for byte", async () => {
    const pieces = ['{"schema":', '"cronica/1",', '"title":"Elección — 28 de julio"}'];
    const { bytes, url } = await fetchDataBytes(HREF, { fetchFn: streamed(pieces) });
    expect([url.host, new TextDecoder().decode(bytes)]).toEqual(["data.example", pieces.join("")]);
    const { blob, bytes: size } = await fetchDataBlob(HREF, { fetchFn: streamed(pieces) });
    expect([await blob.text(), size]).toEqual([pieces.join(""), bytes.byteLength]);
  });

  it("stop at the cap as the bytes arrive, whatever the server declared", async () => {
    const pieces = ["x".repeat(20), "x".repeat(20)];
    await expect(fetchDataBytes(HREF, { fetchFn: streamed(pieces), maxBytes: 32 })).rejects.toMatchObject({ code: "tooBig" });
    await expect(fetchDataBlob(HREF, { fetchFn: streamed(pieces), maxBytes: 32 })).rejects.toMatchObject({ code: "tooBig" });
  });

  it("refuse an address that is neither https nor this machine before fetching", async () => {
    await expect(fetchDataBytes("http://data.example/x.json", { fetchFn: streamed([]) })).rejects.toMatchObject({ code: "notHttps" });
  });
});
