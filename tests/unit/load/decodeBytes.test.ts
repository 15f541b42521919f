import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/data/load/decodeBytes.ts";

const utf16 = (text: string, littleEndian: boolean): ArrayBuffer => {
  const out = new DataView(new ArrayBuffer(2 + text.length * 2));
  out.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) out.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out.buffer;
};

describe("decodeBytes", () => {
  it("reads UTF-8, with or without its byte-order mark", () => {
    const plain = new TextEncoder().encode('{"título":"Elección"}');
    expect(decodeBytes(plain.buffer)).toBe('{"título":"Elección"}');
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withMark.buffer)).toBe('{"título":"Elección"}');
  });

  it("reads UTF-16 in either byte order when the file says so", () => {
    expect(decodeBytes(utf16('{"a":"Mérida"}', true))).toBe('{"a":"Mérida"}');
    expect(decodeBytes(utf16('{"a":"Mérida"}', false))).toBe('{"a":"Mérida"}');
  });

  it("reads an empty file as empty text", () => {
    expect(decodeBytes(new ArrayBuffer(0))).toBe("");
  });
});
