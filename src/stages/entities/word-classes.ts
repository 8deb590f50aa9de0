import { FIRST_NAMES } from "./first-names.js";
import type { Gazetteer } from "./gazetteer.js";
import { lowOf, signature, type Scan } from "./scan.js";
import type { EntitiesLexicon } from "./types.js";

// The lexicon classes of a word, as bits. The matchers ask a dozen lexicons about the same few tokens
// (a capitalised word and its neighbours): one look-up per token and word then answers them all.
/** Stopwords. */
export const STOPWORD = 1 << 0;
/** Determiners. */
export const DETERMINER = 1 << 1;
/** Connectors ("de", "van"). */
export const CONNECTOR = 1 << 2;
/** Connectors inside organisation names ("and", "for"). */
export const ORG_CONNECTOR = 1 << 3;
/** Head nouns of roles. */
export const ROLE_HEAD = 1 << 4;
/** Plurals of role heads ("presidents"). */
export const ROLE_HEAD_PLURAL = 1 << 5;
/** Role modifiers. */
export const ROLE_MODIFIER = 1 << 6;
/** Portfolios of ministries. */
export const PORTFOLIO = 1 << 7;
/** Honorifics. */
export const HONORIFIC = 1 << 8;
/** Head words of organisation names. */
export const ORG_HEAD = 1 << 9;
/** Last words of company names. */
export const ORG_SUFFIX = 1 << 10;
/** Last words of place names. */
export const PLACE_HEAD = 1 << 11;
/** Head words of events, laws and awards. */
export const MISC_HEAD = 1 << 12;
/** Institutions known by one word. */
export const INSTITUTION = 1 << 13;
/** Countries and other known places. */
export const KNOWN_PLACE = 1 << 14;
/** Towns. */
export const CITY = 1 << 15;
/** Common first names. */
export const FIRST_NAME = 1 << 16;
/** First names, or hyphenated words that start with one ("Jean-Baptiste"). */
export const GIVEN_NAME = 1 << 17;
/** Demonyms and affiliations. */
export const DEMONYM = 1 << 18;
/** Countries, with a possessive stripped ("France's"). */
export const COUNTRY_BASE = 1 << 19;
/** Speech verbs. */
export const SPEECH_VERB = 1 << 20;
/** Words that end a role or organisation phrase. */
export const PHRASE_BREAKER = 1 << 21;
/** Prepositions before places. */
export const PLACE_PREPOSITION = 1 << 22;
/** Nouns before places ("région"). */
export const PLACE_NOUN = 1 << 23;
/** Nouns before organisation names. */
export const ORG_CUE_BEFORE = 1 << 24;
/** Nouns after organisation names. */
export const ORG_CUE_AFTER = 1 << 25;
/** Nouns before products and works. */
export const MISC_CUE_BEFORE = 1 << 26;
/** First words of known multi-word names. */
export const FIRST_WORD = 1 << 27;
/** Lower-case nouns that make an organisation with "de X". */
export const ORG_PREFIX_NOUN = 1 << 28;
/** Month and weekday names. */
export const CALENDAR = 1 << 29;
// Marks a computed entry, so that a word in no lexicon is not computed again; all fit a small integer.
const KNOWN = 1 << 30;

/**
 * The classes of the words seen so far in a language, in an open-addressing table placed by word
 * signature: a token is compared with the stored words in place in the lower-cased text, so that its
 * form is neither made nor hashed. Words recur across articles; the table is emptied when half full.
 */
export class WordClasses {
  private words = new Array<string | undefined>(TABLE_SIZE);
  private readonly classes = new Int32Array(TABLE_SIZE);
  private count = 0;

  /** The classes of word token `i`, whose form is `lowText[start, end)`. */
  ofSlice(scan: Scan, i: number, lowText: string, start: number, end: number, sig: number): number {
    for (let h = sig; ; h = (h + 1) & TABLE_MASK) {
      const w = this.words[h];
      if (w === undefined) return this.insert(scan, h, lowOf(scan, i)!);
      if (w.length === end - start && lowText.startsWith(w, start)) return this.classes[h]!;
    }
  }

  /** The classes of a lower-cased word whose signature is `sig`. */
  ofWord(scan: Scan, word: string, sig: number): number {
    for (let h = sig; ; h = (h + 1) & TABLE_MASK) {
      const w = this.words[h];
      if (w === undefined) return this.insert(scan, h, word);
      if (w === word) return this.classes[h]!;
    }
  }

  private insert(scan: Scan, h: number, word: string): number {
    const c = classesOf(scan.lex, scan.gaz, scan.calendar, word) | KNOWN;
    if (this.count >= TABLE_SIZE / 2) {
      this.words = new Array<string | undefined>(TABLE_SIZE);
      this.classes.fill(0);
      this.count = 0;
      return c;
    }
    this.words[h] = word;
    this.classes[h] = c;
    this.count++;
    return c;
  }
}

const TABLE_SIZE = 1 << 16;
const TABLE_MASK = TABLE_SIZE - 1;
const tables = new WeakMap<EntitiesLexicon, WeakMap<ReadonlySet<string>, WordClasses>>();

// The word-class table of a lexicon and calendar, shared by every document of that language.
function tableOf(scan: Scan): WordClasses {
  if (scan.wordClasses !== null) return scan.wordClasses;
  let byCalendar = tables.get(scan.lex);
  if (!byCalendar) {
    byCalendar = new WeakMap();
    tables.set(scan.lex, byCalendar);
  }
  let table = byCalendar.get(scan.calendar);
  if (!table) {
    table = new WordClasses();
    byCalendar.set(scan.calendar, table);
  }
  scan.wordClasses = table;
  return table;
}

/** Whether the lower-cased form of token `i` is in any of the classes of `classes`; false outside the document. */
export function is(scan: Scan, i: number, classes: number): boolean {
  return (classOf(scan, i) & classes) !== 0;
}

/** The lexicon classes of the lower-cased form of token `i`, as bits; 0 outside the document. */
export function classOf(scan: Scan, i: number): number {
  if (i < 0 || i >= scan.classes.length) return 0;
  const known = scan.classes[i]!;
  if (known !== 0) return known;
  const t = scan.tokens[i]!;
  const table = tableOf(scan);
  // The signature of every token is that of its lower-cased form.
  const c =
    scan.lowText !== null && t.kind === "word"
      ? table.ofSlice(scan, i, scan.lowText, t.start, t.end, scan.signatures[i]!)
      : table.ofWord(scan, lowOf(scan, i)!, scan.signatures[i]!);
  scan.classes[i] = c;
  return c;
}

/** The lexicon classes of a lower-cased word, as bits. */
export function wordClassOf(scan: Scan, w: string): number {
  return tableOf(scan).ofWord(scan, w, signature(w));
}

function classesOf(lex: EntitiesLexicon, gaz: Gazetteer, calendar: ReadonlySet<string>, w: string): number {
  let c = 0;
  if (calendar.has(w)) c |= CALENDAR;
  if (lex.stopwords.has(w)) c |= STOPWORD;
  if (lex.determiners.has(w)) c |= DETERMINER;
  if (lex.connectors.has(w)) c |= CONNECTOR;
  if (lex.orgConnectors.has(w)) c |= ORG_CONNECTOR;
  if (lex.roleHeads.has(w)) c |= ROLE_HEAD;
  if (w.endsWith("s") && lex.roleHeads.has(w.slice(0, -1))) c |= ROLE_HEAD_PLURAL;
  if (lex.roleModifiers.has(w)) c |= ROLE_MODIFIER;
  if (lex.portfolios.has(w)) c |= PORTFOLIO;
  if (lex.honorifics.has(w)) c |= HONORIFIC;
  if (lex.orgHeads.has(w)) c |= ORG_HEAD;
  if (lex.orgSuffixes.has(w)) c |= ORG_SUFFIX;
  if (lex.placeHeads.has(w)) c |= PLACE_HEAD;
  if (lex.miscHeads.has(w)) c |= MISC_HEAD;
  if (lex.institutions.has(w)) c |= INSTITUTION;
  if (gaz.knownPlaces.has(w)) c |= KNOWN_PLACE;
  if (gaz.cities.has(w)) c |= CITY;
  if (FIRST_NAMES.has(w)) c |= FIRST_NAME | GIVEN_NAME;
  else {
    const dash = w.indexOf("-");
    if (dash > 0 && FIRST_NAMES.has(w.slice(0, dash))) c |= GIVEN_NAME;
  }
  if (gaz.demonyms.has(w)) c |= DEMONYM;
  if (gaz.countries.has(w.replace(/['’]s$/u, ""))) c |= COUNTRY_BASE;
  if (lex.speechVerbs.has(w)) c |= SPEECH_VERB;
  if (lex.phraseBreakers.has(w)) c |= PHRASE_BREAKER;
  if (lex.placePrepositions.has(w)) c |= PLACE_PREPOSITION;
  if (lex.placeNouns.has(w)) c |= PLACE_NOUN;
  if (lex.orgCueBefore.has(w)) c |= ORG_CUE_BEFORE;
  if (lex.orgCueAfter.has(w)) c |= ORG_CUE_AFTER;
  if (lex.miscCueBefore.has(w)) c |= MISC_CUE_BEFORE;
  if (gaz.firstWords.has(w)) c |= FIRST_WORD;
  if (lex.orgPrefixNouns.has(w)) c |= ORG_PREFIX_NOUN;
  return c;
}
