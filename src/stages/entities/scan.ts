import type { CalendarLexicon } from "../../locales/calendar.js";
import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { gazetteerFor, type Gazetteer } from "./gazetteer.js";
import type { EntitiesLexicon } from "./types.js";

/** Everything the matchers read about a document, computed once per analysis. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** Lower-cased, apostrophe-normalised token texts. */
  low: readonly string[];
  /** Whether each token is a word that starts with a capital. */
  cap: readonly boolean[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** First and one-past-last token index of each sentence. */
  sentenceTokens: readonly [number, number][];
  /** Whether each token opens a sentence, a quotation or a clause after a dash or colon. */
  opens: readonly boolean[];
  /** Whether each token lies inside a short quotation (a title of a show, a book, a slogan). */
  inShortQuote: readonly boolean[];
  /** Whether each token lies inside any quotation marks: speech, where "il" and "he" are the speaker's words. */
  inQuote: readonly boolean[];
  /** Word forms seen in lower case somewhere in the text. */
  lowerForms: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  lex: EntitiesLexicon;
  gaz: Gazetteer;
}

const OPENERS = /^[«“"‘(\[—–\-:]$/u;
const QUOTE_OPEN = new Set(["«", "“", "‘"]);
const QUOTE_CLOSE = new Set(["»", "”", "’"]);
// A quotation of at most this many words is a title or a slogan, not a statement.
const SHORT_QUOTE_WORDS = 6;

/** Builds the per-document look-up tables. */
export function scanDocument(doc: VeilleDocument, lex: EntitiesLexicon, calendar: CalendarLexicon): Scan {
  const tokens = doc.layers.tokens;
  // Tokens hold no spaces: lower-casing and unifying apostrophes is all the normalising they need.
  const low = tokens.map((t) => t.text.toLowerCase().replace(/[’ʼ]/g, "'"));
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens: [number, number][] = [];
  let k = 0;
  doc.layers.sentences.forEach((s, si) => {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.end <= s.end) sentenceOf[k++] = si;
    sentenceTokens.push([first, k]);
  });
  const opens = tokens.map((t, i) => {
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) return true;
    const prev = tokens[i - 1]!;
    if (OPENERS.test(prev.text)) return true;
    // A line break inside a "sentence" (headline, list item) opens a new clause too.
    return /\n/.test(doc.text.slice(prev.end, t.start));
  });
  const lowerForms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" && /^\p{Ll}/u.test(t.text)) lowerForms.add(low[i]!);
  }
  return {
    text: doc.text,
    tokens,
    low,
    cap: tokens.map((t) => t.kind === "word" && /^\p{Lu}/u.test(t.text)),
    sentenceOf,
    sentenceTokens,
    opens,
    ...markQuotes(tokens),
    lowerForms,
    calendar: new Set(calendar.months.flat().concat(calendar.weekdays.flat())),
    lex,
    gaz: gazetteerFor(lex),
  };
}

function markQuotes(tokens: readonly Token[]): { inShortQuote: boolean[]; inQuote: boolean[] } {
  const marks = new Array<boolean>(tokens.length).fill(false);
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  let open = -1;
  let straight = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (QUOTE_OPEN.has(t) && !(t === "’" && open < 0)) {
      open = i;
    } else if (QUOTE_CLOSE.has(t) && open >= 0) {
      markIfShort(tokens, marks, open, i);
      inQuote.fill(true, open + 1, i);
      open = -1;
    } else if (t === '"') {
      if (straight < 0) straight = i;
      else {
        markIfShort(tokens, marks, straight, i);
        inQuote.fill(true, straight + 1, i);
        straight = -1;
      }
    }
  }
  return { inShortQuote: marks, inQuote };
}

function markIfShort(tokens: readonly Token[], marks: boolean[], from: number, to: number): void {
  let words = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" || t.kind === "number") words++;
    // A quotation with a sentence end or a clause is speech, however short.
    if (/^[.!?;]$/.test(t.text)) return;
  }
  if (words === 0 || words > SHORT_QUOTE_WORDS) return;
  for (let i = from + 1; i < to; i++) marks[i] = true;
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(scan: Scan, i: number): boolean {
  return scan.cap[i] === true;
}

/** Whether a token is an acronym: two to six capitals, maybe with digits or "&". */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether a token is one initial ("J.", "U."). */
export function isInitial(text: string): boolean {
  return /^\p{Lu}\.$/u.test(text);
}

/** Whether a token is all capitals and long: a shouted headline word, not a name. */
export function isShouted(text: string): boolean {
  return text.length > 6 && text === text.toUpperCase() && /\p{Lu}{4}/u.test(text);
}

/** Whether a lower-cased word is a demonym of this language ("russe", "ukrainiennes", "american"). */
export function isDemonym(scan: Scan, lowWord: string): boolean {
  return scan.gaz.demonyms.has(lowWord);
}

/** Whether a lower-case word looks like an adjective by its ending (French-style names). */
export function looksAdjective(scan: Scan, lowWord: string): boolean {
  if (isDemonym(scan, lowWord)) return true;
  return scan.lex.adjectiveSuffixes.some((s) => lowWord.length > s.length + 2 && lowWord.endsWith(s));
}
