import type { Quote, TimeExpression } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { buildContext } from "./context.js";
import { findCues } from "./find-cues.js";
import { findQuotations } from "./find-quotations.js";
import { subjectBefore } from "./find-speaker.js";
import { matchAccording } from "./match-according.js";
import { matchDialogue } from "./match-dialogue.js";
import { matchQualifiedByAgent } from "./match-qualified-by-agent.js";
import { matchQuotations } from "./match-quotations.js";
import { matchTranscript } from "./match-transcript.js";
import { attributionStarts, cueSpeakers, matchReported } from "./match-reported.js";
import { refineCandidates } from "./refine-quotes.js";
import { resolveSpeakers } from "./resolve-speakers.js";
import type { QuotesLexicon } from "./types.js";

export type { QuotesLexicon } from "./types.js";
export { findQuotations } from "./find-quotations.js";

/**
 * Direct, indirect and mixed quotations with speaker, cue and time. Order:
 * quotation marks and reporting verbs are found first; reported clauses,
 * source phrases, quotations (with the agents of passives that qualify
 * them), dialogue lines and transcript labels are matched from them;
 * refiners merge quotations into the reports that embed them; speakers
 * are resolved last, in text order, because pronouns and bare titles
 * point back to earlier speakers.
 */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["sentences", "tokens", "entities", "times"],
  assigns: ["quotes"],
  run(doc, ctx) {
    doc.layers.quotes = findQuotes(doc, ctx.locale.quotes);
  },
};

/** Runs the quotes stage's matchers and refiners over a segmented document. */
export function findQuotes(doc: VeilleDocument, lexicon: QuotesLexicon): Quote[] {
  const quotations = findQuotations(doc.text, doc.layers.paragraphs);
  const ctx = buildContext(doc, lexicon, quotations);
  const cues = findCues(ctx);
  const speakers = cueSpeakers(ctx, cues, (first) => subjectBefore(ctx, first));
  const starts = attributionStarts(ctx, cues, speakers);
  const reports = matchReported(ctx, cues, speakers, starts).concat(matchAccording(ctx, starts), matchQualifiedByAgent(ctx));
  const direct = matchQuotations(ctx, cues, speakers);
  const dialogue = matchDialogue(ctx, cues, speakers).concat(matchTranscript(ctx));
  const candidates = refineCandidates(ctx, reports, direct, dialogue);
  const quotes = resolveSpeakers(ctx, candidates);
  // Many articles quote no one: their times need no sorting.
  if (quotes.length === 0) return quotes;
  const times = sortedByStart(doc.layers.times);
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
    const sentence = candidates[i]!.sentence;
    q.time = dateOf(doc, times, sentence, q);
  });
  return quotes;
}

/** Time expressions by start: the layer itself when it is already in that order, as it usually is. */
function sortedByStart(times: readonly TimeExpression[]): readonly TimeExpression[] {
  for (let i = 1; i < times.length; i++) {
    if (times[i]!.start < times[i - 1]!.start) return [...times].sort((a, b) => a.start - b.start);
  }
  return times;
}

/** The time expression of the quote's sentence that lies outside the quoted content, nearest the cue. */
function dateOf(doc: VeilleDocument, times: readonly TimeExpression[], sentence: number, q: Quote): string | null {
  const s = doc.layers.sentences[sentence];
  if (!s) return null;
  const anchor = q.cue ? q.cue.start : q.start;
  let best: TimeExpression | null = null;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < times.length && times[i]!.start < s.end; i++) {
    const t = times[i]!;
    if (t.start < s.start || t.end > s.end) continue;
    if (t.start < q.end && q.start < t.end) continue;
    if (!best || Math.abs(t.start - anchor) < Math.abs(best.start - anchor)) best = t;
  }
  return best ? best.id : null;
}
