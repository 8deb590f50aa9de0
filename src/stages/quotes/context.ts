import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import type { Span } from "../../model/span.js";
import type { Quotation } from "./find-quotations.js";
import type { QuotesLexicon } from "./types.js";

/** What every matcher of the quotes stage reads: the document, its tokens by sentence, and the locale's lexicon. */
export interface QuoteContext {
  doc: VeilleDocument;
  text: string;
  tokens: readonly Token[];
  /** Lower-cased token texts, apostrophes made straight. */
  lower: readonly string[];
  lex: QuotesLexicon;
  /** For each sentence, its first token and one past its last. */
  sentenceTokens: readonly [number, number][];
  /** Sentence index of each token. */
  tokenSentence: readonly number[];
  quotations: readonly Quotation[];
}

/** A noun phrase taken as the speaker of a report, before it is resolved. */
export interface SpeakerPhrase extends Span {
  /** The person or source name inside it ("Dmitri Peskov" in "le porte-parole du Kremlin, Dmitri Peskov"). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** A bare subject pronoun, with its number. */
  pronoun: "s" | "p" | null;
  plural: boolean;
  /** A definite role noun with no name ("le porte-parole"), to resolve to the person who holds it. */
  role: string | null;
  /** Whether the name looks like a person's or an institution's proper name rather than a description. */
  proper: boolean;
  /** Role nouns that the phrase states for the name ("porte-parole" for Peskov). */
  roles: string[];
}

/** A reporting verb group found in the text. */
export interface CueGroup {
  /** First and last token of the verb group. */
  first: number;
  last: number;
  /** Token of the reporting verb itself. */
  head: number;
  lemma: string;
  tags: string;
  sentence: number;
  negated: boolean;
  /** Subject pronoun fused with the verb ("dit-elle"): its span. */
  inverted: Span | null;
}

/** Builds the shared context of the quotes stage. */
export function buildContext(doc: VeilleDocument, lex: QuotesLexicon, quotations: readonly Quotation[]): QuoteContext {
  const tokens = doc.layers.tokens;
  const sentences = doc.layers.sentences;
  const tokenSentence = new Array<number>(tokens.length).fill(-1);
  const sentenceTokens: [number, number][] = [];
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) tokenSentence[t++] = s;
    sentenceTokens.push([first, t]);
  }
  return {
    doc,
    text: doc.text,
    tokens,
    lower: tokens.map((k) => {
      const w = k.text.toLowerCase();
      return w.includes("’") ? w.replace(/’/g, "'") : w;
    }),
    lex,
    sentenceTokens,
    tokenSentence,
    quotations,
  };
}

/** Index of the first token that starts at or after an offset. */
export function tokenAtOrAfter(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a token is a word that starts with a capital letter. */
export function isCapitalized(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** The quotation that covers an offset, if any. */
export function quotationAt(ctx: QuoteContext, offset: number): Quotation | undefined {
  // Outermost quotations do not overlap: the last one that starts at or before the offset is the only candidate.
  const qs = ctx.quotations;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const q = qs[lo - 1];
  return q && offset < q.end ? q : undefined;
}

/** Cues grouped by sentence, in text order. */
export function cuesBySentence<T extends { sentence: number }>(cues: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const cue of cues) {
    const list = map.get(cue.sentence);
    if (list) list.push(cue);
    else map.set(cue.sentence, [cue]);
  }
  return map;
}

/** Counts the words of a stretch of text. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
