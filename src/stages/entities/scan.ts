import type { CalendarLexicon } from "../../locales/calendar.js";
import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { gazetteerFor, normalizeName, type Gazetteer } from "./gazetteer.js";
import type { EntitiesLexicon } from "./types.js";
import type { WordClasses } from "./word-classes.js";

/** Everything the matchers read about a document, computed once per analysis. */
export interface Scan {
  /** The memory of the typed arrays below. */
  buffer: ArrayBuffer;
  text: string;
  tokens: readonly Token[];
  /** The lower-cased token forms made so far (see lowOf): most words are never asked about. */
  lowMemo: (string | undefined)[];
  /** The whole text lower-cased with apostrophes unified, offset for offset; null when lower-casing changes its length. */
  lowText: string | null;
  /** Whether each token is a word that starts with a capital. */
  cap: Uint8Array;
  /** The signature of each token's lower-cased form, for the word filters. */
  signatures: Uint16Array;
  /** Memo of each token's lexicon classes (see word-classes.ts): 0 not asked yet. */
  classes: Int32Array;
  /** The lexicon classes of the words seen so far in this language, once asked for. */
  wordClasses: WordClasses | null;
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

/** Builds the per-document look-up tables. */
export function scanDocument(doc: VeilleDocument, lex: EntitiesLexicon, calendar: CalendarLexicon): Scan {
  const tokens = doc.layers.tokens;
  const text = doc.text;
  const n = tokens.length;
  const low = new Array<string | undefined>(n);
  // One buffer for the per-token and per-sentence flags: each typed array outside the heap costs an allocation.
  const sentences = doc.layers.sentences;
  const buffer = takeBuffer(n * 15 + sentences.length);
  const sentenceOf = new Int32Array(buffer, 0, n).fill(-1);
  const classes = new Int32Array(buffer, n * 4, n);
  const signatures = new Uint16Array(buffer, n * 8, n);
  const cap = new Uint8Array(buffer, n * 10, n);
  const opens = new Uint8Array(buffer, n * 11, n);
  const inShortQuote = new Uint8Array(buffer, n * 12, n);
  const inQuote = new Uint8Array(buffer, n * 13, n);
  const nameTokens = new Uint8Array(buffer, n * 14, n);
  const headline = new Uint8Array(buffer, n * 15, sentences.length);
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
      // A token's text is the text between its offsets: its characters are read there.
      signatures[i] = signatureAt(text, start, end);
    } else if (lowText !== null) {
      // The form itself is sliced off the lower-cased text when first asked for (lowOf): the
      // signature is read off that text, the same value as the signature of the slice.
      signatures[i] = signatureAt(lowText, start, end);
      if (upperAt(text, start)) cap[i] = 1;
    } else {
      low[i] = t.text.toLowerCase().replace(/[’ʼ]/g, "'");
      signatures[i] = signature(low[i]!);
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
  const calendars = calendarSet(calendar);
  const scan: Scan = {
    buffer,
    text,
    tokens,
    lowMemo: low,
    lowText,
    cap,
    signatures,
    classes,
    wordClasses: null,
    nameTokens,
    sentenceOf,
    sentenceTokens,
    headline,
    opens,
    inShortQuote,
    inQuote,
    lowerForms: NO_WORDS,
    bodyCaps: NO_WORDS,
    calendar: calendars,
    lex,
    gaz: gazetteerFor(lex),
  };
  scan.lowerForms = lowerFormsOf(scan);
  scan.bodyCaps = bodyCapsOf(scan);
  for (let si = 0; si < sentenceTokens.length; si++) {
    const [from, to] = sentenceTokens[si]!;
    if (isTitleCase(scan, from, to)) headline[si] = 1;
  }
  return scan;
}

const NO_WORDS: WordSet = { has: () => false };

// A buffer given back by a finished scan, for the next one: allocating one outside the heap for every
// document costs more than clearing it. Only the stage gives buffers back, once it is done with a scan.
let spareBuffer: ArrayBuffer | null = null;

function takeBuffer(bytes: number): ArrayBuffer {
  const spare = spareBuffer;
  if (spare === null || spare.byteLength < bytes) return new ArrayBuffer(Math.max(bytes, 4096));
  spareBuffer = null;
  new Uint8Array(spare, 0, bytes).fill(0);
  return spare;
}

/** Gives the memory of a scan back for the next document; the scan must not be read afterwards. */
export function releaseScan(scan: Scan): void {
  // The buffer of a very long document is not worth keeping.
  if (scan.buffer.byteLength > MAX_SPARE_BYTES) return;
  if (spareBuffer === null || spareBuffer.byteLength < scan.buffer.byteLength) spareBuffer = scan.buffer;
}

const MAX_SPARE_BYTES = 1 << 20;

/** The lower-cased, apostrophe-normalised form of token `i`, made when first asked for; undefined outside the document. */
export function lowOf(scan: Scan, i: number): string | undefined {
  const known = scan.lowMemo[i];
  if (known !== undefined || i < 0 || i >= scan.lowMemo.length) return known;
  // Only the words of a text with a lower-cased copy are left to be made here. Tokens hold no spaces:
  // lower-casing and unifying apostrophes is all the normalising they need.
  const t = scan.tokens[i]!;
  const w = scan.lowText!.slice(t.start, t.end);
  scan.lowMemo[i] = w;
  return w;
}

// The characters after which a token opens a clause: « “ " ‘ ( [ — – - :
function isOpener(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 34 || c === 0x2018 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58;
}

// Whether the text has a lower-case letter at an offset.
function lowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Same test as startsUpper, on the text at an offset: no token string is read.
function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// A word's signature: a 15-bit mix of its length and its first, second and last characters, which
// sets of words are filtered by before any string is hashed.
const SIGNATURE_BITS = 15;

/** The 15-bit signature of a word (see above). */
export function signature(word: string): number {
  return signatureAt(word, 0, word.length);
}

function signatureAt(s: string, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return 0;
  const h = (n << 21) ^ (s.charCodeAt(start) << 14) ^ ((n > 1 ? s.charCodeAt(start + 1) : 0) << 7) ^ s.charCodeAt(end - 1);
  return Math.imul(h, 0x9e3779b1) >>> (32 - SIGNATURE_BITS);
}

function addSignature(bits: Uint32Array, h: number): void {
  bits[h >>> 5]! |= 1 << (h & 31);
}

function hasSignature(bits: Uint32Array, h: number): boolean {
  return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

// Only capitalised forms are asked about, each once or twice per name: the capitalised forms go into
// an open-addressing table of token indices placed by signature, which the lower-case tokens then
// mark; no string is hashed. Searching the text for each form instead costs a pass over the text per
// name, which long articles with many names pay dearly.
function lowerFormsOf(scan: Scan): WordSet {
  const { tokens, text, cap, signatures, lowText } = scan;
  const n = tokens.length;
  // Token index + 1 of each capitalised form, negated once the form is seen in lower case; 0 empty.
  let slots: number[] | null = null;
  let mask = 0;
  // "Obama's": the form without the possessive is capitalised too; true once seen in lower case.
  let possessed: Map<string, boolean> | null = null;
  // The slot of a form, or the empty slot where it would go; a lower-case token (`i` ≥ 0) is compared
  // in place in the lower-cased text, so that its form need not be made.
  const slotOf = (w: string | null, i: number, sig: number): number => {
    for (let h = sig & mask; ; h = (h + 1) & mask) {
      const slot = slots![h]!;
      if (slot === 0) return h;
      const f = lowOf(scan, Math.abs(slot) - 1)!;
      if (w !== null ? f === w : sameForm(scan, i, f)) return h;
    }
  };
  const build = (): void => {
    let caps = 0;
    for (let i = 0; i < n; i++) caps += cap[i]!;
    // At most a quarter full: most lower-case words stop at an empty slot.
    let size = 16;
    while (size < caps * 4) size *= 2;
    slots = new Array<number>(size).fill(0);
    mask = size - 1;
    for (let i = 0; i < n; i++) {
      if (!cap[i]) continue;
      const f = lowOf(scan, i)!;
      const h = slotOf(f, -1, signatures[i]!);
      if (slots[h] === 0) slots[h] = i + 1;
      if (f.endsWith("'s")) (possessed ??= new Map()).set(f.slice(0, -2), false);
    }
    for (let i = 0; i < n; i++) {
      // A form can only be at or after the slot its signature places it in: an empty one rules the
      // token out before the token itself is read.
      if (cap[i] || (possessed === null && slots[signatures[i]! & mask] === 0)) continue;
      const t = tokens[i]!;
      if (t.kind !== "word" || !lowerAt(text, t.start)) continue;
      const h = lowText !== null ? slotOf(null, i, signatures[i]!) : slotOf(lowOf(scan, i)!, -1, signatures[i]!);
      if (slots[h]! > 0) slots[h] = -slots[h]!;
      if (possessed !== null && possessed.has(lowOf(scan, i)!)) possessed.set(lowOf(scan, i)!, true);
    }
  };
  return {
    has(w: string): boolean {
      if (w.length === 0) return false;
      if (slots === null) build();
      return slots![slotOf(w, -1, signature(w))]! < 0 || possessed?.get(w) === true;
    },
  };
}

// Whether word token `i` has the lower-cased form `f`, read in place in the lower-cased text.
function sameForm(scan: Scan, i: number, f: string): boolean {
  const t = scan.tokens[i]!;
  return t.end - t.start === f.length && scan.lowText!.startsWith(f, t.start);
}

// Only title-case lines ask about these: most documents never build the set.
function bodyCapsOf(scan: Scan): WordSet {
  let set: Set<string> | null = null;
  return {
    has(w: string): boolean {
      if (set === null) {
        set = new Set<string>();
        for (let si = 0; si < scan.sentenceTokens.length; si++) {
          if (scan.headline[si]) continue;
          const [from, to] = scan.sentenceTokens[si]!;
          for (let i = from; i < to; i++) if (scan.cap[i] && !scan.opens[i]) set.add(lowOf(scan, i)!);
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
function isTitleCase(scan: Scan, from: number, to: number): boolean {
  const { tokens, cap, lex } = scan;
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
    if (!cap[i] && (lex.connectors.has(lowOf(scan, i)!) || lex.orgConnectors.has(lowOf(scan, i)!) || lex.stopwords.has(lowOf(scan, i)!))) continue;
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
  if (first === last) return lowOf(scan, first)!;
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
  return text.length > 6 && isAllUpper(text) && /\p{Lu}{4}/u.test(text);
}

/** Whether upper-casing leaves a string as it is (`s === s.toUpperCase()`), mostly without making the upper-cased copy. */
export function isAllUpper(s: string): boolean {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // An ASCII small letter always changes: most words stop at their second letter.
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) ascii = false;
  }
  return ascii || s === s.toUpperCase();
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

/** A cheap first test of membership by a word's signature, which needs no hashing of the word. */
export interface WordFilter {
  /** False when the word is surely not in the set. */
  mayHave(word: string): boolean;
  /** The same test for the lower-cased form of token `i`, from the signature the scan computed. */
  mayHaveToken(scan: Scan, i: number): boolean;
}

const filters = new WeakMap<object, WordFilter>();

/** The signature filter of a lexicon set or map, built once per set. */
export function wordFilter(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordFilter {
  let filter = filters.get(words);
  if (!filter) {
    const bits = new Uint32Array(1 << (SIGNATURE_BITS - 5));
    for (const w of words.keys()) addSignature(bits, signature(w));
    filter = {
      mayHave: (word: string): boolean => hasSignature(bits, signature(word)),
      mayHaveToken: (scan: Scan, i: number): boolean => hasSignature(bits, scan.signatures[i]!),
    };
    filters.set(words, filter);
  }
  return filter;
}
