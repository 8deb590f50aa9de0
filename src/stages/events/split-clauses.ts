import { cueMayStartAt, cuePrefixes } from "./cue-pattern.js";
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

/** The sticky twin of a cue pattern, compiled once. */
export function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`)));
  return sticky;
}

const STRONG_PUNCT = /^[;:()\[\]—–]$/;

/**
 * Splits a sentence into clauses: a clause opener (conjunction, complementiser,
 * condition marker) or strong punctuation starts a new one. A comma closes a
 * condition clause, so that "si X, Y" binds Y to X.
 */
export function splitClauses(view: SentenceView, cues: ModalityCues): Clause[] {
  const words = view.words;
  const starts = new Map<number, boolean>();
  starts.set(0, false);
  // Most words cannot start a cue: their first two letters say so.
  const conditionFirst = cuePrefixes(cues.condition);
  const openerFirst = cuePrefixes(cues.clauseOpener);
  const conditionSticky = stickyOf(cues.condition);
  const openerSticky = stickyOf(cues.clauseOpener);
  // The end offset (in the sentence) of a cue that starts at this word, or -1.
  const openerAt = (i: number, pattern: RegExp): number => {
    // A sticky copy anchors the cue at the word while its lookbehind still sees the words before;
    // tried at each word, it costs less than a scan that tries the lookbehind at every character.
    const at = words[i]!.start - view.start;
    const condition = pattern === cues.condition;
    if (!cueMayStartAt(condition ? conditionFirst : openerFirst, view.low, at)) return -1;
    const sticky = condition ? conditionSticky : openerSticky;
    sticky.lastIndex = at;
    const m = sticky.exec(view.low);
    return m ? m.index + m[0].length : -1;
  };
  const skipTo = (i: number, end: number): number => {
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.start - view.start < end) j++;
    return j;
  };
  let inCondition = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind === "punct" && STRONG_PUNCT.test(w.text)) {
      if (i + 1 < words.length) starts.set(i + 1, false);
      inCondition = false;
      continue;
    }
    if (w.kind === "punct" && w.text === "," && inCondition) {
      if (i + 1 < words.length) starts.set(i + 1, false);
      inCondition = false;
      continue;
    }
    if (w.kind !== "word") continue;
    const condition = openerAt(i, cues.condition);
    if (condition >= 0) {
      starts.set(i, true);
      inCondition = true;
      // "à condition que", "tant que": the "que" inside the marker opens no clause of its own.
      i = skipTo(i, condition);
    } else {
      const opener = openerAt(i, cues.clauseOpener);
      if (opener >= 0) {
        starts.set(i, false);
        inCondition = false;
        i = skipTo(i, opener);
      }
    }
  }
  const sorted = [...starts.entries()].sort((a, b) => a[0] - b[0]);
  return sorted.map(([from, condition], k) => ({ from, to: sorted[k + 1]?.[0] ?? words.length, condition }));
}

/** Index of the clause that holds a word. */
export function clauseIndexOf(clauses: readonly Clause[], word: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.from <= word) return k;
  return 0;
}
