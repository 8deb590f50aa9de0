/** A half-open range of UTF-16 code units over a document's clean text. */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries the text it covers, as the contract prints it. */
export interface TextSpan extends Span {
  text: string;
}

/** Builds a {@link TextSpan} whose text is exactly `text.slice(start, end)`. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `outer` covers all of `inner`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Narrows a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Sorts spans by start, longer first on ties, in place, and returns them. */
export function sortSpans<T extends Span>(spans: T[]): T[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Keeps, among overlapping spans, the ones a scoring function prefers
 * (longest by default): a greedy pass from best to worst.
 */
export function removeOverlaps<T extends Span>(spans: T[], score: (s: T) => number = (s) => s.end - s.start): T[] {
  const ranked = [...spans].sort((a, b) => score(b) - score(a) || a.start - b.start);
  const kept: T[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => overlaps(k, candidate))) kept.push(candidate);
  }
  return sortSpans(kept);
}
