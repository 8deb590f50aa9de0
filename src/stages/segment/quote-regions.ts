import type { Span } from "../../model/span.js";

const PAIRS: Record<string, string> = { "«": "»", "“": "”", "‹": "›", "„": "“" };
const MARKS = /[«»“”‹›„"]/g;
/** Quotes longer than this are let split into sentences: a runaway mark must not glue a paragraph together. */
const MAX_QUOTE = 1200;

/**
 * Finds the balanced quotations of one paragraph (outermost only), so
 * that a sentence boundary inside a quotation can be told apart from one
 * after it. Straight double quotes pair up left to right.
 */
export function findQuoteRegions(text: string, start: number, end: number): Span[] {
  const regions: Span[] = [];
  const stack: { close: string; at: number }[] = [];
  let straightOpen = -1;
  // Jump from mark to mark: most characters of a paragraph are not quotation marks.
  MARKS.lastIndex = start;
  for (let m = MARKS.exec(text); m !== null && m.index < end; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    const top = stack[stack.length - 1];
    if (top && c === top.close) {
      stack.pop();
      if (stack.length === 0 && i + 1 - top.at <= MAX_QUOTE) regions.push({ start: top.at, end: i + 1 });
    } else if (PAIRS[c] !== undefined && !(c === "“" && top?.close === "“")) {
      stack.push({ close: PAIRS[c]!, at: i });
    } else if (c === '"' && stack.length === 0) {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i + 1 - straightOpen <= MAX_QUOTE) regions.push({ start: straightOpen, end: i + 1 });
        straightOpen = -1;
      }
    }
  }
  return regions.sort((a, b) => a.start - b.start);
}
