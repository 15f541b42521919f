import { describe, expect, it } from "vitest";
import { readInSlices } from "../../../src/data/load/loadInWorker.ts";

const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 251);

describe("readInSlices", () => {
  it("reads every byte in order, whatever the slice size against the file's size", async () => {
    const cases: [size: number, slice: number][] = [
      [0, 4],
      [3, 4],
      [4, 4],
      [5, 4],
      [1_000, 7],
      [1_024, 256],
    ];
    for (const [size, slice] of cases) {
      const bytes = bytesOf(size);
      expect(await readInSlices(new Blob([bytes]), slice), `${size} bytes in slices of ${slice}`).toEqual(bytes);
    }
  });

  it("keeps multi-byte characters whole across slice boundaries", async () => {
    const text = '{"title":"Elección presidencial — 28 de julio"}'.repeat(50);
    const read = await readInSlices(new Blob([text]), 5);
    expect(new TextDecoder().decode(read)).toBe(text);
  });
});
