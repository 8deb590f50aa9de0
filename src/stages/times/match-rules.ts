import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { pendingIndices } from "./patterns.js";
import { opensOn, wokenBy, wokenByNumber, type CompiledRules } from "./trigger-index.js";
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
  const { rules, sticky, withIndices } = compiledRules;
  const drafts: TimexDraft[] = [];
  const tokens = doc.layers.tokens;
  // Per rule, the tokens of the current sentence that wake it, in text order: lists kept with the rules, emptied after each sentence.
  const triggersOf = compiledRules.triggersOf;
  for (const list of triggersOf) list.length = 0;
  let t = 0;
  for (const sentence of doc.layers.sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    const first = t;
    let any = false;
    for (let i = first; i < tokens.length && tokens[i]!.start < sentence.end; i++) {
      const token = tokens[i]!;
      const hits = token.kind === "number" ? wokenByNumber(token.text, compiledRules) : token.kind === "word" ? wokenBy(token.text, compiledRules) : NONE;
      for (let h = 0; h < hits.length; h++) triggersOf[hits[h]!]!.push(i);
      if (hits.length > 0) any = true;
    }
    if (!any) continue;
    const offset = sentence.start;
    const sub = doc.text.slice(offset, sentence.end);
    for (let r = 0; r < rules.length; r++) {
      const triggers = triggersOf[r]!;
      if (triggers.length === 0) continue;
      const rule = rules[r]!;
      const lookback = rule.lookback ?? LOOKBACK_TOKENS;
      const pattern = sticky[r]!;
      const opens = compiledRules.opens[r]!;
      // Where the previous match of this rule ended: matches do not overlap, as with a global regex.
      let floor = 0;
      for (const trigger of triggers) {
        const triggerStart = tokens[trigger]!.start - offset;
        let from = Math.max(first, trigger - lookback);
        while (triggerStart >= floor) {
          let m: RegExpExecArray | null = null;
          for (; from <= trigger && m === null; from++) {
            const token = tokens[from]!;
            const at = token.start - offset;
            if (at < floor || !canOpen(token) || (opens !== null && !opensOn(token, opens))) continue;
            pattern.lastIndex = at;
            m = pattern.exec(sub);
            if (m !== null && m[0].length === 0) m = null;
          }
          if (m === null) break;
          floor = m.index + m[0].length;
          pendingIndices.match = m;
          pendingIndices.pattern = withIndices[r]!;
          pendingIndices.subject = sub;
          pendingIndices.at = m.index;
          pendingIndices.offset = offset;
          m.index += offset;
          const found = rule.extract(m, context);
          pendingIndices.match = null;
          if (!found) continue;
          if (Array.isArray(found)) {
            for (const d of found) keep(drafts, d, rule.id);
          } else keep(drafts, found, rule.id);
        }
      }
      triggers.length = 0;
    }
  }
  return drafts;
}

// The rule's own drafts, fresh from its extractor: named in place rather than copied.
function keep(drafts: TimexDraft[], d: TimexDraft, id: string): void {
  if (d.end <= d.start) return;
  d.rule = d.rule && d.rule !== id ? `${id}/${d.rule}` : id;
  drafts.push(d);
}

// Expressions open on a word or a number, or on the apostrophe of "’90s"; never on other punctuation.
function canOpen(token: Token): boolean {
  if (token.kind === "word" || token.kind === "number") return true;
  return token.text === "'" || token.text === "’";
}

