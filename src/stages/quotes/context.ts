import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import type { Span } from "../../model/span.js";
import type { Quotation } from "./find-quotations.js";
import type { SourceState } from "./match-according.js";
import { readTokens } from "./read-tokens.js";
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
  /** Sentence index of each token (-1 outside every sentence). */
  tokenSentence: Int32Array;
  quotations: readonly Quotation[];
  /** Per token: 1 when it is a capitalised word, else 0 (see isCapitalized). */
  capitals: Int8Array;
  /** Per token: -1 when it has no reporting-verb reading, else 1 + the reading's index (see verbAt). */
  verbs: Int32Array;
  /** Words that may head a verb group, in text order (see readTokens). */
  cueTokens: readonly number[];
  /** Tokens that are the first word of a source phrase, in text order. */
  sourceTokens: readonly number[];
  /** What matchers learn about this document as they go: kept here, not in module-level weak maps, which cost a table entry per document. */
  memo: ContextMemo;
}

/** Per-document findings that several matchers ask for again and again. */
export interface ContextMemo {
  /** Per phrase list, the source phrases found so far (see match-according). */
  sources: Map<readonly (readonly string[])[], SourceState>;
  /** Per sentence: 1 when it is a title-case headline, 0 when not, -1 until asked (see find-cues); made when first asked. */
  titleCase: number[] | null;
  /** The document's cue groups by sentence, and the list they were grouped from (see cuesOfSentences). */
  cuesBySentence: { cues: readonly CueGroup[]; map: Map<number, CueGroup[]> } | null;
}

/** A noun phrase taken as the speaker of a report, before it is resolved. */
export interface SpeakerPhrase extends Span {
  /** The person or source name inside it ("Léa Marchand" in "la porte-parole de la mairie, Léa Marchand"). */
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
  /** Role nouns that the phrase states for the name ("porte-parole" for Léa Marchand). */
  roles: string[];
  /** For a relative pronoun subject ("…, who said"), the phrase it stands for. */
  antecedent?: SpeakerPhrase;
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
  const { lower, verbs, capitals, tokenSentence, sentenceTokens, cueTokens, sourceTokens } = readTokens(doc.text, tokens, doc.layers.sentences, lex);
  return {
    doc,
    text: doc.text,
    tokens,
    lower,
    lex,
    sentenceTokens,
    tokenSentence,
    quotations,
    capitals,
    verbs,
    cueTokens,
    sourceTokens,
    memo: { sources: new Map(), titleCase: null, cuesBySentence: null },
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
  // Read with every token's other readings (see readTokens): speaker readers ask it of the same tokens again and again.
  return ctx.capitals[i] === 1;
}

/** How many tokens a dateline may take before its dash ("SAINT-DENIS, La Réunion, 3 mars (AFP) -"). */
const MAX_DATELINE = 14;
/** Dashes that close a dateline. */
const DATELINE_DASHES = new Set(["-", "–", "—"]);

/**
 * The first token of a sentence's own words: past a dateline that opens it
 * ("RENNES, 3 février (AFP) - …", "LAUSANNE, Switzerland (AP) — …"), whose
 * place in capitals is no subject and whose words are no reported content.
 */
export function afterDateline(ctx: QuoteContext, lo: number, hi: number): number {
  const first = ctx.tokens[lo];
  // A dateline's place is all capitals: "RENNES", "LOS ANGELES"; a sentence's first word is not.
  if (!first || first.kind !== "word" || first.text.length < 2 || first.text !== first.text.toUpperCase() || ctx.lower[lo] === first.text) return lo;
  for (let k = lo + 1; k < hi && k - lo <= MAX_DATELINE; k++) {
    if (DATELINE_DASHES.has(ctx.lower[k]!)) return k + 1 < hi ? k + 1 : lo;
    if (/^[.;:!?«»“”"]$/.test(ctx.lower[k]!)) return lo;
  }
  return lo;
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

/** The cue groups of a document by sentence, grouped once for every matcher that asks. */
export function cuesOfSentences(ctx: QuoteContext, cues: readonly CueGroup[]): Map<number, CueGroup[]> {
  const memo = ctx.memo.cuesBySentence;
  if (memo && memo.cues === cues) return memo.map;
  const map = cuesBySentence(cues);
  ctx.memo.cuesBySentence = { cues, map };
  return map;
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

/**
 * Counts the words of a stretch of text (of `text` from `start` to `end`, to
 * spare a slice), stopping at `atMost`: callers compare the count with a
 * small threshold, and a long report need not be read to its end.
 */
export function wordCount(text: string, start = 0, end = text.length, atMost = Infinity): number {
  // One pass, no match arrays: a word starts at a letter or digit that does not follow one (or an inner ' ’ -).
  const to = Math.min(end, text.length);
  let n = 0;
  let inWord = false;
  for (let i = Math.max(0, start); i < to; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c, text, i)) {
      if (!inWord && ++n >= atMost) return n;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45) && i + 1 < to && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      // "aujourd'hui", "well-known": one word.
    } else {
      inWord = false;
    }
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per Latin-1 character, whether it is a letter or a digit. */
const LATIN1_WORD = new Uint8Array(256);
for (let c = 0; c < 256; c++) LATIN1_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 256) return LATIN1_WORD[c] === 1;
  return WORD_CHAR.test(text[i]!);
}
