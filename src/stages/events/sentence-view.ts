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
// The lower-cased text too: a sentence a pronoun looks back to is read for its names only.
class LazyView implements SentenceView {
  private readonly infos: (WordInfo | undefined)[];
  private lowered: string | undefined = undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly words: readonly Word[],
    private readonly text: string,
    private readonly lookup: WordLookup,
  ) {
    this.infos = new Array<WordInfo | undefined>(words.length).fill(undefined);
  }

  get low(): string {
    return (this.lowered ??= lowerSameLength(this.text));
  }

  info(i: number): WordInfo {
    return (this.infos[i] ??= this.lookup(this.words[i]!.text));
  }
}

/** A document's sentences, each a range of its tokens, viewed as words on demand. */
export interface SentenceIndex {
  tokens: readonly Token[];
  /** Per sentence, its first token and one past its last. */
  tokenFrom: readonly number[];
  tokenTo: readonly number[];
  /** Per sentence, the index (in the sentence) of its first token that the index's `marks` accepts, or -1. */
  firstMarked: readonly number[];
  /** The sentence as words, built on first use. */
  view(index: number): SentenceView;
}

/**
 * Indexes a document's tokens by sentence, once, and finds each sentence's first
 * token that `marks` accepts in the same pass. Views are built only for the
 * sentences that need them: most sentences hold no trigger and never do.
 */
export function indexSentences(doc: VeilleDocument, lookup: WordLookup, marks: (token: Token) => boolean): SentenceIndex {
  const tokens = doc.layers.tokens;
  const sentences = doc.layers.sentences;
  // Plain arrays, not typed ones: a few dozen numbers per document, where a typed array's buffer costs more.
  const tokenFrom: number[] = [];
  const tokenTo: number[] = [];
  const firstMarked: number[] = [];
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
    const from = k;
    tokenFrom.push(from);
    let first = -1;
    // A token that straddles the sentence's end belongs to neither sentence.
    for (; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.end > sentence.end) break;
      if (first < 0 && marks(t)) first = k - from;
    }
    tokenTo.push(k);
    firstMarked.push(first);
  }
  const views: (SentenceView | undefined)[] = new Array(sentences.length);
  const view = (index: number): SentenceView => {
    let v = views[index];
    if (v) return v;
    const s = sentences[index]!;
    v = new LazyView(index, s.start, s.end, tokens.slice(tokenFrom[index]!, tokenTo[index]!), s.text, lookup);
    views[index] = v;
    return v;
  };
  return { tokens, tokenFrom, tokenTo, firstMarked, view };
}
