import type { TimeExpression } from "../../model/annotations.js";
import { sentenceIndexAt } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { anchorPeriods } from "./anchor-periods.js";
import { anchorTimes } from "./anchor-times.js";
import { parseDct } from "./calendar-math.js";
import { keepLongest } from "./keep-longest.js";
import { matchRules } from "./match-rules.js";
import { TenseDetector } from "./tense.js";
import { compileRules } from "./trigger-index.js";
import type { RuleContext } from "./types.js";

export type { Anaphor, Direction, GuidedMarker, RuleContext, TenseLexicon, TenseMarker, TimeRule, TimesGrammar, TimexDraft } from "./types.js";

// Read in place from the sentence start: where the run of spaces and opening marks ends.
const OPENING_RUN = /[\s«"“'‘(\-–—_]*/y;
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

// "t1", "t2", …: made once, shared by every document.
const TIME_IDS: string[] = [];

function timeId(i: number): string {
  while (TIME_IDS.length <= i) TIME_IDS.push(`t${TIME_IDS.length + 1}`);
  return TIME_IDS[i]!;
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
      clearlyPast: (start, end) => tense.clearlyPast(start, end),
      sentenceInitial: (start) => {
        const i = sentenceIndexAt(doc, start);
        if (i < 0) return true;
        const from = doc.layers.sentences[i]!.start;
        // Quoted speech often holds several sentences in one segment: a full stop inside it counts too.
        OPENING_RUN.lastIndex = from;
        OPENING_RUN.test(doc.text);
        return OPENING_RUN.lastIndex >= start || afterSentenceEnd(doc.text, from, start);
      },
    };

    // Matchers first, at their trigger tokens; then refiners: the longest expression wins an overlap; clock times get their day.
    const drafts = matchRules(doc, compileRules(grammar, ctx.locale.calendar), context);
    const kept = keepLongest(drafts);
    anchorTimes(doc, kept);
    // After the clock times, whose days may serve as antecedents.
    anchorPeriods(doc, kept);

    const prefix = `times/${ctx.locale.code}/`;
    doc.layers.times = kept.map((d, i): TimeExpression => {
      // Keys in contract order, optional ones set only when present: no spread copies.
      const time: TimeExpression = { id: timeId(i), start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), type: d.type, value: d.value };
      if (d.mod) time.mod = d.mod;
      if (d.implied) time.implied = true;
      time.ruleId = prefix + d.rule;
      return time;
    });
  },
};
