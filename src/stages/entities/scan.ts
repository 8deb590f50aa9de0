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
  /** Whether each token is a word that starts with a capital. */
  cap: Uint8Array;
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
  lowerForms: ReadonlySet<string>;
  /** Word forms seen capitalised inside a sentence of running text (not its first word, not a headline). */
  bodyCaps: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  lex: EntitiesLexicon;
  gaz: Gazetteer;
}

const OPENERS = new Set(["«", "“", '"', "‘", "(", "[", "—", "–", "-", ":"]);
const QUOTE_OPEN = new Set(["«", "“", "‘"]);
const QUOTE_CLOSE = new Set(["»", "”", "’"]);
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
  const cap = new Uint8Array(n);
  const opens = new Uint8Array(n);
  const lowerForms = new Set<string>();
  const sentenceOf = new Int32Array(n).fill(-1);
  const sentenceTokens: [number, number][] = [];
  let k = 0;
  for (const s of doc.layers.sentences) {
    while (k < n && tokens[k]!.start < s.start) k++;
    const first = k;
    while (k < n && tokens[k]!.end <= s.end) sentenceOf[k++] = sentenceTokens.length;
    sentenceTokens.push([first, k]);
  }
  // Only the lower forms of capitalised words are ever looked up in lowerForms: collect those first.
  const capForms = new Set<string>();
  const lowerAt: number[] = [];
  // Lower-casing the text once and slicing it is several times cheaper than lower-casing each token;
  // the rare text whose length changes in lower case ("İ") is lower-cased token by token.
  let lowText: string | null = text.toLowerCase();
  if (lowText.length !== text.length) lowText = null;
  else if (lowText.includes("’") || lowText.includes("ʼ")) lowText = lowText.replace(/[’ʼ]/g, "'");
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") {
      low[i] = t.text;
    } else {
      // Tokens hold no spaces: lower-casing and unifying apostrophes is all the normalising they need.
      const w = lowText !== null ? lowText.slice(t.start, t.end) : t.text.toLowerCase().replace(/[’ʼ]/g, "'");
      low[i] = w;
      if (startsUpper(t.text)) {
        cap[i] = 1;
        capForms.add(w);
        if (w.endsWith("'s")) capForms.add(w.slice(0, -2));
      } else if (startsLower(t.text)) lowerAt.push(i);
    }
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) opens[i] = 1;
    else {
      const prev = tokens[i - 1]!;
      // A line break inside a "sentence" (headline, list item) opens a new clause too.
      if ((prev.kind === "punct" && OPENERS.has(prev.text)) || (t.start > prev.end && hasLineBreak(text, prev.end, t.start))) opens[i] = 1;
    }
  }
  for (const i of lowerAt) if (capForms.has(low[i]!)) lowerForms.add(low[i]!);
  const headline = new Uint8Array(sentenceTokens.length);
  const bodyCaps = new Set<string>();
  const quotes = markQuotes(tokens);
  sentenceTokens.forEach(([from, to], si) => {
    if (isTitleCase(tokens, cap, low, lex, from, to)) headline[si] = 1;
    else for (let i = from; i < to; i++) if (cap[i] && !opens[i]) bodyCaps.add(low[i]!);
  });
  return {
    text,
    tokens,
    low,
    cap,
    sentenceOf,
    sentenceTokens,
    headline,
    opens,
    ...quotes,
    lowerForms,
    bodyCaps,
    calendar: calendarSet(calendar),
    lex,
    gaz: gazetteerFor(lex),
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

function markQuotes(tokens: readonly Token[]): { inShortQuote: Uint8Array; inQuote: Uint8Array } {
  const marks = new Uint8Array(tokens.length);
  const inQuote = new Uint8Array(tokens.length);
  let open = -1;
  let straight = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    const s = t.text;
    if (QUOTE_OPEN.has(s) && !(s === "’" && open < 0)) {
      open = i;
    } else if (QUOTE_CLOSE.has(s) && open >= 0) {
      markIfShort(tokens, marks, open, i);
      inQuote.fill(1, open + 1, i);
      open = -1;
    } else if (s === '"') {
      if (straight < 0) straight = i;
      else {
        markIfShort(tokens, marks, straight, i);
        inQuote.fill(1, straight + 1, i);
        straight = -1;
      }
    }
  }
  return { inShortQuote: marks, inQuote };
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
  return /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
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
