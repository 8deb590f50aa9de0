import type { Token } from "../../model/annotations.js";
import type { QuotesLexicon } from "./types.js";
import { verbTable } from "./verb-table.js";
import { headKeyAt, indexOfKeyed, tailKeyAt, wordIndex, type WordIndex } from "./word-index.js";

/** What one pass over a document's tokens reads for every matcher. */
export interface TokenReadings {
  /** Lower-cased token texts, apostrophes made straight. */
  lower: string[];
  /** Per token: -1 when it has no reporting-verb reading, else 1 + the reading's index. */
  verbs: Int32Array;
  /** Words that may head a verb group: a reporting-verb form, or a hyphenated word where the locale fuses pronouns ("dit-il"). */
  cueTokens: number[];
  /** Tokens that are the first word of a source phrase ("selon", "according"). */
  sourceTokens: number[];
}

/** Per Latin-1 character: 1 when lower-casing keeps it, 2 for the hyphen (kept too), 0 when lower-casing changes it. */
const LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  LATIN1[c] = c === 45 ? 2 : ch.toLowerCase() === ch ? 1 : 0;
}

const SOURCE_FIRSTS = new WeakMap<QuotesLexicon, WordIndex>();

/** The first words of a lexicon's source phrases, both kinds. */
function sourceFirsts(lex: QuotesLexicon): WordIndex {
  let found = SOURCE_FIRSTS.get(lex);
  if (!found) {
    found = wordIndex([...lex.according, ...lex.forSource].map((p) => p[0]!));
    SOURCE_FIRSTS.set(lex, found);
  }
  return found;
}

/**
 * Reads every token once: its lower-case form, its reporting-verb reading,
 * and whether a verb group or a source phrase may start there. The
 * matchers then visit only those few tokens, not the whole document again.
 */
export function readTokens(text: string, tokens: readonly Token[], lex: QuotesLexicon): TokenReadings {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const verbs = new Int32Array(n);
  const cueTokens: number[] = [];
  const sourceTokens: number[] = [];
  const table = verbTable(lex);
  const firsts = sourceFirsts(lex);
  const inversion = lex.inversion !== null;
  // The whole text lower-cased in one native call, made when a token first needs it.
  let low: string | null = null;
  let perToken = false;
  for (let i = 0; i < n; i++) {
    const k = tokens[i]!;
    const end = k.end;
    let changed = false;
    let hyphen = false;
    for (let j = k.start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c > 255) changed = true;
      else {
        const kind = LATIN1[c]!;
        if (kind === 0) changed = true;
        else if (kind === 2) hyphen = true;
      }
    }
    let w = k.text;
    // The lexicon keys come off the text (or its lower-cased copy), read in order, rather than off each token's own string.
    let keySource = text;
    let keyStart = k.start;
    let keyEnd = end;
    if (changed) {
      if (low === null) {
        low = text.toLowerCase();
        // Slices of it are each token lower-cased unless lowering changes a length ("İ") or looks at
        // the next letter (Greek final sigma): then each token is lowered on its own.
        perToken = low.length !== text.length || text.indexOf("Σ") >= 0;
        if (!perToken && low.indexOf("’") >= 0) low = low.replace(/’/g, "'");
      }
      if (perToken) {
        w = w.toLowerCase();
        if (w.indexOf("’") >= 0) w = w.replace(/’/g, "'");
        keySource = w;
        keyStart = 0;
        keyEnd = w.length;
      } else {
        w = low.slice(k.start, end);
        keySource = low;
      }
    }
    lower[i] = w;
    const head = headKeyAt(keySource, keyStart, keyEnd);
    const tail = tailKeyAt(keySource, keyStart, keyEnd);
    const reading = indexOfKeyed(table.forms, w, head, tail);
    verbs[i] = reading < 0 ? -1 : reading + 1;
    if (k.kind === "word" && (reading >= 0 || (hyphen && inversion))) cueTokens.push(i);
    if (indexOfKeyed(firsts, w, head, tail) >= 0) sourceTokens.push(i);
  }
  return { lower, verbs, cueTokens, sourceTokens };
}
