import type { CalendarLexicon } from "../../locales/calendar.js";
import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { gazetteerFor, normalizeName, type Gazetteer } from "./gazetteer.js";
import type { EntitiesLexicon } from "./types.js";

/** Everything the matchers read about a document, computed once per analysis. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** Lower-cased, apostrophe-normalised token texts. */
  low: readonly string[];
  /** The whole text lower-cased with apostrophes unified, offset for offset; null when lower-casing changes its length. */
  lowText: string | null;
  /** Whether each token is a word that starts with a capital. */
  cap: Uint8Array;
  /** Memo of the name-token test per token: 0 not asked yet, 1 yes, 2 no. */
  nameTokens: Uint8Array;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** First and one-past-last token index of each sentence. */
  sentenceTokens: readonly [number, number][];
  /** Whether each sentence is a title-case line (a headline, a list of names). */
  headline: Uint8Array;
  /** Whether each token opens a sentence, a quotation or a clause after a dash or colon. */
  opens: Uint8Array;
  /** Whether each token lies inside a short quotation (a title of a show, a book, a slogan). */
  inShortQuote: Uint8Array;
  /** Whether each token lies inside any quotation marks: speech, where "il" and "he" are the speaker's words. */
  inQuote: Uint8Array;
  /** Word forms seen in lower case somewhere in the text (only those also seen capitalised are kept). */
  lowerForms: WordSet;
  /** Word forms seen capitalised inside a sentence of running text (not its first word, not a headline). */
  bodyCaps: WordSet;
  calendar: ReadonlySet<string>;
  lex: EntitiesLexicon;
  gaz: Gazetteer;
}

/** A set of lower-cased word forms that is only asked about, built when first asked. */
export interface WordSet {
  has(word: string): boolean;
}

const SENTENCE_END = new Set([".", "!", "?", "…", "»", "”", '"', ":", ";"]);
// A quotation of at most this many words is a title or a slogan, not a statement.
const SHORT_QUOTE_WORDS = 6;
const calendarSets = new WeakMap<CalendarLexicon, ReadonlySet<string>>();

function calendarSet(calendar: CalendarLexicon): ReadonlySet<string> {
  let set = calendarSets.get(calendar);
  if (!set) {
    set = new Set(calendar.months.flat().concat(calendar.weekdays.flat()).map((w) => w.toLowerCase()));
    calendarSets.set(calendar, set);
  }
  return set;
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(s.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(s.codePointAt(0)!);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Builds the per-document look-up tables. */
export function scanDocument(doc: VeilleDocument, lex: EntitiesLexicon, calendar: CalendarLexicon): Scan {
  const tokens = doc.layers.tokens;
  const text = doc.text;
  const n = tokens.length;
  const low = new Array<string>(n);
  // One buffer for the per-token and per-sentence flags: each typed array outside the heap costs an allocation.
  const sentences = doc.layers.sentences;
  const buffer = new ArrayBuffer(n * 9 + sentences.length);
  const sentenceOf = new Int32Array(buffer, 0, n).fill(-1);
  const cap = new Uint8Array(buffer, n * 4, n);
  const opens = new Uint8Array(buffer, n * 5, n);
  const inShortQuote = new Uint8Array(buffer, n * 6, n);
  const inQuote = new Uint8Array(buffer, n * 7, n);
  const nameTokens = new Uint8Array(buffer, n * 8, n);
  const headline = new Uint8Array(buffer, n * 9, sentences.length);
  const sentenceTokens: [number, number][] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < n && tokens[k]!.start < s.start) k++;
    const first = k;
    while (k < n && tokens[k]!.end <= s.end) sentenceOf[k++] = sentenceTokens.length;
    sentenceTokens.push([first, k]);
  }
  // Lower-casing the text once and slicing it is several times cheaper than lower-casing each token;
  // the rare text whose length changes in lower case ("İ") is lower-cased token by token.
  let lowText: string | null = text.toLowerCase();
  if (lowText.length !== text.length) lowText = null;
  else if (lowText.includes("’") || lowText.includes("ʼ")) lowText = lowText.replace(/[’ʼ]/g, "'");
  let prevEnd = 0;
  let prevOpener = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const start = t.start;
    const end = t.end;
    const kind = t.kind;
    if (kind !== "word") {
      low[i] = t.text;
    } else {
      // Tokens hold no spaces: lower-casing and unifying apostrophes is all the normalising they need.
      low[i] = lowText !== null ? lowText.slice(start, end) : t.text.toLowerCase().replace(/[’ʼ]/g, "'");
      if (upperAt(text, start)) cap[i] = 1;
    }
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) opens[i] = 1;
    // A line break inside a "sentence" (headline, list item) opens a new clause too.
    else if (prevOpener || (start > prevEnd && hasLineBreak(text, prevEnd, start))) opens[i] = 1;
    // The openers are one character long, and a token's text is the text between its offsets.
    prevOpener = kind === "punct" && end - start === 1 && isOpener(text.charCodeAt(start));
    prevEnd = end;
  }
  markQuotes(tokens, text, inShortQuote, inQuote);
  for (let si = 0; si < sentenceTokens.length; si++) {
    const [from, to] = sentenceTokens[si]!;
    if (isTitleCase(tokens, cap, low, lex, from, to)) headline[si] = 1;
  }
  return {
    text,
    tokens,
    low,
    lowText,
    cap,
    nameTokens,
    sentenceOf,
    sentenceTokens,
    headline,
    opens,
    inShortQuote,
    inQuote,
    lowerForms: lowerFormsOf(tokens, lowText, low, cap),
    bodyCaps: bodyCapsOf(sentenceTokens, headline, cap, opens, low),
    calendar: calendarSet(calendar),
    lex,
    gaz: gazetteerFor(lex),
  };
}

// The characters after which a token opens a clause: « “ " ‘ ( [ — – - :
function isOpener(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 34 || c === 0x2018 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58;
}

// Same test as startsUpper, on the text at an offset: no token string is read.
function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// Few words are ever asked about (capitalised ones), so the lower-case forms are searched in the
// lower-cased text when asked, rather than every lower-case token being hashed up front.
function lowerFormsOf(tokens: readonly Token[], lowText: string | null, low: readonly string[], cap: Uint8Array): WordSet {
  let capForms: Set<string> | null = null;
  let lowerAll: Set<string> | null = null;
  const answers = new Map<string, boolean>();
  const capitalised = (w: string): boolean => {
    if (capForms === null) {
      capForms = new Set<string>();
      for (let i = 0; i < low.length; i++) {
        if (!cap[i]) continue;
        const f = low[i]!;
        capForms.add(f);
        if (f.endsWith("'s")) capForms.add(f.slice(0, -2));
      }
    }
    return capForms.has(w);
  };
  const lowerToken = (i: number): boolean => tokens[i]!.kind === "word" && !cap[i] && startsLower(tokens[i]!.text);
  return {
    has(w: string): boolean {
      if (w.length === 0 || !capitalised(w)) return false;
      let answer = answers.get(w);
      if (answer !== undefined) return answer;
      answer = false;
      if (lowText === null) {
        if (lowerAll === null) {
          lowerAll = new Set<string>();
          for (let i = 0; i < low.length; i++) if (lowerToken(i)) lowerAll.add(low[i]!);
        }
        answer = lowerAll.has(w);
      } else {
        for (let at = lowText.indexOf(w); at >= 0 && !answer; at = lowText.indexOf(w, at + 1)) {
          const i = tokenStartingAt(tokens, at);
          answer = i >= 0 && tokens[i]!.end === at + w.length && lowerToken(i) && low[i] === w;
        }
      }
      answers.set(w, answer);
      return answer;
    },
  };
}

function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === at ? lo : -1;
}

// Only title-case lines ask about these: most documents never build the set.
function bodyCapsOf(sentenceTokens: readonly [number, number][], headline: Uint8Array, cap: Uint8Array, opens: Uint8Array, low: readonly string[]): WordSet {
  let set: Set<string> | null = null;
  return {
    has(w: string): boolean {
      if (set === null) {
        set = new Set<string>();
        for (let si = 0; si < sentenceTokens.length; si++) {
          if (headline[si]) continue;
          const [from, to] = sentenceTokens[si]!;
          for (let i = from; i < to; i++) if (cap[i] && !opens[i]) set.add(low[i]!);
        }
      }
      return set.has(w);
    },
  };
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 10;
  const at = text.indexOf("\n", from);
  return at >= 0 && at < to;
}

// "How Donald Trump Could Become President": a line without a final stop whose words are mostly capitalised.
function isTitleCase(tokens: readonly Token[], cap: Uint8Array, low: readonly string[], lex: EntitiesLexicon, from: number, to: number): boolean {
  if (to - from < 3) return false;
  // Most sentences are plainly not title case: a cheap count first.
  let all = 0;
  let capsAll = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind !== "word") continue;
    all++;
    capsAll += cap[i]!;
  }
  if (capsAll * 2 < all) return false;
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind !== "word") continue;
    // Short function words stay in lower case in English headlines; they do not count either way.
    if (!cap[i] && (lex.connectors.has(low[i]!) || lex.orgConnectors.has(low[i]!) || lex.stopwords.has(low[i]!))) continue;
    words++;
    if (cap[i]) caps++;
  }
  if (words < 3) return false;
  const ratio = caps / words;
  const stopped = SENTENCE_END.has(tokens[to - 1]!.text);
  return ratio >= 0.95 || (!stopped && ratio >= 0.75);
}

function markQuotes(tokens: readonly Token[], text: string, marks: Uint8Array, inQuote: Uint8Array): void {
  let open = -1;
  let straight = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every quotation mark is one character: longer tokens are skipped without reading their text.
    if (t.kind !== "punct" || t.end - t.start !== 1) continue;
    const c = text.charCodeAt(t.start);
    if (c === 0xab || c === 0x201c || c === 0x2018) {
      open = i;
    } else if ((c === 0xbb || c === 0x201d || c === 0x2019) && open >= 0) {
      markIfShort(tokens, marks, open, i);
      inQuote.fill(1, open + 1, i);
      open = -1;
    } else if (c === 34) {
      if (straight < 0) straight = i;
      else {
        markIfShort(tokens, marks, straight, i);
        inQuote.fill(1, straight + 1, i);
        straight = -1;
      }
    }
  }
}

function markIfShort(tokens: readonly Token[], marks: Uint8Array, from: number, to: number): void {
  if (to - from - 1 > SHORT_QUOTE_WORDS * 2) return;
  let words = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" || t.kind === "number") words++;
    // A quotation with a sentence end or a clause is speech, however short.
    else if (t.text === "." || t.text === "!" || t.text === "?" || t.text === ";") return;
  }
  if (words === 0 || words > SHORT_QUOTE_WORDS) return;
  marks.fill(1, from + 1, to);
}

/** The look-up key of tokens `first..last`: lower-cased words joined by single spaces. */
export function keyOf(scan: Scan, first: number, last: number): string {
  if (first === last) return scan.low[first]!;
  const start = scan.tokens[first]!.start;
  const end = scan.tokens[last]!.end;
  for (let i = first + 1; i <= last; i++) {
    const at = scan.tokens[i - 1]!.end;
    const gap = scan.tokens[i]!.start - at;
    if (gap > 1 || (gap === 1 && scan.text.charCodeAt(at) !== 32)) return normalizeName(scan.text.slice(start, end));
  }
  // One flat string, not a concatenation: it is hashed by every look-up that follows.
  if (scan.lowText !== null) return scan.lowText.slice(start, end);
  const key = scan.text.slice(start, end).toLowerCase();
  return key.includes("’") || key.includes("ʼ") ? key.replace(/[’ʼ]/g, "'") : key;
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(scan: Scan, i: number): boolean {
  return scan.cap[i] === 1;
}

/** Whether a token is an acronym: two to eight capitals, maybe with digits or "&". */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 8) return false;
  const c = text.charCodeAt(1);
  // The second character of an acronym is a capital, a digit or "&": most words fail here.
  if ((c >= 97 && c <= 122) || c === 46) return false;
  if (asciiAcronym(text)) return true;
  return /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

// The common case without a regex: ASCII capitals, digits and "&" after a capital, two capitals at least.
function asciiAcronym(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  let caps = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) caps++;
    else if (!((c >= 48 && c <= 57) || c === 38)) return false;
  }
  return caps >= 2;
}

/** Whether a token is one initial ("J.", "U."). */
export function isInitial(text: string): boolean {
  return text.length === 2 && text[1] === "." && startsUpper(text);
}

/** Whether a token is all capitals and long: a shouted headline word, not a name. */
export function isShouted(text: string): boolean {
  return text.length > 6 && text === text.toUpperCase() && /\p{Lu}{4}/u.test(text);
}

/** Whether a lower-cased word is a demonym of this language ("russe", "ukrainiennes", "american") or an affiliation ("republican"). */
export function isDemonym(scan: Scan, lowWord: string): boolean {
  // The gazetteer holds the affiliations too (with no country), so that this is one look-up.
  return scan.gaz.demonyms.has(lowWord);
}

/** Whether a lower-case word looks like an adjective by its ending (French-style names). */
export function looksAdjective(scan: Scan, lowWord: string): boolean {
  if (isDemonym(scan, lowWord)) return true;
  for (const s of scan.lex.adjectiveSuffixes) if (lowWord.length > s.length + 2 && lowWord.endsWith(s)) return true;
  return false;
}

/** A cheap first test of membership by length and first character, which needs no hashing of the word. */
export interface WordFilter {
  mayHave(word: string): boolean;
}

const filters = new WeakMap<object, WordFilter>();

/** The length-and-first-letter filter of a lexicon set or map, built once per set. */
export function wordFilter(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordFilter {
  let filter = filters.get(words);
  if (!filter) {
    let lengths = 0;
    const firsts = new Uint8Array(256);
    let otherFirst = false;
    for (const w of words.keys()) {
      lengths |= 1 << Math.min(w.length, 31);
      const c = w.charCodeAt(0);
      if (c < 256) firsts[c] = 1;
      else otherFirst = true;
    }
    filter = {
      mayHave(word: string): boolean {
        if ((lengths & (1 << Math.min(word.length, 31))) === 0) return false;
        const c = word.charCodeAt(0);
        return c < 256 ? firsts[c] === 1 : otherFirst;
      },
    };
    filters.set(words, filter);
  }
  return filter;
}
