import type { Sentence, Token } from "../../model/annotations.js";
import type { Span } from "../../model/span.js";
import { findQuoteRegions } from "./quote-regions.js";

const TERMINALS: ReadonlySet<string> = new Set([".", "!", "?", "…", "..."]);
const CLOSERS: ReadonlySet<string> = new Set(["»", "”", '"', "’", "'", "）", ")", "]"]);
/** What may open a sentence: a capital, a digit, an opening quote or a dialogue dash. */
const OPENER = /^[\p{Lu}\d«“"„‘'(¿¡—–-]/u;

/**
 * Splits each paragraph into sentences, from its tokens. A period ends a
 * sentence when the next token can open one, unless the period sits inside
 * a quotation that closes later in the same paragraph. Abbreviations and
 * initials keep their period inside the word token, so they never end one.
 */
export function splitSentences(
  text: string,
  paragraphs: readonly Span[],
  tokens: readonly Token[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  paragraphs.forEach((paragraph, index) => {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= paragraph.end) t++;
    const last = t;
    let quotes: Span[] | null = null;
    let sentenceStart = paragraph.start;
    for (let i = first; i < last; i++) {
      const token = tokens[i]!;
      if (token.kind !== "punct" || !TERMINALS.has(token.text)) continue;
      let end = i;
      while (end + 1 < last && (TERMINALS.has(tokens[end + 1]!.text) || closesHere(text, tokens, end + 1, last))) end++;
      if (end + 1 >= last) break;
      const next = tokens[end + 1]!;
      if (!OPENER.test(next.text)) continue;
      const boundary = tokens[end]!.end;
      // Quotation regions are found only in paragraphs that have a candidate boundary.
      quotes ??= findQuoteRegions(text, paragraph.start, paragraph.end);
      if (quotes.some((q) => q.start < token.start && boundary < q.end)) continue;
      sentences.push(sentence(text, sentenceStart, boundary, index));
      sentenceStart = next.start;
      i = end;
    }
    sentences.push(sentence(text, sentenceStart, paragraph.end, index));
  });
  return sentences;
}

// A straight quote after a terminal closes the sentence unless it is detached from it and
// clings to the next word: `parti. "Nous` opens a quotation there, `parti." Nous` closes one.
function closesHere(text: string, tokens: readonly Token[], i: number, last: number): boolean {
  const token = tokens[i]!;
  if (!CLOSERS.has(token.text)) return false;
  if (token.text !== '"' && token.text !== "'") return true;
  const detached = token.start > tokens[i - 1]!.end;
  const clings = i + 1 < last && tokens[i + 1]!.start === token.end;
  return !(detached && clings);
}

function sentence(text: string, start: number, end: number, paragraph: number): Sentence {
  return { start, end, text: text.slice(start, end), paragraph };
}
