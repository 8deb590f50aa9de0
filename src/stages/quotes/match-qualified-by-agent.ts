import type { Candidate } from "./candidate.js";
import { tokenAtOrAfter, type QuoteContext } from "./context.js";
import { verbAt } from "./find-cues.js";
import { subjectAfter } from "./find-speaker.js";

/**
 * Quoted words applied through a passive participle, with the agent after
 * them: "dont l'état est jugé « stable » par l'établissement", "qualifié de
 * « désastre » par l'opposition", "described as “reckless” by economists".
 * The agent is the speaker. Passives head no cue, so this matcher reads from
 * the quotations instead, and only closed ones.
 */
export function matchQualifiedByAgent(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const { lex, lower, tokens } = ctx;
  if (lex.qualifiers.size === 0) return out;
  for (const q of ctx.quotations) {
    if (!q.closed) continue;
    const open = tokenAtOrAfter(ctx, q.start);
    let k = open - 1;
    if (k > 0 && lex.qualifyLinks.has(lower[k]!)) k--;
    if (k < 0) continue;
    const verb = verbAt(ctx, k);
    if (!verb || !verb[1].includes("K") || !lex.qualifiers.has(verb[0])) continue;
    const link = tokenAtOrAfter(ctx, q.end);
    const sentence = ctx.tokenSentence[open] ?? -1;
    if (link >= tokens.length || !lex.agentLinks.has(lower[link]!) || ctx.tokenSentence[link] !== sentence) continue;
    const agent = subjectAfter(ctx, link);
    if (!agent) continue;
    out.push({
      kind: "indirect",
      start: q.start,
      end: q.end,
      speaker: agent,
      cue: { start: tokens[k]!.start, end: tokens[k]!.end, lemma: verb[0] },
      group: null,
      sentence,
      ruleId: `quotes/${ctx.doc.lang}/qualified-by-agent`,
      inherit: false,
    });
  }
  return out;
}
