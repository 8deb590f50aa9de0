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
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || a.i - b.i);
  const kept: TimexDraft[] = [];
  let cluster: TimexDraft[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length) kept.push(...removeOverlaps(cluster));
    cluster = [];
  };
  for (const { d } of order) {
    if (d.start >= clusterEnd) flush();
    cluster.push(d);
    clusterEnd = Math.max(clusterEnd, d.end);
  }
  flush();
  return kept;
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
        const before = doc.text.slice(doc.layers.sentences[i]!.start, start);
        // Quoted speech often holds several sentences in one segment: a full stop inside it counts too.
        return /^[\s«"“'‘(\-–—_]*$/u.test(before) || /(?:[.!?…][»”"’]?|[«“]|\n)[\s\u00a0]*$/u.test(before);
      },
    };

    // Matchers first, at their trigger tokens; then refiners: the longest expression wins an overlap; clock times get their day.
    const drafts = matchRules(doc, compileRules(grammar, ctx.locale.calendar), context);
    const kept = keepLongest(drafts);
    anchorTimes(doc, kept);

    const prefix = `times/${ctx.locale.code}/`;
    doc.layers.times = kept.map((d, i): TimeExpression => ({
      id: `t${i + 1}`,
      start: d.start,
      end: d.end,
      text: doc.text.slice(d.start, d.end),
      type: d.type,
      value: d.value,
      ...(d.mod ? { mod: d.mod } : {}),
      ...(d.implied ? { implied: true } : {}),
      ruleId: prefix + d.rule,
    }));
  },
};
