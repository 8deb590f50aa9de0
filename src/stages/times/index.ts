import type { CalendarLexicon } from "../../locales/calendar.js";
import type { Sentence, TimeExpression, Token } from "../../model/annotations.js";
import { sentenceIndexAt } from "../../model/document.js";
import { removeOverlaps } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { anchorTimes } from "./anchor-times.js";
import { parseDct } from "./calendar-math.js";
import { TenseDetector } from "./tense.js";
import type { RuleContext, TimeRule, TimesGrammar, TimexDraft } from "./types.js";

export type { Direction, RuleContext, TenseLexicon, TimeRule, TimesGrammar, TimexDraft } from "./types.js";

/** A grammar's rules with the index from trigger token to the rules it wakes. */
interface CompiledRules {
  rules: readonly TimeRule[];
  byTrigger: Map<string, number[]>;
}

// Rules are compiled once per grammar and calendar, not once per document.
const compiled = new WeakMap<TimesGrammar, WeakMap<CalendarLexicon, CompiledRules>>();

function rulesOf(grammar: TimesGrammar, calendar: CalendarLexicon): CompiledRules {
  let byCalendar = compiled.get(grammar);
  if (!byCalendar) compiled.set(grammar, (byCalendar = new WeakMap()));
  let entry = byCalendar.get(calendar);
  if (!entry) {
    const rules = grammar.rules(calendar);
    const byTrigger = new Map<string, number[]>();
    rules.forEach((rule, i) => {
      for (const t of rule.triggers) {
        const key = normalizeToken(t);
        const list = byTrigger.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        byTrigger.set(key, list);
      }
    });
    byCalendar.set(calendar, (entry = { rules, byTrigger }));
  }
  return entry;
}

function normalizeToken(t: string): string {
  const lower = t.toLowerCase();
  if (!lower.includes("’") && !lower.endsWith(".")) return lower;
  return lower.replace(/’/g, "'").replace(/\.$/, "");
}

/** Whether a rule is woken, per rule index, by a sentence's tokens; reuses `woken`. */
function wakeRules(tokens: readonly Token[], from: number, sentence: Sentence, byTrigger: Map<string, number[]>, woken: boolean[]): number {
  woken.fill(false);
  let i = from;
  for (; i < tokens.length && tokens[i]!.start < sentence.end; i++) {
    const token = tokens[i]!;
    let hits: number[] | undefined;
    if (token.kind === "number") hits = byTrigger.get("#number");
    else if (token.kind === "word") {
      const word = normalizeToken(token.text);
      hits = byTrigger.get(word);
      if (word.includes("-")) for (const part of word.split("-")) for (const r of byTrigger.get(part) ?? []) woken[r] = true;
    }
    if (hits) for (const r of hits) woken[r] = true;
  }
  return i;
}

/** Shifts a match made on a sentence's text to document offsets. */
function shiftMatch(m: RegExpExecArray, offset: number): RegExpExecArray {
  m.index += offset;
  const indices = m.indices;
  if (indices) {
    const shift = (pair: [number, number] | undefined): [number, number] | undefined => (pair ? [pair[0] + offset, pair[1] + offset] : pair);
    const out = indices.map(shift) as unknown as RegExpIndicesArray;
    if (indices.groups) {
      const groups: Record<string, [number, number]> = {};
      for (const name in indices.groups) groups[name] = shift(indices.groups[name])!;
      out.groups = groups;
    }
    m.indices = out;
  }
  return m;
}

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

    // Matchers first, sentence by sentence, only the rules the sentence's tokens wake:
    // scanning every rule over the whole text would cost a regex pass per rule.
    const { rules, byTrigger } = rulesOf(grammar, ctx.locale.calendar);
    const drafts: TimexDraft[] = [];
    const tokens = doc.layers.tokens;
    const woken: boolean[] = rules.map(() => false);
    let t = 0;
    for (const sentence of doc.layers.sentences) {
      while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
      wakeRules(tokens, t, sentence, byTrigger, woken);
      if (!woken.includes(true)) continue;
      const sub = doc.text.slice(sentence.start, sentence.end);
      for (let r = 0; r < rules.length; r++) {
        if (!woken[r]) continue;
        const rule = rules[r]!;
        rule.pattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = rule.pattern.exec(sub)) !== null) {
          if (m[0].length === 0) {
            rule.pattern.lastIndex++;
            continue;
          }
          const found = rule.extract(shiftMatch(m, sentence.start), context);
          if (!found) continue;
          for (const d of Array.isArray(found) ? found : [found]) {
            if (d.end > d.start) drafts.push({ ...d, rule: d.rule && d.rule !== rule.id ? `${rule.id}/${d.rule}` : rule.id });
          }
        }
      }
    }
    // Then refiners: the longest expression wins an overlap; clock times get their day.
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
