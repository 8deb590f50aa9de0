import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";

/** One token of a sentence with its lower-cased, apostrophe-normalised text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  low: string;
  kind: Token["kind"];
}

/** A sentence seen as words, with its lower-cased text for cue regexes. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
  /** The sentence's text lower-cased, same length as the original, apostrophes as `'`. */
  low: string;
}

/** Lower-cases and normalises apostrophes without changing the length (so offsets stay valid). */
export function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  const base = low.length === text.length ? low : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
  return base.replace(/[’ʼ‘]/g, "'");
}

/** Splits a document's tokens by sentence, once. */
export function sentenceViews(doc: VeilleDocument): SentenceView[] {
  const tokens = doc.layers.tokens;
  let k = 0;
  return doc.layers.sentences.map((s, index) => {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const words: Word[] = [];
    while (k < tokens.length && tokens[k]!.end <= s.end) {
      const t = tokens[k++]!;
      words.push({ start: t.start, end: t.end, text: t.text, low: lowerSameLength(t.text), kind: t.kind });
    }
    return { index, start: s.start, end: s.end, words, low: lowerSameLength(s.text) };
  });
}
