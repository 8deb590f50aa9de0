import type { SentenceView } from "./sentence-view.js";
import type { EventsLexicon, GovernorKind, TriggerSense, VerbTense } from "./types.js";

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
    out += i === from || out.endsWith("'") ? w.low : ` ${w.low}`;
  }
  return out;
}

function matchesWord(actual: string, expected: string): boolean {
  return actual === expected || actual === `${expected}s` || actual === `${expected}x` || actual === `${expected}es`;
}

const heads = new WeakMap<EventsLexicon, Set<string>>();

// First words of the multi-word nouns of a lexicon: only they start a longer look-up.
function nounHeads(lex: EventsLexicon): Set<string> {
  let set = heads.get(lex);
  if (!set) {
    set = new Set();
    for (const phrase of lex.nouns.keys()) {
      const first = /^[^\s']+'?/.exec(phrase)?.[0];
      if (first && first.length < phrase.length) set.add(first);
    }
    heads.set(lex, set);
  }
  return set;
}

/** Finds the noun and verb triggers of one sentence (longest noun phrase first, no overlaps). */
export function findTriggers(view: SentenceView, lex: EventsLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    const prev = words[i - 1]?.low ?? "";
    const afterDeterminer = lex.roles.determiners.has(prev);
    const form = lex.verbForms.get(w.low);
    const verbSense = form ? (lex.verbs.get(form.lemma) ?? null) : null;
    let noun: { sense: TriggerSense; count: number } | null = null;
    for (let n = nounHeads(lex).has(w.low) ? 4 : 1; n >= 1 && noun === null; n--) {
      const phrase = joinWords(view, i, n);
      const sense = phrase !== null ? lex.nouns.get(phrase) : undefined;
      if (sense) noun = { sense, count: n };
    }
    // A word that is both ("la rencontre" / "il rencontre") is a noun after a determiner, a verb otherwise.
    const phrase = form ? verbPhrase(view, i, form.lemma, lex) : null;
    if (phrase) {
      hits.push({ from: i, to: phrase.to, sense: phrase.sense, pos: "verb", tense: form!.tense, lemma: form!.lemma, ruleId: "events/verb-phrase" });
      i = phrase.to - 1;
    } else if (noun && (!verbSense || afterDeterminer || noun.count > 1)) {
      hits.push({ from: i, to: i + noun.count, sense: noun.sense, pos: "noun", tense: null, lemma: joinWords(view, i, noun.count)!, ruleId: "events/noun" });
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
        if (w.kind === "punct" && w.low !== "'" && w.low !== "-") break;
        if (matchesWord(w.low, expected)) {
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

/** Finds the verbs and phrases that govern an act after them ("promettre de", "ready to"). */
export function findGovernors(view: SentenceView, lex: EventsLexicon): GovernorHit[] {
  const out: GovernorHit[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    for (const n of [3, 2, 1]) {
      const phrase = joinWords(view, i, n);
      const kind = phrase !== null ? lex.governorPhrases.get(phrase) : undefined;
      if (kind) {
        out.push({ from: i, to: i + n, kind, lemma: phrase! });
        break;
      }
    }
    const form = lex.verbForms.get(w.low);
    const kind = form ? lex.governors.get(form.lemma) : undefined;
    if (kind && form) out.push({ from: i, to: i + 1, kind, lemma: form.lemma });
  }
  return out;
}
