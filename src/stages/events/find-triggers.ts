import type { SentenceView } from "./sentence-view.js";
import type { EventsLexicon, GovernorKind, TriggerSense, VerbTense } from "./types.js";
import { triggerShapesOf } from "./word-info.js";
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

/** Finds the noun and verb triggers of one sentence (longest noun phrase first, no overlaps). */
export function findTriggers(view: SentenceView, lex: EventsLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const words = view.words;
  // Most words cannot start a trigger, as their shape tells without a look-up.
  const shapes = triggerShapesOf(lex);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    if (!hasShapeOf(shapes, w.text)) continue;
    const info = view.info(i);
    if (!info.mayTrigger) continue;
    const prev = i > 0 ? view.info(i - 1).low : "";
    const afterDeterminer = lex.roles.determiners.has(prev);
    const form = info.form;
    const verbSense = info.verbSense;
    let noun: { sense: TriggerSense; count: number } | null = info.noun ? { sense: info.noun, count: 1 } : null;
    // Only the first word of a multi-word noun starts a longer look-up, longest first.
    if (info.nounHead) {
      noun = null;
      for (let n = 4; n >= 1 && noun === null; n--) {
        const phrase = joinWords(view, i, n);
        const sense = phrase !== null ? lex.nouns.get(phrase) : undefined;
        if (sense) noun = { sense, count: n };
      }
    }
    // A word that is both ("la rencontre" / "il rencontre") is a noun after a determiner, a verb otherwise.
    const phrase = form ? verbPhrase(view, i, form.lemma, lex) : null;
    if (phrase) {
      hits.push({ from: i, to: phrase.to, sense: phrase.sense, pos: "verb", tense: form!.tense, lemma: form!.lemma, ruleId: "events/verb-phrase" });
      i = phrase.to - 1;
    } else if (noun && (!verbSense || afterDeterminer || noun.count > 1)) {
      hits.push({ from: i, to: i + noun.count, sense: noun.sense, pos: "noun", tense: null, lemma: noun.count === 1 ? info.low : joinWords(view, i, noun.count)!, ruleId: "events/noun" });
      i += noun.count - 1;
    } else if (verbSense && form) {
      hits.push({ from: i, to: i + 1, sense: verbSense, pos: "verb", tense: form.tense, lemma: form.lemma, ruleId: "events/verb" });
    }
  }
  return hits;
}

function verbPhrase(view: SentenceView, i: number, lemma: string, lex: EventsLexicon): { to: number; sense: TriggerSense } | null {
  const options = lex.verbPhrases.get(lemma);
  if (!options) return null;
  for (const option of options) {
    let at = i + 1;
    let ok = true;
    for (const expected of option.words) {
      let found = -1;
      for (let j = at; j < Math.min(view.words.length, at + PHRASE_WINDOW); j++) {
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
    if (ok) return { to: at, sense: option.sense };
  }
  return null;
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
    if (info.governor && info.form) out.push({ from: i, to: i + 1, kind: info.governor, lemma: info.form.lemma });
  }
  return out;
}
