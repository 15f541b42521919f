/** Text with the search matches wrapped in <mark>; React text nodes only, never innerHTML. */
import { Fragment } from "react";
import { highlightRanges } from "../data/search.ts";

/** One run of the text: matched or not. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** Cuts `text` at sorted, non-overlapping [start, end) ranges (as `highlightRanges` returns them). */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    if (end > start) segments.push({ text: text.slice(start, end), match: true });
    at = Math.max(at, end);
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

export interface HighlightProps {
  /** The text as shown. */
  text: string;
  /** Normalized search terms (see `queryTerms`); none shows the plain text. */
  terms: readonly string[];
}

export function Highlight({ text, terms }: HighlightProps) {
  const ranges = terms.length === 0 ? [] : highlightRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, ranges).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
