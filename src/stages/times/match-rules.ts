import type { Token } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { pendingIndices } from "./patterns.js";
import { mayWakeAt, openersOf, SeparatorCursor, wokenBy, wokenByNumber, type CompiledRules, type Openers } from "./trigger-index.js";
import type { RuleContext, TimexDraft } from "./types.js";

/** Tokens before a trigger where a match may open, unless the rule says: "il y a plus de deux cent cinquante ans". */
const LOOKBACK_TOKENS = 10;

/**
 * Runs the rules sentence by sentence: only the rules that a token of the
 * sentence wakes, and only at the few token starts before each such trigger.
 * Every match holds a trigger, so this finds what a global scan of the
 * sentence finds, without reading the text where no match can start.
 * Drafts come sentence by sentence, then in rule order, then left to right.
 */
export function matchRules(doc: VeilleDocument, compiledRules: CompiledRules, context: RuleContext): TimexDraft[] {
  const drafts: TimexDraft[] = [];
  const tokens = doc.layers.tokens;
  // Trigger lists left over by a document whose run threw half-way start empty.
  compiledRules.triggerCounts.fill(0);
  const separators = new SeparatorCursor(doc.text);
  let t = 0;
  for (const sentence of doc.layers.sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    const first = t;
    let end = first;
    let any = false;
    for (; end < tokens.length && tokens[end]!.start < sentence.end; end++) {
      if (noteTriggers(doc.text, tokens[end]!, end, separators, compiledRules)) any = true;
    }
    if (any) matchSentence(doc, sentence.start, sentence.end, first, end, compiledRules, context, drafts);
  }
  return drafts;
}

/** Adds a token, tokens[i], to the trigger lists of the rules it wakes; whether it wakes any. */
function noteTriggers(text: string, token: Token, i: number, separators: SeparatorCursor, compiledRules: CompiledRules): boolean {
  let hits: readonly number[];
  if (token.kind === "word") {
    // A token's text is the document's text over its span: read there, most words are ruled out without touching their strings.
    if (!mayWakeAt(text, token.start, token.end, separators, compiledRules)) return false;
    hits = wokenBy(token.text, compiledRules);
  } else if (token.kind === "number") hits = wokenByNumber(token.text, compiledRules);
  else return false;
  const { triggersOf, triggerCounts } = compiledRules;
  for (let h = 0; h < hits.length; h++) {
    const r = hits[h]!;
    triggersOf[r]![triggerCounts[r]!++] = i;
  }
  return hits.length > 0;
}

/** Runs the woken rules of one sentence, tokens [first, end), at the tokens before their triggers; empties the trigger lists. */
function matchSentence(
  doc: VeilleDocument,
  offset: number,
  sentenceEnd: number,
  first: number,
  end: number,
  compiledRules: CompiledRules,
  context: RuleContext,
  drafts: TimexDraft[],
): void {
  const { rules, sticky, withIndices, triggersOf, triggerCounts, openersAt } = compiledRules;
  const tokens = doc.layers.tokens;
  const sub = doc.text.slice(offset, sentenceEnd);
  // Which rules may open on each token of the sentence, looked up once per token rather than once per rule and trigger.
  for (let k = 0; k < end - first; k++) openersAt[k] = undefined;
  for (let r = 0; r < rules.length; r++) {
    const count = triggerCounts[r]!;
    if (count === 0) continue;
    triggerCounts[r] = 0;
    const triggers = triggersOf[r]!;
    const rule = rules[r]!;
    const lookback = rule.lookback ?? LOOKBACK_TOKENS;
    const pattern = sticky[r]!;
    // Where the previous match of this rule ended: matches do not overlap, as with a global regex.
    let floor = 0;
    // The first token not yet tried: the tokens before it failed, or lie before the floor, and would again.
    let from = first;
    for (let k = 0; k < count; k++) {
      const trigger = triggers[k]!;
      const triggerStart = tokens[trigger]!.start - offset;
      from = Math.max(from, trigger - lookback);
      while (triggerStart >= floor) {
        let m: RegExpExecArray | null = null;
        for (; from <= trigger && m === null; from++) {
          const token = tokens[from]!;
          const at = token.start - offset;
          if (at < floor) continue;
          const openers: Openers = (openersAt[from - first] ??= openersOf(token, compiledRules));
          if (openers[r] === 0) continue;
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
  }
}

// The rule's own drafts, fresh from its extractor: named in place rather than copied.
function keep(drafts: TimexDraft[], d: TimexDraft, id: string): void {
  if (d.end <= d.start) return;
  d.rule = d.rule && d.rule !== id ? `${id}/${d.rule}` : id;
  drafts.push(d);
}
