/** sha256Hex(bytes): lower-case hex SHA-256 via Web Crypto, for strings (UTF-8), Uint8Array and ArrayBuffer. */
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/export/sha256.ts";

const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("sha256Hex(bytes)", () => {
  it("hashes the empty input and 'abc' to the FIPS 180-2 test vectors", async () => {
    expect(await sha256Hex("")).toBe(EMPTY);
    expect(await sha256Hex("abc")).toBe(ABC);
  });

  it("gives the same hash for a string, its UTF-8 bytes and their ArrayBuffer", async () => {
    const text = "Elección — 28 de julio";
    const bytes = new TextEncoder().encode(text);
    const hex = await sha256Hex(text);
    expect(await sha256Hex(bytes)).toBe(hex);
    expect(await sha256Hex(bytes.buffer)).toBe(hex);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hashes only the bytes a Uint8Array views, not its whole buffer", async () => {
    const buffer = new TextEncoder().encode("xxabcxx");
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(ABC);
  });
});
