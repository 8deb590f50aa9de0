import type { Sentence, Token } from "../../model/annotations.js";
import type { Span } from "../../model/span.js";
import { findQuoteRegions } from "./quote-regions.js";

const TERMINAL = /^(?:[.!?…]|\.{3})$/;
const CLOSERS = /^[»”"’'）)\]]$/;
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
    const inParagraph = tokens.slice(first, t);
    const quotes = findQuoteRegions(text, paragraph.start, paragraph.end);
    let sentenceStart = paragraph.start;
    for (let i = 0; i < inParagraph.length; i++) {
      const token = inParagraph[i]!;
      if (!TERMINAL.test(token.text)) continue;
      let last = i;
      while (last + 1 < inParagraph.length && (TERMINAL.test(inParagraph[last + 1]!.text) || CLOSERS.test(inParagraph[last + 1]!.text))) last++;
      const next = inParagraph[last + 1];
      if (!next) break;
      if (!OPENER.test(next.text)) continue;
      const boundary = inParagraph[last]!.end;
      if (quotes.some((q) => q.start < token.start && boundary < q.end)) continue;
      sentences.push(sentence(text, sentenceStart, boundary, index));
      sentenceStart = next.start;
      i = last;
    }
    sentences.push(sentence(text, sentenceStart, paragraph.end, index));
  });
  return sentences;
}

function sentence(text: string, start: number, end: number, paragraph: number): Sentence {
  return { start, end, text: text.slice(start, end), paragraph };
}
