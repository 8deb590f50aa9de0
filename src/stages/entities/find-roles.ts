import type { NameCandidate } from "./find-names.js";
import { isAcronym, isCapitalised, isInitial, lowOf, type Scan } from "./scan.js";
import type { Gender } from "./types.js";
import { CONNECTOR, DEMONYM, DETERMINER, FIRST_NAME, HONORIFIC, is, PHRASE_BREAKER, PORTFOLIO, ROLE_HEAD, ROLE_MODIFIER } from "./word-classes.js";

/** A role phrase found next to a name, and the gender its head gives. */
export interface RoleMatch {
  text: string;
  gender: Gender | null;
  ruleId: string;
}

// A title phrase longer than this is a clause, not a role.
const MAX_ROLE_TOKENS = 10;
const CLOSERS = /^[,.;:)»”"!?—–]$/u;
// Words that may close an apposition after its head, as a comma would.
const APPOSITION_TAILS = new Set(["from", "in", "at", "since", "near", "depuis", "dans", "près", "chez"]);
const PREPOSITIONS = new Set(["for", "of", "at", "to", "with", "from", "by", "on", "in", "à", "pour", "chez", "auprès"]);

/** Finds the roles stated around one name: a title before it, or an apposition after it. */
export function findRoles(scan: Scan, cand: NameCandidate): RoleMatch[] {
  const roles: RoleMatch[] = [];
  const titleStart = cand.titleTokens ? cand.titleTokens[0] : cand.first;
  // "military spokesman, Col. Santo Deng": an abbreviated rank still lets the apposition before it count.
  const abbreviated = cand.titleTokens !== null && abbreviatedTitle(scan, cand.titleTokens);
  const before = roleBefore(scan, titleStart, cand.titleTokens === null || abbreviated, cand, abbreviated);
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

// "Col.", "Lt. Col.": ranks written short, which the text may put after a comma and the full title.
function abbreviatedTitle(scan: Scan, [from, to]: [number, number]): boolean {
  for (let k = from; k <= to; k++) if (!lowOf(scan, k)!.endsWith(".")) return false;
  return true;
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
  cand: NameCandidate,
  afterRank: boolean,
): { match: RoleMatch; from: number; gender: Gender | null } | null {
  let k = first - 1;
  if (k < 0) return null;
  const sentence = scan.sentenceOf[first];
  let strictComma = afterRank;
  // "L’avocat de la défense, Me Paul Ferrand": the courtesy title sits between the role and the name.
  if (allowComma && k > 0 && is(scan, k, HONORIFIC) && scan.tokens[k - 1]!.text === ",") {
    k--;
    strictComma = true;
  }
  const comma = allowComma && scan.tokens[k]!.text === ",";
  if (comma) k--;
  const end = k;
  let lo = k + 1;
  const english = scan.lex.modifiersPrecedeHead;
  while (k >= 0 && end - k < MAX_ROLE_TOKENS && scan.sentenceOf[k] === sentence) {
    const t = scan.tokens[k]!;
    // "The mayor of Kalvos, Nikos Petridis": "of" stays inside a title set off by a comma; without one,
    // "the chairman of Mrs. Clinton’s campaign" is someone else's title.
    if (t.kind !== "word" || (english ? !(titleish(scan, k) || (comma && lowOf(scan, k) === "of")) : isBreaker(scan, k))) break;
    lo = k;
    k--;
  }
  if (lo > end) return null;
  // "président de La Poste": a name after an article or "de" is the complement of the title, not its holder.
  if (is(scan, end, DETERMINER) || is(scan, end, CONNECTOR)) return null;
  // "a spokeswoman for Mayor Brooks", "an adviser to Sanders": that title is someone else's.
  if (PREPOSITIONS.has(lowOf(scan, end)!)) return null;
  // Before a rank, the comma closes a lower-case title of the same person ("the army spokesman, Col. X"),
  // not another name ("Gov. Nikki Haley, Sen. X") nor an object ("a takedown of the businessman, Sen. X").
  if (comma && strictComma && !rankedApposition(scan, lo, end)) return null;
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
  // "administrateur du groupe de cliniques Solvia": a lone unknown word right after the
  // complement of a title is what the complement names, not the holder of the title.
  if (!comma && cand.first === cand.last && !is(scan, cand.first, FIRST_NAME) && hasConnector(scan, h.head + 1, end)) return null;
  const from = withPreModifiers(scan, h.head, lo);
  return {
    match: { text: scan.text.slice(scan.tokens[from]!.start, scan.tokens[end]!.end), gender: h.gender, ruleId: "entities/role-before" },
    from,
    gender: h.gender,
  };
}

// The role phrase `lo..end` before ", Col. X" or ", Me X" names a title, opened by an article or a capital:
// "the army spokesman", "South Sudan’s military spokesman", "L’avocat de la défense"; not "he was president".
function rankedApposition(scan: Scan, lo: number, end: number): boolean {
  if (isCapitalised(scan, end) || (scan.lex.modifiersPrecedeHead && !is(scan, end, ROLE_HEAD))) return false;
  if (hasPreposition(scan, Math.max(0, lo - 1), end)) return false;
  return is(scan, lo, DETERMINER) || isCapitalised(scan, lo) || (lo > 0 && is(scan, lo - 1, DETERMINER));
}

function hasPreposition(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (PREPOSITIONS.has(lowOf(scan, k)!)) return true;
  return false;
}

function hasConnector(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (is(scan, k, CONNECTOR) && !isCapitalised(scan, k)) return true;
  return false;
}

// "secrétaire du CSE et élue CFDT", "adviser and spokesman": a second role joined to the first.
function joinsAnotherRole(scan: Scan, k: number): boolean {
  const w = lowOf(scan, k)!;
  if (w !== "et" && w !== "and") return false;
  let n = k + 1;
  while (is(scan, n, ROLE_MODIFIER)) n++;
  return is(scan, n, ROLE_HEAD);
}

function roleAfter(scan: Scan, last: number): RoleMatch | null {
  let k = last + 1;
  if (scan.tokens[k]?.text !== ",") return null;
  k++;
  const sentence = scan.sentenceOf[last];
  if (k < scan.tokens.length && is(scan, k, DETERMINER)) k++;
  // "a 67-year-old beekeeper": the age before the head is no part of the title.
  if (scan.tokens[k]?.kind === "number" && scan.tokens[k + 1]?.text === "-" && scan.tokens[k + 2]?.text.toLowerCase() === "year-old") k += 3;
  let from = k;
  let to = -1;
  while (k < scan.tokens.length && k - from < MAX_ROLE_TOKENS + 2 && scan.sentenceOf[k] === sentence) {
    const t = scan.tokens[k]!;
    if (CLOSERS.test(t.text) || t.kind !== "word") break;
    if (k > from && isBreaker(scan, k) && !/^(?:to|for|of|at)$/u.test(lowOf(scan, k)!) && !joinsAnotherRole(scan, k)) break;
    to = k;
    k++;
  }
  if (to < from) return null;
  // An apposition is closed by punctuation ("Significantly, the judge said" is no apposition), or by a
  // preposition of place or time after its head: "a beekeeper from Kirinthos", "boulangère à Metz depuis 2004".
  const closer = scan.tokens[to + 1];
  if (closer && scan.sentenceOf[to + 1] === sentence && !CLOSERS.test(closer.text) && !APPOSITION_TAILS.has(lowOf(scan, to + 1)!)) return null;
  const h = headGender(scan, from, to);
  if (!h) return null;
  // "…, President Bill Clinton, …" is a list of names, not an apposition.
  // "délégué CGT", "élue CFDT": an acronym after the head is the body the role is held in.
  const next = h.head + 1;
  if (next <= to && isCapitalised(scan, next) && !is(scan, next, PORTFOLIO) && !(next === to && isAcronym(scan.tokens[next]!.text))) return null;
  // Only title-like words may come before the head: "the White House press secretary", "le chef".
  for (let j = from; j < h.head; j++) {
    if (scan.lex.modifiersPrecedeHead ? !titleish(scan, j) : !is(scan, j, ROLE_MODIFIER)) return null;
  }
  return { text: scan.text.slice(scan.tokens[from]!.start, scan.tokens[to]!.end), gender: h.gender, ruleId: "entities/role-apposition" };
}
