import type { Modality } from "../../model/annotations.js";
import type { GovernorHit, TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";
import type { Clause } from "./split-clauses.js";
import type { ModalityCues } from "./types.js";
import { cueMayMatch, cueTest } from "./cue-pattern.js";

/** What a trigger's clause says about its tense, read from the verb form and the auxiliaries before it. */
export type ClauseTense = "past" | "present" | "future" | "conditional" | "infinitive" | "none";

/** Everything the modality rules read about one trigger. */
export interface ModalityInput {
  view: SentenceView;
  hit: TriggerHit;
  clauses: readonly Clause[];
  clauseIndex: number;
  cues: ModalityCues;
  tense: ClauseTense;
  governor: GovernorHit | null;
  /** Whether a past reporting verb ("a déclaré que", "said") or "selon" precedes the trigger in its sentence (asked only of a conditional). */
  reported: () => boolean;
  /** Whether the event's time resolves after the publication date. */
  timeAfterDct: boolean;
  /** Whether the trigger lies inside a quotation whose speaker is not its source. */
  quotedByOther: boolean;
  /** The hostile types whose report by another source is only a claim. */
  claimable: () => boolean;
  /** Whether the trigger is the act an accusation before it charges ("accuse X d'avoir menacé"). */
  charged: boolean;
  /** Start offset (in the sentence's `low`) of the sentence's next trigger, or Infinity. */
  nextTrigger: number;
}

/** The decision with the rule that made it and the condition's text, when there is one. */
export interface ModalityDecision {
  modality: Modality;
  rule: string;
  condition?: { start: number; end: number };
}

const test = cueTest;

// Types whose verbs are statements: made once, then reported.
const SPEECH_ACTS = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"]);

// Lemmas of verbs that say an act goes on.
const CONTINUING = /^(?:se |s')?poursui|^continu/;

/**
 * Decides what the text commits to about an event, from the most specific
 * signal to the least: denial, negation, proposal, condition, possibility,
 * aspect, schedule, report, then tense.
 */
export function decideModality(input: ModalityInput): ModalityDecision {
  const { view, hit, clauses, clauseIndex, cues } = input;
  const clause = clauses[clauseIndex]!;
  const words = view.words;
  const rel = (offset: number): number => offset - view.start;
  const clauseStart = rel(words[clause.from]!.start);
  const clauseEnd = rel(words[Math.max(clause.to - 1, clause.from)]!.end);
  const trigStart = rel(words[hit.from]!.start);
  const trigEnd = rel(words[hit.to - 1]!.end);
  // Negations and denials inside a quotation do not reach the verb that reports it ("« … jamais … », a démenti X").
  const before = afterLastQuotation(view.low, clauseStart, trigStart);
  // What follows the trigger up to the next trigger of the sentence or the clause's end.
  const after = view.low.slice(trigEnd, Math.min(clauseEnd, input.nextTrigger));
  const nearBefore = view.low.slice(Math.max(clauseStart, trigStart - 30), trigStart);
  const gov = input.governor?.kind ?? null;

  if (gov === "deny" || test(cues.denial, before)) return { modality: "denied", rule: "denial" };
  if (isNegated(input, before, after)) return { modality: "negated", rule: "negation" };
  // What one side accuses another of having done is that side's claim, not a fact the text states.
  if (input.charged) return { modality: "claimed", rule: "charged-act" };
  if (gov === "propose" || test(cues.proposalBefore, nearBefore) || test(cues.proposalAfter, after.slice(0, 60))) {
    const condition = conditionOf(input);
    return condition ? { modality: "proposed", rule: "proposal", condition } : { modality: "proposed", rule: "proposal" };
  }
  if (clause.condition) return { modality: "hypothetical", rule: "inside-condition" };
  const condition = conditionOf(input);
  if (condition) return { modality: "conditional", rule: "condition", condition };
  // A threat is conditional on what its complement sets as a condition ("warned that X would Y if Z").
  if (hit.sense.type === "THREATEN") {
    const later = laterCondition(input);
    if (later) return { modality: "conditional", rule: "threat-condition", condition: later };
  }
  if (gov === "possible" || test(cues.hypothetical, nearBefore)) return { modality: "hypothetical", rule: "possibility" };
  // "is asking X to keep the ban", "demande de poursuivre": after a statement's verb, an aspect word is its complement's.
  const statement = hit.pos === "verb" && SPEECH_ACTS.has(hit.sense.type);
  if (gov === "continue" || CONTINUING.test(hit.lemma) || (!statement && test(cues.ongoing, hit.pos === "noun" ? after : after.slice(0, 40)) && input.tense !== "past")) {
    return { modality: "ongoing", rule: "aspect" };
  }
  if (input.tense === "future" || gov === "plan" || gov === "commit" || test(cues.planned, nearBefore) || test(cues.planned, after.slice(0, 40))) {
    return { modality: "planned", rule: "future" };
  }
  // "Selon l'accusation, il aurait frappé …": a past conditional on someone's word is an allegation, not a plan.
  if (input.tense === "conditional" && pastConditional(input) && input.reported()) return { modality: "claimed", rule: "alleged-past" };
  if (input.tense === "conditional") {
    return input.reported() ? { modality: "planned", rule: "future-in-past" } : { modality: "hypothetical", rule: "conditional-mood" };
  }
  // A noun dated after publication has not happened, whatever its clause's tense ("has organised a march on May 3").
  if (input.timeAfterDct && (input.tense !== "past" || hit.pos === "noun")) return { modality: "planned", rule: "time-after-dct" };
  if (input.quotedByOther && input.claimable()) return { modality: "claimed", rule: "reported-claim" };
  if (input.tense === "present" && hit.pos === "verb") {
    // "X dénonce", "Y calls on": a statement in the present is news of one made, not one going on.
    if (SPEECH_ACTS.has(hit.sense.type) && hit.sense.mode !== "investigate") return { modality: "happened", rule: "present-statement" };
    return { modality: "ongoing", rule: "present" };
  }
  return { modality: "happened", rule: "past" };
}

// A closing quotation mark and the comma of the incise after it ("», a démenti").
const QUOTE_THEN_COMMA = /^[»”]\s*,/;

/** The text between a start and an end offset, from past the last quotation that an incise follows. */
function afterLastQuotation(low: string, from: number, to: number): string {
  const close = Math.max(low.lastIndexOf("»", to - 1), low.lastIndexOf("”", to - 1));
  if (close < from || !QUOTE_THEN_COMMA.test(low.slice(close, close + 4))) return low.slice(from, to);
  return low.slice(close + 1, to);
}

function isNegated(input: ModalityInput, before: string, after: string): boolean {
  const { cues } = input;
  if (cueTest(cues.negation, before.slice(-60))) return true;
  if (!cues.negationParticle || !cues.negationCompletion) return false;
  const particle = lastMatch(cues.negationParticle, before);
  if (particle < 0) return false;
  // "ne … pas" negates; "ne … que" restricts ("ne peut riposter que si").
  return cueTest(cues.negationCompletion, before.slice(particle)) || cueTest(cues.negationCompletion, after.slice(0, 12));
}

const globals = new WeakMap<RegExp, RegExp>();

function lastMatch(pattern: RegExp, text: string): number {
  if (!cueMayMatch(pattern, text)) return -1;
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}g`)));
  global.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text)) !== null) {
    last = m.index;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

/** The condition clause bound to the trigger's clause: the one right after it, or right before it. */
function conditionOf(input: ModalityInput): { start: number; end: number } | null {
  const { clauses, clauseIndex, view } = input;
  const next = clauses[clauseIndex + 1];
  // A one-word clause ("que" in "ne … que si") stands between a clause and its condition.
  const short = next !== undefined && next.to - next.from <= 1;
  return conditionText(view, next) ?? conditionText(view, clauses[clauseIndex - 1]) ?? (short ? conditionText(view, clauses[clauseIndex + 2]) : null);
}

/** The first condition clause after the trigger's clause, anywhere later in the sentence. */
function laterCondition(input: ModalityInput): { start: number; end: number } | null {
  for (let k = input.clauseIndex + 1; k < input.clauses.length; k++) {
    const c = conditionText(input.view, input.clauses[k]);
    if (c) return c;
  }
  return null;
}

// A condition clause's text range without its closing punctuation, or null when the clause is none.
function conditionText(view: SentenceView, c: Clause | undefined): { start: number; end: number } | null {
  if (!c || !c.condition) return null;
  let to = c.to;
  while (to > c.from && view.words[to - 1]!.kind === "punct") to--;
  if (to <= c.from) return null;
  return { start: view.words[c.from]!.start, end: view.words[to - 1]!.end };
}

/** Whether a verb trigger is a participle right after a conditional auxiliary ("aurait frappé", "auraient attaqué"). */
function pastConditional(input: ModalityInput): boolean {
  const { hit, view, cues } = input;
  if (hit.pos !== "verb" || hit.tense !== "participle" || hit.from === 0) return false;
  return cueTest(cues.conditionalAux, view.info(hit.from - 1).low);
}
