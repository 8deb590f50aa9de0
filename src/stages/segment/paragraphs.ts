import type { Span } from "../../model/span.js";

/** Every non-blank line is a paragraph: news text puts one paragraph a line. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const line = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end });
  }
  return paragraphs;
}
