import type { Claim, EventMention } from "../../model/annotations.js";
import type { QuoteProfile } from "./quote-profile.js";

// A pair must reach this score: a shared event type (2) plus a shared actor or a
// back-reference (1). Shared words alone never suffice: precision first.
const THRESHOLD = 3;
// How many earlier quotes a rejecting quote is compared with.
const LOOKBACK = 60;
// Shared words add a little, capped so that long quotes do not win on length.
const WORD_WEIGHT = 0.25;
const WORD_CAP = 1;

/** Whether two quotes speak for one side: one speaker, or two of one country, or either unknown. */
export function sameSpeaker(a: QuoteProfile, b: QuoteProfile): boolean {
  if (a.speaker === null || b.speaker === null) return true;
  // Two sources of one country speak for the same side: no contradiction between opponents there.
  if (a.side !== null && a.side === b.side) return true;
  if (a.speaker === b.speaker) return true;
  const x = a.quote.speaker!.name.toLowerCase();
  const y = b.quote.speaker!.name.toLowerCase();
  return x.includes(y) || y.includes(x) || sharesSurname(x, y);
}

// "V. Sapounov" and "Valentine Sapounov" are one person: a capitalised name's last word, shared.
function sharesSurname(x: string, y: string): boolean {
  const last = (name: string): string => name.split(/[\s.]+/).filter(Boolean).pop() ?? "";
  const surname = last(x);
  return surname.length >= 4 && surname === last(y);
}

function actorsOf(events: readonly EventMention[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) for (const p of e.participants) out.add(p.name.toLowerCase());
  return out;
}

function score(a: QuoteProfile, b: QuoteProfile): { value: number; type: string | null } {
  // b must reject what a asserts: a negated or denied event of a type that a asserts.
  const types = new Set(a.asserted.map((e) => e.type));
  const shared = b.rejected.find((e) => types.has(e.type)) ?? null;
  if (!shared && !(b.denial && b.anaphoric)) return { value: 0, type: null };
  let value = shared ? 2 : 1;
  // Actors count when they take part in the contested events themselves (or speak for them, on b's side).
  const aActors = shared ? actorsOf(a.asserted.filter((e) => e.type === shared.type)) : a.actors;
  const bActors = shared ? actorsOf(b.rejected.filter((e) => e.type === shared.type)) : b.actors;
  if (b.side) bActors.add(b.side);
  let actors = 0;
  for (const x of bActors) if (aActors.has(x)) actors++;
  if (!shared && actors === 0) return { value: 0, type: null };
  value += Math.min(actors, 2);
  if (b.anaphoric) value += 1;
  // Denying a plan contradicts a report of a planned or proposed act, of the same kind at best.
  if (b.plan && a.asserted.some((e) => types.has(e.type) || !shared)) {
    const planned = a.asserted.filter((e) => e.modality === "planned" || e.modality === "proposed");
    if (planned.some((e) => !shared || e.type === shared.type)) value += 1;
  }
  if (shared && a.asserted.some((e) => e.type === shared.type && e.mode !== null && e.mode === shared.mode)) value += 0.5;
  if (b.denial) value += 0.5;
  let words = 0;
  for (const s of b.stems) if (a.stems.has(s)) words++;
  value += Math.min(words * WORD_WEIGHT, WORD_CAP);
  return { value, type: shared?.type ?? null };
}

/**
 * Pairs each quote that rejects something with the earlier quote, from another
 * source, that best asserts it: a shared event type rejected on one side and
 * asserted on the other, plus shared participants or a back-reference. Each
 * rejecting quote keeps one partner at most, the best (the earliest on ties).
 */
export function pairContradictions(profiles: readonly QuoteProfile[]): Claim[] {
  const claims: Claim[] = [];
  profiles.forEach((b, at) => {
    if (b.rejected.length === 0 && !b.denial) return;
    let best: { a: QuoteProfile; value: number; type: string | null } | null = null;
    // A rebuttal answers what the article reported shortly before, not anything in a long feed.
    for (const a of profiles.slice(Math.max(0, at - LOOKBACK), at)) {
      if (a === b || a.quote.start >= b.quote.start || a.asserted.length === 0 || sameSpeaker(a, b)) continue;
      const s = score(a, b);
      if (s.value >= THRESHOLD && (!best || s.value > best.value)) best = { a, ...s };
    }
    if (!best) return;
    const who = (p: QuoteProfile): string => p.quote.speaker?.name ?? "a source";
    const what = best.type ?? "it";
    const how = b.denial ? `denies it ("${b.denial}")` : "says it did not happen";
    claims.push({ a: best.a.quote.id, b: b.quote.id, relation: "contradicts", why: `${who(best.a)} reports ${what}; ${who(b)} ${how}` });
  });
  return claims;
}
