import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import type { WordInfo, WordLookup } from "./word-info.js";

/** One token of a sentence, as the document has it; its lower-cased text is `view.info(i).low`. */
export type Word = Token;

/** A sentence seen as words, with its lower-cased text for cue regexes. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  /** The sentence's tokens, as they are in the document. */
  words: readonly Word[];
  /** What the lexicon says about the word at this index, its lower-cased text included (looked up on first use). */
  info(i: number): WordInfo;
  /** The sentence's text lower-cased, same length as the original, apostrophes as `'`. */
  low: string;
}

const APOSTROPHES = /[’ʼ‘]/g;

/** Lower-cases and normalises apostrophes without changing the length (so offsets stay valid). */
export function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  const base = low.length === text.length ? low : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
  return base.replace(APOSTROPHES, "'");
}

// Most words of a sentence are never read beyond their token: their information is looked up on demand.
class LazyView implements SentenceView {
  private readonly infos: (WordInfo | undefined)[];

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly words: readonly Word[],
    readonly low: string,
    private readonly lookup: WordLookup,
  ) {
    this.infos = new Array<WordInfo | undefined>(words.length).fill(undefined);
  }

  info(i: number): WordInfo {
    return (this.infos[i] ??= this.lookup(this.words[i]!.text));
  }
}

/** A document's sentences, each a range of its tokens, viewed as words on demand. */
export interface SentenceIndex {
  tokens: readonly Token[];
  /** Per sentence, its first token and one past its last. */
  tokenFrom: Int32Array;
  tokenTo: Int32Array;
  /** The sentence as words, built on first use. */
  view(index: number): SentenceView;
}

/**
 * Indexes a document's tokens by sentence, once. Views are built only for the
 * sentences that need them: most sentences hold no trigger and never do.
 */
export function indexSentences(doc: VeilleDocument, lookup: WordLookup): SentenceIndex {
  const tokens = doc.layers.tokens;
  const sentences = doc.layers.sentences;
  const tokenFrom = new Int32Array(sentences.length);
  const tokenTo = new Int32Array(sentences.length);
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
    tokenFrom[s] = k;
    // A token that straddles the sentence's end belongs to neither sentence.
    while (k < tokens.length && tokens[k]!.end <= sentence.end) k++;
    tokenTo[s] = k;
  }
  const views: (SentenceView | undefined)[] = new Array(sentences.length);
  const view = (index: number): SentenceView => {
    let v = views[index];
    if (v) return v;
    const s = sentences[index]!;
    v = new LazyView(index, s.start, s.end, tokens.slice(tokenFrom[index]!, tokenTo[index]!), lowerSameLength(s.text), lookup);
    views[index] = v;
    return v;
  };
  return { tokens, tokenFrom, tokenTo, view };
}
