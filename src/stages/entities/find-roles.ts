import type { NameCandidate } from "./find-names.js";
import { isCapitalised, isInitial, lowOf, type Scan } from "./scan.js";
import type { Gender } from "./types.js";
import { CONNECTOR, DEMONYM, DETERMINER, is, PHRASE_BREAKER, PORTFOLIO, ROLE_HEAD, ROLE_MODIFIER } from "./word-classes.js";

/** A role phrase found next to a name, and the gender its head gives. */
export interface RoleMatch {
  text: string;
  gender: Gender | null;
  ruleId: string;
}

// A title phrase longer than this is a clause, not a role.
const MAX_ROLE_TOKENS = 10;
const CLOSERS = /^[,.;:)»”"!?—–]$/u;
const PREPOSITIONS = new Set(["for", "of", "at", "to", "with", "from", "by", "on", "in", "à", "pour", "chez", "auprès"]);

/** Finds the roles stated around one name: a title before it, or an apposition after it. */
export function findRoles(scan: Scan, cand: NameCandidate): RoleMatch[] {
  const roles: RoleMatch[] = [];
  const titleStart = cand.titleTokens ? cand.titleTokens[0] : cand.first;
  const before = roleBefore(scan, titleStart, cand.titleTokens === null);
  const peeled = cand.titleTokens ? roleFromRange(scan, cand.titleTokens[0], cand.titleTokens[1], "entities/role-title") : null;
  if (before && peeled) {
    const start = scan.tokens[before.from]!.start;
    const end = scan.tokens[cand.titleTokens![1]]!.end;
    roles.push({ text: scan.text.slice(start, end), gender: before.gender ?? peeled.gender, ruleId: "entities/role-title" });
  } else if (before) {
    roles.push(before.match);
  } else if (peeled) {
    roles.push(peeled);
  }
  const after = roleAfter(scan, cand.last);
  if (after) roles.push(after);
  return roles;
}

function headGender(scan: Scan, from: number, to: number): { head: number; gender: Gender | null } | null {
  for (let k = from; k <= to; k++) {
    if (!is(scan, k, ROLE_HEAD)) continue;
    const g = scan.lex.roleHeads.get(lowOf(scan, k)!);
    if (g !== undefined) return { head: k, gender: g };
  }
  return null;
}

function roleFromRange(scan: Scan, from: number, to: number, ruleId: string): RoleMatch | null {
  const h = headGender(scan, from, to);
  if (!h) return null;
  const start = scan.lex.modifiersPrecedeHead ? from : withPreModifiers(scan, h.head, from);
  return { text: scan.text.slice(scan.tokens[start]!.start, scan.tokens[to]!.end), gender: h.gender, ruleId };
}

// French keeps "ancien", "Premier" before the head: "l’ancien président", "le Premier ministre".
function withPreModifiers(scan: Scan, head: number, floor: number): number {
  let k = head;
  while (k - 1 >= floor && is(scan, k - 1, ROLE_MODIFIER)) k--;
  return k;
}

function isBreaker(scan: Scan, k: number): boolean {
  if (!is(scan, k, PHRASE_BREAKER)) return false;
  // "ministre de la Défense", "ambassadeur à l’ONU": an article after "de" or "à" stays inside.
  if (is(scan, k, DETERMINER) && k > 0 && /^(?:de|à|of|to|for)$/u.test(lowOf(scan, k - 1)!)) return false;
  return true;
}

function titleish(scan: Scan, k: number): boolean {
  return (
    is(scan, k, ROLE_HEAD | ROLE_MODIFIER | PORTFOLIO | CONNECTOR | DEMONYM) ||
    isCapitalised(scan, k) ||
    isInitial(scan.tokens[k]!.text) ||
    /^(?:to|for|the|at|on)$/u.test(lowOf(scan, k)!)
  );
}

function roleBefore(
  scan: Scan,
  first: number,
  allowComma: boolean,
): { match: RoleMatch; from: number; gender: Gender | null } | null {
  let k = first - 1;
  if (k < 0) return null;
  const sentence = scan.sentenceOf[first];
  if (allowComma && scan.tokens[k]!.text === ",") k--;
  const end = k;
  let lo = k + 1;
  const english = scan.lex.modifiersPrecedeHead;
  while (k >= 0 && end - k < MAX_ROLE_TOKENS && scan.sentenceOf[k] === sentence) {
    const t = scan.tokens[k]!;
    if (t.kind !== "word" || (english ? !titleish(scan, k) : isBreaker(scan, k))) break;
    lo = k;
    k--;
  }
  if (lo > end) return null;
  // "président de La Poste": a name after an article or "de" is the complement of the title, not its holder.
  if (is(scan, end, DETERMINER) || is(scan, end, CONNECTOR)) return null;
  // "a spokeswoman for Mayor Brooks", "an adviser to Sanders": that title is someone else's.
  if (PREPOSITIONS.has(lowOf(scan, end)!)) return null;
  if (english) {
    const h = headGender(scan, lo, end);
    if (!h) return null;
    // The title starts at its first modifier; the article before it stays out.
    let from = lo;
    while (from < h.head && /^(?:the|of|to|for|at|on|a|an)$/u.test(lowOf(scan, from)!)) from++;
    return {
      match: { text: scan.text.slice(scan.tokens[from]!.start, scan.tokens[end]!.end), gender: h.gender, ruleId: "entities/role-before" },
      from,
      gender: h.gender,
    };
  }
  const h = headGender(scan, lo, end);
  if (!h) return null;
  const from = withPreModifiers(scan, h.head, lo);
  return {
    match: { text: scan.text.slice(scan.tokens[from]!.start, scan.tokens[end]!.end), gender: h.gender, ruleId: "entities/role-before" },
    from,
    gender: h.gender,
  };
}

function roleAfter(scan: Scan, last: number): RoleMatch | null {
  let k = last + 1;
  if (scan.tokens[k]?.text !== ",") return null;
  k++;
  const sentence = scan.sentenceOf[last];
  if (k < scan.tokens.length && is(scan, k, DETERMINER)) k++;
  const from = k;
  let to = -1;
  while (k < scan.tokens.length && k - from < MAX_ROLE_TOKENS + 2 && scan.sentenceOf[k] === sentence) {
    const t = scan.tokens[k]!;
    if (CLOSERS.test(t.text) || t.kind !== "word") break;
    if (k > from && isBreaker(scan, k) && !/^(?:to|for|of|at)$/u.test(lowOf(scan, k)!)) break;
    to = k;
    k++;
  }
  if (to < from) return null;
  // An apposition is closed by punctuation: "Significantly, the judge said" is no apposition.
  const closer = scan.tokens[to + 1];
  if (closer && scan.sentenceOf[to + 1] === sentence && !CLOSERS.test(closer.text)) return null;
  const h = headGender(scan, from, to);
  if (!h) return null;
  // "…, President Bill Clinton, …" is a list of names, not an apposition.
  if (h.head < to && isCapitalised(scan, h.head + 1) && !is(scan, h.head + 1, PORTFOLIO)) return null;
  // Only title-like words may come before the head: "the White House press secretary", "le chef".
  for (let j = from; j < h.head; j++) {
    if (scan.lex.modifiersPrecedeHead ? !titleish(scan, j) : !is(scan, j, ROLE_MODIFIER)) return null;
  }
  return { text: scan.text.slice(scan.tokens[from]!.start, scan.tokens[to]!.end), gender: h.gender, ruleId: "entities/role-apposition" };
}
