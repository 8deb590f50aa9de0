import type { NameCandidate } from "./find-names.js";
import { isCapitalised, lowOf, wordFilter, type Scan } from "./scan.js";
import { CONNECTOR, is, ORG_PREFIX_NOUN } from "./word-classes.js";

/**
 * Finds public bodies named by common nouns alone: "le tribunal correctionnel", "le conseil municipal",
 * "the coast guard". The text capitalises none of their words, so the capitalised runs never see them.
 */
export function findInstitutions(scan: Scan): NameCandidate[] {
  const lex = scan.lex;
  if (lex.institutionAdjectives.size === 0) return [];
  // The adjectives are few and rare: the signature filter turns away nearly every token unhashed.
  const filter = wordFilter(lex.institutionAdjectives);
  const english = lex.modifiersPrecedeHead;
  const tokens = scan.tokens;
  const out: NameCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || scan.cap[i] || !filter.mayHaveToken(scan, i) || !lex.institutionAdjectives.has(lowOf(scan, i)!)) continue;
    const cand = english ? englishInstitution(scan, i) : frenchInstitution(scan, i);
    if (cand) out.push(cand);
  }
  return out;
}

// "le tribunal correctionnel", "du conseil municipal": noun after a definite article, then its adjective.
function frenchInstitution(scan: Scan, adjective: number): NameCandidate | null {
  const noun = adjective - 1;
  if (!isInstitutionNoun(scan, noun) || !isDefinite(scan, noun - 1) || !sameSentence(scan, noun - 1, adjective)) return null;
  let last = adjective;
  // "conseil régional de Bretagne" is the capitalised run's, extended back to its noun.
  if (complementFollows(scan, last)) return null;
  if (scan.lex.institutionAdjectives.has(lowOf(scan, last + 1) ?? "") && !scan.cap[last + 1] && sameSentence(scan, last, last + 1)) last++;
  return institution(scan, noun, last);
}

// "the coast guard", "the city council": the qualifying word comes first, after "the".
function englishInstitution(scan: Scan, modifier: number): NameCandidate | null {
  const noun = modifier + 1;
  if (noun >= scan.tokens.length || !isInstitutionNoun(scan, noun) || !isDefinite(scan, modifier - 1) || !sameSentence(scan, modifier - 1, noun)) return null;
  return institution(scan, modifier, noun);
}

function isInstitutionNoun(scan: Scan, k: number): boolean {
  return k >= 0 && scan.tokens[k]!.kind === "word" && !scan.cap[k] && is(scan, k, ORG_PREFIX_NOUN);
}

function isDefinite(scan: Scan, k: number): boolean {
  return k >= 0 && scan.lex.definiteSingular.has(lowOf(scan, k)!);
}

function sameSentence(scan: Scan, a: number, b: number): boolean {
  return scan.sentenceOf[a] === scan.sentenceOf[b];
}

// "de Grenoble", "de la Loire": a capitalised complement after one or two particles.
function complementFollows(scan: Scan, last: number): boolean {
  let k = last + 1;
  let particles = 0;
  while (k < scan.tokens.length && particles < 2 && is(scan, k, CONNECTOR) && !isCapitalised(scan, k)) (k++, particles++);
  return particles > 0 && k < scan.tokens.length && isCapitalised(scan, k);
}

function institution(scan: Scan, first: number, last: number): NameCandidate {
  const start = scan.tokens[first]!.start;
  const end = scan.tokens[last]!.end;
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(lowOf(scan, k)!);
  return {
    start,
    end,
    first,
    last,
    words,
    key: words.join(" "),
    scores: { PER: 0, ORG: 5, LOC: 0, MISC: 0 },
    roles: [],
    gender: null,
    aliasOf: null,
    ruleId: "entities/institution-noun",
    titleTokens: null,
  };
}
