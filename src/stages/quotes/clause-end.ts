import type { CueGroup, QuoteContext } from "./context.js";
import { quotationAt } from "./context.js";

/** Where each cue's attribution starts (its subject, or the verb group when the subject follows). */
export type AttributionStarts = ReadonlyMap<number, CueGroup>;

/**
 * Where reported content that starts at token `from` ends: at the end of
 * its sentence, at a semicolon, at a colon that opens a quotation, or
 * where a second reporting clause of the same sentence begins after a
 * connector ("…, tandis que X a déclaré", "…, mais a ajouté"). A report
 * that opens right after "que" is nested in the content and does not cut
 * it. Returns an offset, trailing punctuation trimmed.
 */
export function clauseEnd(ctx: QuoteContext, from: number, sentence: number, starts: AttributionStarts, self: CueGroup | null): number {
  const [, hi] = ctx.sentenceTokens[sentence]!;
  const { lower, tokens, lex } = ctx;
  let endTok = hi;
  for (let k = from; k < hi; k++) {
    const w = lower[k]!;
    if (w === ";") {
      endTok = k;
      break;
    }
    if (w === ":" && k + 1 < hi && (quotationAt(ctx, tokens[k + 1]!.start)?.start === tokens[k + 1]!.start || opensSourcePhrase(ctx, k + 1))) {
      endTok = k;
      break;
    }
    // "X a déclaré que … et a refusé de …": the subject's own next predicate, with the same auxiliary.
    if (self && self.first < self.head && lex.coordinators.has(w) && k > from && lower[k + 1] === lower[self.first] && lex.auxiliaries.has(lower[k + 1]!)) {
      endTok = lower[k - 1] === "," ? k - 1 : k;
      break;
    }
    const other = starts.get(k);
    if (other && other !== self && k > from) {
      const cut = connectorStart(ctx, k, from);
      if (cut >= 0) {
        endTok = cut;
        break;
      }
    }
    // A question opened inside the quote must not stop us, but a quotation that ends the clause does.
    if (w === "." && k > from && k + 1 < hi && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !quotationAt(ctx, tokens[k]!.start) && lex.complementizers.size > 0) {
      endTok = k;
      break;
    }
  }
  if (endTok <= from) return tokens[from]!.start;
  let end = tokens[endTok - 1]!.end;
  const floor = tokens[from]!.start;
  for (;;) {
    while (end > floor && /[\s.,;:!?…–—-]/.test(ctx.text[end - 1]!)) end--;
    // The opening mark of the next sentence's quotation may be left at the end of this one.
    const q = end > floor ? quotationAt(ctx, end - 1) : undefined;
    if (!q || q.start !== end - 1 && q.start !== end - 2) break;
    end = q.start;
  }
  // Keep a closing mark that belongs to a quotation inside the content.
  return end;
}

/** Whether a source phrase starts at token k ("d'après lui", "selon la police"): after a colon it opens another source's content. */
function opensSourcePhrase(ctx: QuoteContext, k: number): boolean {
  return ctx.lex.according.some((words) => words.every((w, i) => ctx.lower[k + i] === w));
}

/** When token k starts a second report after a connector, the token where the connector starts; otherwise -1. */
function connectorStart(ctx: QuoteContext, k: number, from: number): number {
  const { lower, lex } = ctx;
  let j = k - 1;
  if (j < from) return -1;
  if (lex.complementizers.has(lower[j]!) || lower[j] === "qu" || lower[j] === "'") {
    let c = j;
    while (c > from && (lower[c] === "'" || lex.complementizers.has(lower[c]!) || lower[c] === "qu")) c--;
    if (!lex.clauseConnectors.has(lower[c]!)) return -1;
    j = c;
  } else if (!lex.clauseConnectors.has(lower[j]!) && lower[j] !== ",") {
    return -1;
  }
  while (j > from && (lex.clauseConnectors.has(lower[j - 1]!) || lower[j - 1] === ",")) j--;
  if (lower[j] !== "," && j > from && lower[j - 1] === ",") j--;
  return j;
}
