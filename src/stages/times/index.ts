import type { TimeExpression } from "../../model/annotations.js";
import { sentenceIndexAt } from "../../model/document.js";
import { removeOverlaps } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { anchorTimes } from "./anchor-times.js";
import { parseDct } from "./calendar-math.js";
import { matchRules } from "./match-rules.js";
import { TenseDetector } from "./tense.js";
import { compileRules } from "./trigger-index.js";
import type { RuleContext, TimexDraft } from "./types.js";

export type { Direction, GuidedMarker, RuleContext, TenseLexicon, TenseMarker, TimeRule, TimesGrammar, TimexDraft } from "./types.js";

/** Among overlapping drafts, keeps the longest (the earlier rule on a tie), one cluster of overlaps at a time. */
function keepLongest(drafts: TimexDraft[]): TimexDraft[] {
  // The sort is stable: drafts that start together keep their rule order.
  const order = [...drafts].sort((a, b) => a.start - b.start);
  const kept: TimexDraft[] = [];
  let cluster: TimexDraft[] = [];
  let clusterEnd = -1;
  const flush = () => {
    // Most expressions overlap nothing: a cluster of one is kept as is.
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) kept.push(...removeOverlaps(cluster));
    cluster = [];
  };
  for (const d of order) {
    if (d.start >= clusterEnd) flush();
    cluster.push(d);
    clusterEnd = Math.max(clusterEnd, d.end);
  }
  flush();
  return kept;
}

const OPENING_ONLY = /^[\s«"“'‘(\-–—_]*$/;
const SPACE = /\s/;

/**
 * Whether text[from, at) ends on a sentence end, an opening quote or a line break, then spaces:
 * what `/(?:[.!?…][»”"’]?|[«“]|\n)\s*$/` finds, read backwards from `at` instead of tried at every position.
 */
function afterSentenceEnd(text: string, from: number, at: number): boolean {
  let j = at;
  while (j > from && SPACE.test(text[j - 1]!)) {
    if (text[j - 1] === "\n") return true;
    j--;
  }
  if (j === from) return false;
  const c = text[j - 1]!;
  if (".!?…«“".includes(c)) return true;
  return j - 1 > from && "»”\"’".includes(c) && ".!?…".includes(text[j - 2]!);
}

/** TIMEX3 time expressions resolved against the DCT. */
export const timesStage: Stage = {
  name: "times",
  requires: ["sentences", "tokens", "dct"],
  assigns: ["times"],
  run(doc, ctx) {
    const grammar = ctx.locale.times;
    const tense = new TenseDetector(doc, grammar.tense);
    const context: RuleContext = {
      text: doc.text,
      dct: parseDct(doc.dct),
      calendar: ctx.locale.calendar,
      direction: (start, end) => tense.direction(start, end),
      sentenceInitial: (start) => {
        const i = sentenceIndexAt(doc, start);
        if (i < 0) return true;
        const from = doc.layers.sentences[i]!.start;
        // Quoted speech often holds several sentences in one segment: a full stop inside it counts too.
        return OPENING_ONLY.test(doc.text.slice(from, start)) || afterSentenceEnd(doc.text, from, start);
      },
    };

    // Matchers first, at their trigger tokens; then refiners: the longest expression wins an overlap; clock times get their day.
    const drafts = matchRules(doc, compileRules(grammar, ctx.locale.calendar), context);
    const kept = keepLongest(drafts);
    anchorTimes(doc, kept);

    const prefix = `times/${ctx.locale.code}/`;
    doc.layers.times = kept.map((d, i): TimeExpression => {
      // Keys in contract order, optional ones set only when present: no spread copies.
      const time: TimeExpression = { id: `t${i + 1}`, start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), type: d.type, value: d.value };
      if (d.mod) time.mod = d.mod;
      if (d.implied) time.implied = true;
      time.ruleId = prefix + d.rule;
      return time;
    });
  },
};
