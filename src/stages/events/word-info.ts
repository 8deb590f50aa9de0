import type { Gazetteer } from "../entities/gazetteer.js";
import { CHAR_CLASS, UPPER } from "../segment/char-classes.js";
import type { ClauseTense } from "./decide-modality.js";
import { lowerSameLength } from "./sentence-view.js";
import { shapeSet, type ShapeSet } from "./word-shapes.js";
import type { EventsLexicon, GovernorKind, TriggerSense, VerbForm } from "./types.js";

/** What a lexicon says about one word as written, looked up once per spelling. */
export interface WordInfo {
  /** The word lower-cased, apostrophes normalised (see {@link lowerSameLength}). */
  low: string;
  /** The verb form the word is, if any: its lemma and tense. */
  form: VerbForm | undefined;
  /** The PLOVER sense of the verb this form inflects, or null. */
  verbSense: TriggerSense | null;
  /** The sense of the form as a one-word noun trigger. */
  noun: TriggerSense | undefined;
  /** Whether a multi-word noun trigger starts with this word. */
  nounHead: boolean;
  /** Whether the word can start a trigger at all: a verb with a sense or a phrase, a noun, a noun phrase. */
  mayTrigger: boolean;
  /** How the verb this form inflects governs the act after it. */
  governor: GovernorKind | undefined;
  /** Whether a governor phrase ("prêt à", "ready to") may start with this word. */
  governorPhraseHead: boolean;
  /** The rest is filled in only for the words that need it: cue regexes, role words, the gazetteer. */
  cues: WordCues | undefined;
  facts: WordFacts | undefined;
  demonymFrom: Gazetteer | null | undefined;
  demonym: string | undefined;
}

/** What the candidate finder reads of one word as written. */
export interface WordFacts {
  /** A subject pronoun, its second letter not a capital ("il", "Ils"; not "IL"). */
  pronoun: boolean;
  /** A first-person subject pronoun ("nous", "we"), standing for a quotation's speaker. */
  self: boolean;
  /** A noun that names a group or an organisation ("préfecture", "trust"), a participant after a definite determiner. */
  groupNoun: boolean;
  /** A plural noun of people who act together ("salariés", "farmers"), a participant after a determiner or a number. */
  peopleNoun: boolean;
  /** A word that makes the pronoun before it impersonal ("il y a", "it is"). */
  impersonal: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** A capitalised word that may start a name: no stopword, verb form or noun trigger. */
  startsName: boolean;
  /** A word that keeps a name out of the title before another name: a coordinator, a verb form, "with", "by". */
  breaksTitle: boolean;
}

/** Word information by a token's text as written. */
export type WordLookup = (text: string) => WordInfo;

/** What the tense and voice cues say about one word taken whole. */
export interface WordCues {
  /** A verb form or an auxiliary: ends a noun phrase when looking for a preposition. */
  verbWord: boolean;
  /** The word as a whole auxiliary, future first, then conditional, then past. */
  aux: ClauseTense | null;
  /** What a whole auxiliary says when a noun borrows its clause's tense (the first cue found anywhere in the word). */
  auxAnywhere: ClauseTense | null;
  /** A whole passive auxiliary ("été", "was"). */
  passiveAux: boolean;
}

/** Per-lexicon memo of word information; cleared when it grows past this many forms. */
const MEMO_LIMIT = 50_000;

interface LexiconWords {
  memo: Map<string, WordInfo>;
  nounHeads: Set<string>;
  governorHeads: Set<string>;
  /** The ways a noun phrase may begin, a word at a time (see {@link leadingParts}). */
  nounStems: Set<string>;
  /** The shapes of the words that may start a trigger (see {@link mayTriggerTest}). */
  triggerShapes: ShapeSet;
}

const byLexicon = new WeakMap<EventsLexicon, LexiconWords>();

function lexiconWords(lex: EventsLexicon): LexiconWords {
  let words = byLexicon.get(lex);
  if (!words) {
    const nounHeads = firstWords(lex.nouns.keys());
    words = {
      memo: new Map(),
      nounHeads,
      governorHeads: leadingParts(lex.governorPhrases.keys()),
      nounStems: leadingParts(lex.nouns.keys()),
      triggerShapes: triggerShapes(lex, nounHeads),
    };
    byLexicon.set(lex, words);
  }
  return words;
}

function triggerShapes(lex: EventsLexicon, nounHeads: ReadonlySet<string>): ShapeSet {
  const verbs: string[] = [];
  for (const [low, form] of lex.verbForms) if (lex.verbs.has(form.lemma) || lex.verbPhrases.has(form.lemma)) verbs.push(low);
  return shapeSet(verbs, lex.nouns.keys(), nounHeads);
}

/** Every way a noun phrase of the lexicon may begin, in whole words: a phrase not among them grows into none. */
export function nounStemsOf(lex: EventsLexicon): ReadonlySet<string> {
  return lexiconWords(lex).nounStems;
}

/** The shapes of the words that may start a trigger: a word without one of them starts none. */
export function triggerShapesOf(lex: EventsLexicon): ShapeSet {
  return lexiconWords(lex).triggerShapes;
}

const candidateShapes = new WeakMap<EventsLexicon, WeakMap<Gazetteer | typeof NO_GAZETTEER, ShapeSet>>();
const NO_GAZETTEER = {};

/** The shapes of the lower-case words that can be a candidate: subject pronouns, group nouns and demonyms. */
export function candidateShapesOf(lex: EventsLexicon, gazetteer: Gazetteer | null): ShapeSet {
  let byGazetteer = candidateShapes.get(lex);
  if (!byGazetteer) candidateShapes.set(lex, (byGazetteer = new WeakMap()));
  const key = gazetteer ?? NO_GAZETTEER;
  let bits = byGazetteer.get(key);
  if (!bits) byGazetteer.set(key, (bits = shapeSet(lex.roles.pronouns, lex.roles.firstPersons, lex.roles.groupNouns, lex.roles.peopleNouns, gazetteer ? gazetteer.demonyms.keys() : [])));
  return bits;
}

// First words of the multi-word nouns of a lexicon: only they start a longer look-up.
function firstWords(phrases: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const phrase of phrases) {
    const first = /^[^\s']+'?/.exec(phrase)?.[0];
    if (first && first.length < phrase.length) set.add(first);
  }
  return set;
}

// Every way a phrase may begin with one word ("afin d'" joins "afin" and "d'", "d'après" joins "d'" and "après"):
// the whole phrase and each prefix that ends before a space or after an apostrophe.
function leadingParts(phrases: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const phrase of phrases) {
    set.add(phrase);
    for (let i = 1; i < phrase.length; i++) {
      if (phrase[i] === " ") set.add(phrase.slice(0, i));
      else if (phrase[i - 1] === "'") set.add(phrase.slice(0, i));
    }
  }
  return set;
}

const lookups = new WeakMap<EventsLexicon, WordLookup>();

/**
 * A look-up function for word information under one lexicon (the same one for
 * every document), keyed by a token's text as written: the token strings exist
 * already, so a look-up neither lower-cases nor slices.
 */
export function wordInfoOf(lex: EventsLexicon): WordLookup {
  let lookup = lookups.get(lex);
  if (!lookup) lookups.set(lex, (lookup = wordLookup(lex)));
  return lookup;
}

function wordLookup(lex: EventsLexicon): WordLookup {
  const words = lexiconWords(lex);
  return (text) => {
    let info = words.memo.get(text);
    if (info) return info;
    if (words.memo.size >= MEMO_LIMIT) words.memo.clear();
    const low = lowerSameLength(text);
    const form = lex.verbForms.get(low);
    const verbSense = form ? (lex.verbs.get(form.lemma) ?? null) : null;
    const noun = lex.nouns.get(low);
    const nounHead = words.nounHeads.has(low);
    const phrase = form !== undefined && lex.verbPhrases.has(form.lemma);
    info = {
      low,
      form,
      verbSense,
      noun,
      nounHead,
      mayTrigger: verbSense !== null || noun !== undefined || nounHead || phrase,
      governor: form ? lex.governors.get(form.lemma) : undefined,
      governorPhraseHead: words.governorHeads.has(low),
      cues: undefined,
      facts: undefined,
      demonymFrom: undefined,
      demonym: undefined,
    };
    words.memo.set(text, info);
    return info;
  };
}

/** The cue readings of a word, computed on first use and kept with its information. */
export function wordCues(info: WordInfo, lex: EventsLexicon): WordCues {
  if (info.cues) return info.cues;
  const low = info.low;
  const c = lex.cues;
  const future = wholeWord(c.futureAux, low);
  const conditional = wholeWord(c.conditionalAux, low);
  const past = wholeWord(c.pastAux, low);
  const aux: ClauseTense | null = future ? "future" : conditional ? "conditional" : past ? "past" : null;
  let auxAnywhere: ClauseTense | null = null;
  if (aux !== null) auxAnywhere = c.futureAux.test(low) ? "future" : c.conditionalAux.test(low) ? "conditional" : c.pastAux.test(low) ? "past" : null;
  info.cues = {
    verbWord: info.form !== undefined || c.pastAux.exec(low)?.[0] === low,
    aux,
    auxAnywhere,
    passiveAux: wholeWord(c.passiveAux, low),
  };
  return info.cues;
}

/** The candidate finder's reading of a word, computed on first use and kept with its information. */
export function wordFacts(info: WordInfo, text: string, lex: EventsLexicon): WordFacts {
  if (info.facts) return info.facts;
  const r = lex.roles;
  const low = info.low;
  const capital = upperAt(text, 0);
  info.facts = {
    pronoun: r.pronouns.has(low) && !upperAt(text, 1),
    groupNoun: r.groupNouns.has(low),
    peopleNoun: r.peopleNouns.has(low),
    self: r.firstPersons.has(low),
    impersonal: r.impersonal.has(low),
    capital,
    startsName: capital && !r.stopwords.has(low) && info.form === undefined && info.noun === undefined && !r.peopleNouns.has(low),
    breaksTitle: r.and.has(low) || info.form !== undefined || r.with.has(low) || r.agent.has(low),
  };
  return info.facts;
}

/** The country code a word is the demonym of, under a gazetteer, kept with the word's information. */
export function demonymCode(info: WordInfo, gazetteer: Gazetteer): string | undefined {
  if (info.demonymFrom !== gazetteer) {
    info.demonymFrom = gazetteer;
    info.demonym = gazetteer.demonyms.get(info.low);
  }
  return info.demonym;
}

const CAPITAL = /^\p{Lu}/u;

/** Whether the character at this index is an upper-case letter: a table look-up, the regex only for a surrogate pair. */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ASCII, most letters of news text, needs no table.
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdbff) return CAPITAL.test(text.slice(i));
  return ((CHAR_CLASS[c] ?? 0) & UPPER) !== 0;
}

/** Whether a cue pattern's first match is the whole word. */
export function wholeWord(pattern: RegExp, low: string): boolean {
  const m = pattern.exec(low);
  return m !== null && m.index === 0 && m[0].length === low.length;
}
