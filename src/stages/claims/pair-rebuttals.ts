import type { Claim } from "../../model/annotations.js";
import type { QuoteProfile } from "./quote-profile.js";

// A denial answers what was reported just before it: at most this many quotes back.
const ANSWER_REACH = 3;

/**
 * Pairs a denial with the claim it answers when they share no coded event:
 * news reports a rebuttal right after the claim ("X affirme que … Y a démenti",
 * "the club dismissed the report as pure speculation"). A quote whose
 * reporting verb denies is paired with one of the few quotes just before it,
 * from another side and not itself a denial: the one sharing the most
 * vocabulary with it (the rarer in the article, the more a word counts), or
 * the nearest when the denial points back ("ces informations", "the
 * report"). Denial words inside a quote ("he may lie") are not enough.
 * Quotes already paired are left out.
 */
export function pairRebuttals(profiles: readonly QuoteProfile[], paired: ReadonlySet<string>, sameSide: (a: QuoteProfile, b: QuoteProfile) => boolean): Claim[] {
  const rarity = stemRarity(profiles);
  const claims: Claim[] = [];
  const taken = new Set(paired);
  profiles.forEach((b, at) => {
    if (!b.deniedByCue || taken.has(b.quote.id) || b.quote.speaker === null) return;
    let best: { a: QuoteProfile; value: number } | null = null;
    for (let i = at - 1; i >= Math.max(0, at - ANSWER_REACH); i--) {
      const a = profiles[i]!;
      if (a.quote.speaker === null || a.denial || taken.has(a.quote.id) || sameSide(a, b)) continue;
      const value = sharedVocabulary(a, b, rarity);
      if (!best || value > best.value) best = { a, value };
    }
    if (!best || (best.value === 0 && !b.anaphoric)) return;
    taken.add(best.a.quote.id).add(b.quote.id);
    claims.push({
      a: best.a.quote.id,
      b: b.quote.id,
      relation: "contradicts",
      why: `${best.a.quote.speaker!.name} states it; ${b.quote.speaker!.name} denies it ("${b.denial}")`,
    });
  });
  return claims;
}

// Per stem, how many quotes of the article hold it.
function stemRarity(profiles: readonly QuoteProfile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of profiles) for (const s of p.stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

// The stems two quotes share, each weighing the less the more quotes of the article use it.
function sharedVocabulary(a: QuoteProfile, b: QuoteProfile, rarity: ReadonlyMap<string, number>): number {
  let value = 0;
  for (const s of b.stems) if (a.stems.has(s)) value += 1 / (rarity.get(s) ?? 1);
  return value;
}
