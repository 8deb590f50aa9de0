import { cueMayStartAt, cuePrefixes, eitherCueStarts, type CueStarts } from "./cue-pattern.js";
import type { SentenceView } from "./sentence-view.js";
import type { ModalityCues } from "./types.js";

/** A stretch of a sentence between clause openers and strong punctuation, in word indices. */
export interface Clause {
  from: number;
  to: number;
  /** Whether the clause opens with a condition marker ("si", "unless"). */
  condition: boolean;
}

const stickies = new WeakMap<RegExp, RegExp>();
const clauseStarts = new WeakMap<ModalityCues, CueStarts | null>();

// How a condition marker or a clause opener may begin: most words are ruled out by one test for both.
function clauseStartsOf(cues: ModalityCues): CueStarts | null {
  let starts = clauseStarts.get(cues);
  if (starts === undefined) clauseStarts.set(cues, (starts = eitherCueStarts(cuePrefixes(cues.condition), cuePrefixes(cues.clauseOpener))));
  return starts;
}

/** The sticky twin of a cue pattern, compiled once. */
export function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`)));
  return sticky;
}

// Strong punctuation, each a token of its own: ; : ( ) [ ] — –
const STRONG_PUNCT = ";:()[]\u2014\u2013";

function isStrongPunct(text: string): boolean {
  return text.length === 1 && STRONG_PUNCT.includes(text);
}

/**
 * The end offset (in the sentence) of a cue that starts at this offset, or -1. A sticky copy
 * anchors the cue at the word while its lookbehind still sees the words before; tried at each
 * word whose first letters allow it, it costs less than a scan that tries the lookbehind at
 * every character.
 */
function cueEndAt(low: string, at: number, starts: CueStarts | null, sticky: RegExp): number {
  if (!cueMayStartAt(starts, low, at)) return -1;
  sticky.lastIndex = at;
  // A sticky match starts at `at` and leaves lastIndex at its end: test() says all, with no match array.
  return sticky.test(low) ? sticky.lastIndex : -1;
}

/**
 * Splits a sentence into clauses: a clause opener (conjunction, complementiser,
 * condition marker) or strong punctuation starts a new one. A comma closes a
 * condition clause, so that "si X, Y" binds Y to X.
 */
export function splitClauses(view: SentenceView, cues: ModalityCues): Clause[] {
  const words = view.words;
  const low = view.low;
  // Clause starts come in word order (a start at the same word replaces the one before): two parallel lists.
  const froms: number[] = [0];
  const conditions: boolean[] = [false];
  const startAt = (i: number, condition: boolean): void => {
    const last = froms.length - 1;
    if (froms[last] === i) conditions[last] = condition;
    else {
      froms.push(i);
      conditions.push(condition);
    }
  };
  // Most words cannot start a cue: their first two letters say so.
  const conditionFirst = cuePrefixes(cues.condition);
  const openerFirst = cuePrefixes(cues.clauseOpener);
  const conditionSticky = stickyOf(cues.condition);
  const openerSticky = stickyOf(cues.clauseOpener);
  const eitherFirst = clauseStartsOf(cues);
  // The last word that starts before an offset in the sentence.
  const skipTo = (i: number, end: number): number => {
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.start - view.start < end) j++;
    return j;
  };
  let inCondition = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind === "punct") {
      if (isStrongPunct(w.text) || (inCondition && w.text === ",")) {
        if (i + 1 < words.length) startAt(i + 1, false);
        inCondition = false;
      }
      continue;
    }
    if (w.kind !== "word") continue;
    const at = w.start - view.start;
    if (!cueMayStartAt(eitherFirst, low, at)) continue;
    const condition = cueEndAt(low, at, conditionFirst, conditionSticky);
    if (condition >= 0) {
      startAt(i, true);
      inCondition = true;
      // "à condition que", "tant que": the "que" inside the marker opens no clause of its own.
      i = skipTo(i, condition);
    } else {
      const opener = cueEndAt(low, at, openerFirst, openerSticky);
      if (opener >= 0) {
        startAt(i, false);
        inCondition = false;
        i = skipTo(i, opener);
      }
    }
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < froms.length; k++) clauses.push({ from: froms[k]!, to: k + 1 < froms.length ? froms[k + 1]! : words.length, condition: conditions[k]! });
  return clauses;
}

/** Index of the clause that holds a word. */
export function clauseIndexOf(clauses: readonly Clause[], word: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.from <= word) return k;
  return 0;
}
