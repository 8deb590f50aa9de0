import type { SentenceView } from "./sentence-view.js";
import type { EventsLexicon, GovernorKind, TriggerSense, VerbTense } from "./types.js";
import { nounStemsOf, triggerShapesOf } from "./word-info.js";
import { hasShapeOf } from "./word-shapes.js";

/** A trigger word or phrase found in a sentence, before its participants and modality are known. */
export interface TriggerHit {
  /** Index of the first and one-past-last word of the trigger in the sentence. */
  from: number;
  to: number;
  sense: TriggerSense;
  pos: "verb" | "noun";
  /** For verbs: the tense of the form itself. */
  tense: VerbTense | null;
  lemma: string;
  ruleId: string;
}

/** A verb or phrase that governs the act after it. */
export interface GovernorHit {
  from: number;
  to: number;
  kind: GovernorKind;
  lemma: string;
}

// How far a verb's object may sit from it in a verb phrase ("imposer des conséquences rapides").
const PHRASE_WINDOW = 4;

function joinWords(view: SentenceView, from: number, count: number): string | null {
  let out = "";
  for (let i = from; i < from + count; i++) {
    const w = view.words[i];
    if (!w || w.kind !== "word") return null;
    const low = view.info(i).low;
    out += i === from || out.endsWith("'") ? low : ` ${low}`;
  }
  return out;
}

// The word or its plural ("-s", "-x", "-es"), compared in place: this runs for every word near a phrase's head.
function matchesWord(actual: string, expected: string): boolean {
  if (actual === expected) return true;
  const extra = actual.length - expected.length;
  if (extra === 1) return (actual.endsWith("s") || actual.endsWith("x")) && actual.startsWith(expected);
  return extra === 2 && actual.endsWith("es") && actual.startsWith(expected);
}

/** A noun trigger of one or more words: its sense, its length in words and its words joined. */
interface NounMatch {
  sense: TriggerSense;
  count: number;
  phrase: string;
}

// Longest noun phrase, in words.
const NOUN_PHRASE_WORDS = 4;

/**
 * The longest noun phrase (up to four words) that starts at a word, grown a word at a time
 * while a longer phrase of the lexicon may still begin with it (see {@link nounStemsOf}).
 */
function longestNoun(view: SentenceView, i: number, lex: EventsLexicon): NounMatch | null {
  const stems = nounStemsOf(lex);
  let phrase = view.info(i).low;
  let sense = lex.nouns.get(phrase);
  let best: NounMatch | null = sense ? { sense, count: 1, phrase } : null;
  for (let n = 2; n <= NOUN_PHRASE_WORDS && stems.has(phrase); n++) {
    const j = i + n - 1;
    const w = view.words[j];
    if (!w || w.kind !== "word") break;
    // Joined as joinWords joins them: no space after an apostrophe.
    phrase += phrase.endsWith("'") ? view.info(j).low : ` ${view.info(j).low}`;
    sense = lex.nouns.get(phrase);
    if (sense) best = { sense, count: n, phrase };
  }
  return best;
}

/**
 * Finds the noun and verb triggers of one sentence (longest noun phrase first, no overlaps),
 * from its first word that may start one (`from`, when the caller knows it).
 */
export function findTriggers(view: SentenceView, lex: EventsLexicon, from = 0): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const words = view.words;
  // Most words cannot start a trigger, as their shape tells without a look-up.
  const shapes = triggerShapesOf(lex);
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    if (!hasShapeOf(shapes, w.text)) continue;
    const info = view.info(i);
    if (!info.mayTrigger) continue;
    const form = info.form;
    const verbSense = info.verbSense;
    // Only the first word of a multi-word noun starts a longer look-up, the longest phrase winning.
    const noun: NounMatch | null = info.nounHead ? longestNoun(view, i, lex) : info.noun ? { sense: info.noun, count: 1, phrase: info.low } : null;
    // A word that is both ("la rencontre" / "il rencontre") is a noun after a determiner, a verb otherwise.
    const phrase = form ? verbPhrase(view, i, form.lemma, lex) : null;
    if (phrase) {
      hits.push({ from: i, to: phrase.to, sense: phrase.sense, pos: "verb", tense: form!.tense, lemma: form!.lemma, ruleId: "events/verb-phrase" });
      i = phrase.to - 1;
    } else if (noun && (!verbSense || noun.count > 1 || afterDeterminer(view, i, lex))) {
      hits.push({ from: i, to: i + noun.count, sense: noun.sense, pos: "noun", tense: null, lemma: noun.phrase, ruleId: "events/noun" });
      i += noun.count - 1;
    } else if (verbSense && form) {
      hits.push({ from: i, to: i + 1, sense: verbSense, pos: "verb", tense: form.tense, lemma: form.lemma, ruleId: "events/verb" });
    }
  }
  return hits;
}

// Whether the word before this one is a determiner or a preposition: asked only of a word that may be a noun or a verb.
function afterDeterminer(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  const before = i > 0 ? view.info(i - 1).low : "";
  return lex.roles.determiners.has(before) || lex.roles.nounPrepositions.has(before);
}

// Whether the word before this one is a determiner (prepositions left out: "refused to", "de refuser").
function afterDeterminerOnly(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  return i > 0 && lex.roles.determiners.has(view.info(i - 1).low);
}

function verbPhrase(view: SentenceView, i: number, lemma: string, lex: EventsLexicon): { to: number; sense: TriggerSense } | null {
  const options = lex.verbPhrases.get(lemma);
  if (!options) return null;
  for (const option of options) {
    if (option.reflexive && !pronominal(view, i, lex)) continue;
    let at = i + 1;
    let ok = true;
    for (let k = 0; k < option.words.length; k++) {
      const expected = option.words[k]!;
      // A particle follows its verb at once; an object may sit a few words on.
      const window = option.adjacent[k] ? 1 : PHRASE_WINDOW;
      let found = -1;
      for (let j = at; j < Math.min(view.words.length, at + window); j++) {
        const w = view.words[j]!;
        const low = view.info(j).low;
        if (w.kind === "punct" && low !== "'" && low !== "-") break;
        if (matchesWord(low, expected)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      at = found + 1;
    }
    if (ok && option.notBefore !== null && at < view.words.length && view.info(at).low === option.notBefore) ok = false;
    if (ok) return { to: at, sense: option.sense };
  }
  return null;
}

// How far before its verb a reflexive clitic may sit: "s'est rendue", "se sont rendus".
const REFLEXIVE_REACH = 2;

// Whether a reflexive clitic stands just before the verb, an auxiliary at most between them.
function pronominal(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  for (let j = i - 1; j >= Math.max(0, i - REFLEXIVE_REACH); j--) if (lex.roles.reflexives.has(view.info(j).low)) return true;
  return false;
}

/** Longest governor phrase, in words. */
export const GOVERNOR_PHRASE_WORDS = 3;

/** Finds the verbs and phrases that govern an act after them ("promettre de", "ready to"), starting in a range of words. */
export function findGovernors(view: SentenceView, lex: EventsLexicon, from = 0, to = view.words.length): GovernorHit[] {
  const out: GovernorHit[] = [];
  const words = view.words;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    const info = view.info(i);
    if (info.governorPhraseHead) {
      for (let n = GOVERNOR_PHRASE_WORDS; n >= 1; n--) {
        const phrase = joinWords(view, i, n);
        const kind = phrase !== null ? lex.governorPhrases.get(phrase) : undefined;
        if (kind) {
          out.push({ from: i, to: i + n, kind, lemma: phrase! });
          break;
        }
      }
    }
    // A participle after a determiner is an adjective ("the disputed zone", "the rejected plan"): it governs nothing.
    if (info.governor && info.form && !((info.form.tense === "participle" || info.form.tense === "past") && afterDeterminerOnly(view, i, lex))) {
      out.push({ from: i, to: i + 1, kind: info.governor, lemma: info.form.lemma });
    }
  }
  return out;
}
