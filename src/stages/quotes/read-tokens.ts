import type { Token } from "../../model/annotations.js";
import type { Span } from "../../model/span.js";
import type { QuotesLexicon } from "./types.js";
import { verbTable } from "./verb-table.js";
import { HASH_START, hashOf, hashStep, indexOfHashed, wordIndex, type WordIndex } from "./word-index.js";

/** What one pass over a document's tokens reads for every matcher. */
export interface TokenReadings {
  /** Lower-cased token texts, apostrophes made straight. */
  lower: string[];
  /** Per token: -1 when it has no reporting-verb reading, else 1 + the reading's index. */
  verbs: Int32Array;
  /** Per token: 1 when it is a word that starts with a capital letter, else 0. */
  capitals: Int8Array;
  /** Sentence index of each token (-1 outside every sentence). */
  tokenSentence: Int32Array;
  /** For each sentence, its first token and one past its last. */
  sentenceTokens: [number, number][];
  /** Words that may head a verb group: a reporting-verb form, or a hyphenated word where the locale fuses pronouns ("dit-il"). */
  cueTokens: number[];
  /** Tokens that are the first word of a source phrase ("selon", "according"). */
  sourceTokens: number[];
}

/** Per Latin-1 character: what lower-casing makes of it (Latin-1 letters lower to Latin-1 letters). */
const LOWER_LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) LOWER_LATIN1[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

const HYPHEN = 0x2d;
const CURLY_APOSTROPHE = 0x2019;
const APOSTROPHE = 0x27;
const UPPER_START = /^\p{Lu}/u;

/** The words a token is looked up among: reporting-verb forms and first words of source phrases, each with what it is. */
interface TokenLexicon {
  words: WordIndex;
  /** Per word: -1, or the index of its reading in the verb table. */
  readings: Int32Array;
  /** Per word: 1 when it opens a source phrase. */
  sources: Uint8Array;
}

const TOKEN_LEXICONS = new WeakMap<QuotesLexicon, TokenLexicon>();

/** A lexicon's verb forms and source-phrase first words in one table, so that a token needs one look-up. */
function tokenLexicon(lex: QuotesLexicon): TokenLexicon {
  let found = TOKEN_LEXICONS.get(lex);
  if (!found) {
    const forms = verbTable(lex).forms;
    const all = new Map<string, { reading: number; source: boolean }>();
    for (let slot = 0; slot < forms.marks.length; slot++) {
      if (forms.marks[slot] !== 0) all.set(forms.words[slot]!, { reading: forms.ids[slot]!, source: false });
    }
    for (const phrase of [...lex.according, ...lex.forSource]) {
      const first = phrase[0]!;
      all.set(first, { reading: all.get(first)?.reading ?? -1, source: true });
    }
    const entries = [...all];
    found = {
      words: wordIndex(entries.map(([w]) => w)),
      readings: Int32Array.from(entries, ([, e]) => e.reading),
      sources: Uint8Array.from(entries, ([, e]) => (e.source ? 1 : 0)),
    };
    TOKEN_LEXICONS.set(lex, found);
  }
  return found;
}

/** Lower-cased one-character tokens beyond Latin-1 (« » — …), by character: most articles have many and few kinds. */
const LOWER_SINGLE = new Map<string, string>();

/**
 * A token lower-cased, curly apostrophes made straight. Token by token gives
 * what slicing the lower-cased text gave: only the Greek sigma lowers by its
 * context, and where the text held one, tokens were lowered alone there too.
 */
function lowerToken(w: string, curly: boolean): string {
  if (curly) return w.replace(/’/g, "'").toLowerCase();
  if (w.length !== 1) return w.toLowerCase();
  let found = LOWER_SINGLE.get(w);
  if (found === undefined) {
    found = w.toLowerCase();
    // Bounded: at most one entry per UTF-16 code unit.
    LOWER_SINGLE.set(w, found);
  }
  return found;
}

/**
 * Reads every token once: its sentence, its lower-case form, whether it is
 * capitalised, its reporting-verb reading, and whether a verb group or a
 * source phrase may start there. The matchers then visit only those few
 * tokens, not the whole document again.
 */
export function readTokens(text: string, tokens: readonly Token[], sentences: readonly Span[], lex: QuotesLexicon): TokenReadings {
  const n = tokens.length;
  const lower = new Array<string>(n);
  // The per-token numbers share one buffer: one allocation, and none of it on the young heap, where the
  // pipeline's freshly made layers wait to be copied by every collection that more garbage would bring on.
  const buffer = new ArrayBuffer(n * 9);
  const tokenSentence = new Int32Array(buffer, 0, n);
  const verbs = new Int32Array(buffer, n * 4, n);
  const capitals = new Int8Array(buffer, n * 8, n);
  const sentenceTokens: [number, number][] = [];
  // The sentence the next tokens may fall in, and its first token once one starts inside it (-1 before).
  let s = 0;
  let first = -1;
  const cueTokens: number[] = [];
  const sourceTokens: number[] = [];
  const { words, readings, sources } = tokenLexicon(lex);
  const inversion = lex.inversion !== null;
  for (let i = 0; i < n; i++) {
    const k = tokens[i]!;
    const start = k.start;
    const end = k.end;
    // Sentences are met in order, as tokens are: a token belongs to the one that holds it whole, else to none.
    for (;;) {
      const sentence = sentences[s];
      if (sentence === undefined) {
        tokenSentence[i] = -1;
        break;
      }
      if (first < 0) {
        if (start < sentence.start) {
          tokenSentence[i] = -1;
          break;
        }
        first = i;
      }
      if (end <= sentence.end) {
        tokenSentence[i] = s;
        break;
      }
      sentenceTokens.push([first, i]);
      s++;
      first = -1;
    }
    // One read of each character: whether lowering changes the token, and the hash of its lowered form.
    let h = HASH_START;
    let changed = false;
    let hyphen = false;
    let curly = false;
    let beyondLatin1 = false;
    for (let j = start; j < end; j++) {
      let c = text.charCodeAt(j);
      if (c < 256) {
        const l = LOWER_LATIN1[c]!;
        if (l !== c) {
          changed = true;
          c = l;
        } else if (c === HYPHEN) hyphen = true;
      } else {
        changed = true;
        if (c === CURLY_APOSTROPHE) {
          curly = true;
          c = APOSTROPHE;
        } else beyondLatin1 = true;
      }
      h = hashStep(h, c);
    }
    let w = k.text;
    if (changed) {
      w = lowerToken(w, curly);
      // Lowering beyond Latin-1 is the native call's: hash what it made.
      if (beyondLatin1) h = hashOf(w);
    }
    lower[i] = w;
    const word = k.kind === "word";
    const c = text.charCodeAt(start);
    // In Latin-1 the capitals are exactly the letters that lower-casing changes.
    capitals[i] = word && (c < 256 ? LOWER_LATIN1[c] !== c : UPPER_START.test(k.text)) ? 1 : 0;
    const id = w.length === 0 ? -1 : indexOfHashed(words, w, h);
    const reading = id < 0 ? -1 : readings[id]!;
    verbs[i] = reading < 0 ? -1 : reading + 1;
    if (word && (reading >= 0 || (hyphen && inversion))) cueTokens.push(i);
    if (id >= 0 && sources[id] === 1) sourceTokens.push(i);
  }
  // Sentences the tokens did not reach: the one begun, then empty ones at the end.
  for (; s < sentences.length; s++, first = -1) sentenceTokens.push([first < 0 ? n : first, n]);
  return { lower, verbs, capitals, tokenSentence, sentenceTokens, cueTokens, sourceTokens };
}
