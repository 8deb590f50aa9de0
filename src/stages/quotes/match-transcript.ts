import type { Candidate } from "./candidate.js";
import { tokenAtOrAfter, wordCount, type QuoteContext } from "./context.js";
import { describe } from "./find-speaker.js";

/** A speaker label: up to four capitalised words (or one in capitals) before a colon that opens the paragraph. */
const LABEL = /^[“"«]?\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*:\s+(?=\S)/u;
/** Content shorter than this after a label is a heading ("Update: Friday"), not a turn. */
const MIN_WORDS = 4;

/**
 * Whether what follows a label is a headline's kicker ("Procès X : cinq ans requis contre Y"): no quotation mark
 * opens it and no sentence punctuation closes it, where a speaker's turn is a sentence or a quotation.
 */
function isKicker(text: string, start: number, end: number): boolean {
  const content = text.slice(start, end).trim();
  return !/^[“"«‘]/u.test(content) && !/[.!?…"”»’]$/u.test(content);
}

/**
 * Transcript turns and headline quotes: a paragraph that opens with a
 * speaker label and a colon ("PENCE: Well, look, …", "Ted Cruz: ‘…’").
 * The label must be a name in capitals or a run of two or more
 * capitalised words; single capitalised words ("Update:", "Related:")
 * and the locale's heading labels are not speakers.
 */
export function matchTranscript(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, lex } = ctx;
  let colon = -1;
  for (const para of ctx.doc.layers.paragraphs) {
    const headEnd = Math.min(para.end, para.start + 80);
    // A label ends with a colon near the paragraph's start: most paragraphs have none there.
    if (colon < para.start) colon = text.indexOf(":", para.start);
    if (colon < 0) break;
    if (colon >= headEnd) continue;
    const head = text.slice(para.start, headEnd);
    const m = LABEL.exec(head);
    if (!m) continue;
    const label = m[1]!;
    const words = label.split(/\s+/);
    const capitals = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label);
    if (!capitals && words.length < 2) continue;
    if (words.some((w) => lex.headingLabels.has(w.toLowerCase()))) continue;
    const labelStart = para.start + m[0].indexOf(label);
    const a = tokenAtOrAfter(ctx, labelStart);
    const b = tokenAtOrAfter(ctx, labelStart + label.length);
    const speaker = describe(ctx, a, b);
    if (!speaker || !speaker.proper) continue;
    let start = para.start + m[0].length;
    let end = para.end;
    if (isKicker(text, start, end)) continue;
    while (start < end && /[“"«‘\s]/.test(text[start]!)) start++;
    while (end > start && /[\s"”»’]/.test(text[end - 1]!)) end--;
    if (wordCount(text, start, end, MIN_WORDS) < MIN_WORDS) continue;
    out.push({
      kind: "direct",
      start,
      end,
      speaker,
      cue: null,
      group: null,
      sentence: ctx.tokenSentence[tokenAtOrAfter(ctx, start)] ?? 0,
      ruleId: `quotes/${ctx.doc.lang}/transcript-label`,
      inherit: false,
    });
  }
  return out;
}
