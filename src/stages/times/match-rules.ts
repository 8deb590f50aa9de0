import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { wokenBy, type CompiledRules } from "./trigger-index.js";
import type { RuleContext, TimexDraft } from "./types.js";

/** Tokens before a trigger where a match may open, unless the rule says: "il y a plus de deux cent cinquante ans". */
const LOOKBACK_TOKENS = 10;
const NONE: readonly number[] = [];

/**
 * Runs the rules sentence by sentence: only the rules that a token of the
 * sentence wakes, and only at the few token starts before each such trigger.
 * Every match holds a trigger, so this finds what a global scan of the
 * sentence finds, without reading the text where no match can start.
 * Drafts come sentence by sentence, then in rule order, then left to right.
 */
export function matchRules(doc: VeilleDocument, compiledRules: CompiledRules, context: RuleContext): TimexDraft[] {
  const { rules, sticky } = compiledRules;
  const drafts: TimexDraft[] = [];
  const tokens = doc.layers.tokens;
  // Per rule, the tokens of the current sentence that wake it, in text order.
  const triggersOf: number[][] = rules.map(() => []);
  let t = 0;
  for (const sentence of doc.layers.sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    const first = t;
    let any = false;
    for (let i = first; i < tokens.length && tokens[i]!.start < sentence.end; i++) {
      const token = tokens[i]!;
      const hits = token.kind === "number" ? compiledRules.byNumber : token.kind === "word" ? wokenBy(token.text, compiledRules) : NONE;
      for (let h = 0; h < hits.length; h++) triggersOf[hits[h]!]!.push(i);
      if (hits.length > 0) any = true;
    }
    if (!any) continue;
    const sub = doc.text.slice(sentence.start, sentence.end);
    for (let r = 0; r < rules.length; r++) {
      const triggers = triggersOf[r]!;
      if (triggers.length === 0) continue;
      const rule = rules[r]!;
      const pattern = sticky[r]!;
      const lookback = rule.lookback ?? LOOKBACK_TOKENS;
      // Where the previous match of this rule ended: matches do not overlap, as with a global regex.
      let floor = 0;
      for (const trigger of triggers) {
        const triggerStart = tokens[trigger]!.start - sentence.start;
        let from = Math.max(first, trigger - lookback);
        while (triggerStart >= floor) {
          let m: RegExpExecArray | null = null;
          for (; from <= trigger && m === null; from++) {
            const token = tokens[from]!;
            const at = token.start - sentence.start;
            if (at < floor || !canOpen(token)) continue;
            pattern.lastIndex = at;
            m = pattern.exec(sub);
            if (m !== null && m[0].length === 0) m = null;
          }
          if (m === null) break;
          floor = m.index + m[0].length;
          const found = rule.extract(shiftMatch(m, sentence.start), context);
          if (!found) continue;
          for (const d of Array.isArray(found) ? found : [found]) {
            if (d.end > d.start) drafts.push({ ...d, rule: d.rule && d.rule !== rule.id ? `${rule.id}/${d.rule}` : rule.id });
          }
        }
      }
      triggers.length = 0;
    }
  }
  return drafts;
}

// Expressions open on a word or a number, or on the apostrophe of "’90s"; never on other punctuation.
function canOpen(token: Token): boolean {
  if (token.kind === "word" || token.kind === "number") return true;
  return token.text === "'" || token.text === "’";
}

/** Shifts a match made on a sentence's text to document offsets, in place: its index pairs are its own. */
function shiftMatch(m: RegExpExecArray, offset: number): RegExpExecArray {
  m.index += offset;
  const indices = m.indices;
  // The named groups share these pairs.
  if (indices) {
    for (const pair of indices) {
      if (pair === undefined) continue;
      pair[0] += offset;
      pair[1] += offset;
    }
  }
  return m;
}
