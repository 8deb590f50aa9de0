import type { Claim } from "../../model/annotations.js";
import type { QuoteProfile } from "./quote-profile.js";

// How many quotes before a rebuttal may hold the claim it answers.
const ANSWER_REACH = 8;
// With no shared vocabulary, a rebuttal that points back ("ces informations", "the report") answers one of the last few.
const POINTING_REACH = 2;
// What a rebuttal must share with the claim: one stem that only these two quotes of the article use,
// or several commoner ones.
const AFFINITY = 1;
// Two quotes of one source further apart than this (in characters) are two statements, not one rebuttal.
const REBUTTAL_GAP = 400;

/**
 * Pairs rebuttals with the claims they answer when no coded event links
 * them. News reports a rebuttal after the claim ("X affirme que … Y a
 * démenti", "the club dismissed the report as pure speculation, insisting no
 * bid had been received"). A rebuttal is a denial by its reporting verb (or
 * by the verb that opens its sentence), with the quotes of the same source
 * that run on from it. Negation alone does not make one: too many quotes
 * negate something without answering anyone. Each of its quotes is paired with the
 * earlier claim of another side that shares the most content words with it,
 * the rarer in the article the more they count; a denial that points back
 * and shares none answers the nearest claim. Quotes already paired are left out.
 */
export function pairRebuttals(profiles: readonly QuoteProfile[], paired: ReadonlySet<string>, sameSide: (a: QuoteProfile, b: QuoteProfile) => boolean): Claim[] {
  // Most articles hold no denial: the vocabulary of their quotes is never read.
  if (!profiles.some((p) => p.deniedByCue)) return [];
  const rarity = stemRarity(profiles);
  const claims: Claim[] = [];
  for (let at = 0; at < profiles.length; at++) {
    const opener = profiles[at]!;
    if (opener.quote.speaker === null || paired.has(opener.quote.id)) continue;
    if (!opener.deniedByCue) continue;
    // A denial carries the same source's next quotes with it.
    let last = at;
    while (continues(profiles, last, sameSide)) last++;
    for (let k = at; k <= last; k++) {
      const b = profiles[k]!;
      const a = answered(profiles, at, b, rarity, sameSide, opener.anaphoric);
      if (a) claims.push(rebuttal(a, b, opener));
    }
    at = last;
  }
  return claims;
}

// Whether the quote after `i` runs on from it: same source, close by.
function continues(profiles: readonly QuoteProfile[], i: number, sameSide: (a: QuoteProfile, b: QuoteProfile) => boolean): boolean {
  const q = profiles[i]!;
  const next = profiles[i + 1];
  return next !== undefined && next.quote.speaker !== null && sameSide(q, next) && next.quote.start - q.quote.end <= REBUTTAL_GAP;
}

// The claim before the rebuttal that opens at `from` which `b` answers, or null.
function answered(
  profiles: readonly QuoteProfile[],
  from: number,
  b: QuoteProfile,
  rarity: ReadonlyMap<string, number>,
  sameSide: (a: QuoteProfile, b: QuoteProfile) => boolean,
  pointsBack: boolean,
): QuoteProfile | null {
  let best: QuoteProfile | null = null;
  let bestValue = 0;
  let nearest: QuoteProfile | null = null;
  for (let i = from - 1; i >= Math.max(0, from - ANSWER_REACH); i--) {
    const a = profiles[i]!;
    if (a.quote.speaker === null || a.denial || sameSide(a, b)) continue;
    if (nearest === null && from - i <= POINTING_REACH) nearest = a;
    const value = sharedVocabulary(a, b, rarity);
    if (value > bestValue) {
      best = a;
      bestValue = value;
    }
  }
  if (best && bestValue >= AFFINITY) return best;
  return pointsBack ? nearest : null;
}

function rebuttal(a: QuoteProfile, b: QuoteProfile, opener: QuoteProfile): Claim {
  const how = `denies it${opener.denial ? ` ("${opener.denial}")` : ""}`;
  return { a: a.quote.id, b: b.quote.id, relation: "contradicts", why: `${a.quote.speaker!.name} states it; ${b.quote.speaker!.name} ${how}` };
}

// Per content stem, how many quotes of the article hold it.
function stemRarity(profiles: readonly QuoteProfile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of profiles) for (const s of p.contentStems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

// The content stems two quotes share: one used by these two quotes alone weighs 1, one used by n quotes 1/(n-1).
function sharedVocabulary(a: QuoteProfile, b: QuoteProfile, rarity: ReadonlyMap<string, number>): number {
  let value = 0;
  for (const s of b.contentStems) if (a.contentStems.has(s)) value += 1 / Math.max(1, (rarity.get(s) ?? 2) - 1);
  return value;
}
