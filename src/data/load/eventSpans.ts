/**
 * Where each event of a JSON file lies in its bytes, found without parsing it: the load worker
 * sends the page these byte ranges as they are, so the page can build its event objects with
 * `JSON.parse` while the worker is still checking the file (see `handOver.ts`).
 *
 * It reads UTF-8 bytes (a multi-byte character never contains an ASCII byte, so quotes, brackets
 * and backslashes are found byte by byte) and follows only the structure: strings, nesting, and
 * the keys of the top-level object. For valid JSON the spans are exactly the elements of the
 * `events` array `JSON.parse` would keep (the last `events` key, as `JSON.parse` keeps the last
 * of duplicate keys). For anything it does not expect (an escaped key, a top level that is not an
 * object, a broken file) it answers `null` or spans the page's parse will refuse; the worker's
 * own parse decides what the file holds either way.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** `events` */
const EVENTS_KEY = [0x65, 0x76, 0x65, 0x6e, 0x74, 0x73];

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i]!)) i++;
  return i;
}

/** The index after the string that opens at `i` (`b[i]` is a quote), or -1 when it never closes. */
function stringEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  for (let j = i + 1; j < n; j++) {
    const c = b[j]!;
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) j++;
  }
  return -1;
}

/** The index after the value that starts at `i`, or -1. */
function valueEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  const first = b[i];
  if (first === QUOTE) return stringEnd(b, i);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      const c = b[j]!;
      if (c === QUOTE) {
        // Inline string skip: most of a file's bytes are inside strings.
        for (j++; j < n; j++) {
          const s = b[j]!;
          if (s === QUOTE) break;
          if (s === BACKSLASH) j++;
        }
        if (j >= n) return -1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  while (j < n) {
    const c = b[j]!;
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    j++;
  }
  return j > i ? j : -1;
}

function isEventsKey(b: Uint8Array, start: number, end: number): boolean {
  if (end - start !== EVENTS_KEY.length + 2) return false;
  for (let k = 0; k < EVENTS_KEY.length; k++) if (b[start + 1 + k] !== EVENTS_KEY[k]) return false;
  return true;
}

/** The elements of the array that opens at `i`, as [start, end) pairs appended to `out`; the index after it, or -1. */
function arraySpans(b: Uint8Array, i: number, out: number[]): number {
  i = skipSpace(b, i + 1);
  if (b[i] === CLOSE_BRACKET) return i + 1;
  for (;;) {
    const end = valueEnd(b, i);
    if (end < 0) return -1;
    out.push(i, end);
    i = skipSpace(b, end);
    if (b[i] === COMMA) i = skipSpace(b, i + 1);
    else if (b[i] === CLOSE_BRACKET) return i + 1;
    else return -1;
  }
}

/** Where the `events` array lies in a file (`findEvents`). */
export interface EventsInFile {
  /** [start0, end0, start1, end1, …]: the byte range of each element. */
  spans: Int32Array;
  /** The array's own range, `[` to `]` inclusive. */
  arrayStart: number;
  arrayEnd: number;
}

/**
 * The byte ranges of the top-level object's `events` array elements, as [start0, end0, start1,
 * end1, …]; `null` when the bytes are not an object with an `events` array as far as can be told.
 */
export function findEventSpans(b: Uint8Array): Int32Array | null {
  return findEvents(b)?.spans ?? null;
}

/** `findEventSpans`, with the array's own place. */
export function findEvents(b: Uint8Array): EventsInFile | null {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  i = skipSpace(b, i);
  if (b[i] !== OPEN_BRACE) return null;
  let spans: number[] | null = null;
  let arrayStart = -1;
  let arrayEnd = -1;
  i = skipSpace(b, i + 1);
  if (b[i] === CLOSE_BRACE) return null;
  for (;;) {
    if (b[i] !== QUOTE) return null;
    const keyEnd = stringEnd(b, i);
    if (keyEnd < 0) return null;
    // An escaped key might spell `events` ("\u0065vents"): give up rather than guess.
    for (let k = i + 1; k < keyEnd; k++) if (b[k] === BACKSLASH) return null;
    const events = isEventsKey(b, i, keyEnd);
    i = skipSpace(b, keyEnd);
    if (b[i] !== COLON) return null;
    i = skipSpace(b, i + 1);
    if (events && b[i] === OPEN_BRACKET) {
      spans = [];
      arrayStart = i;
      i = arraySpans(b, i, spans);
      arrayEnd = i;
    } else {
      if (events) spans = null;
      i = valueEnd(b, i);
    }
    if (i < 0) return null;
    i = skipSpace(b, i);
    if (b[i] === COMMA) i = skipSpace(b, i + 1);
    else if (b[i] === CLOSE_BRACE) break;
    else return null;
  }
  if (skipSpace(b, i + 1) !== b.length || spans === null) return null;
  return { spans: Int32Array.from(spans), arrayStart, arrayEnd };
}
