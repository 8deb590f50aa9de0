import { isComplementNoun, type NameCandidate } from "./find-names.js";
import { isCapitalised, lowOf, wordFilter, type Scan } from "./scan.js";
import { CONNECTOR, DEMONYM, is, ORG_PREFIX_NOUN, PHRASE_BREAKER, STOPWORD } from "./word-classes.js";

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
  // English capitalises the demonym ("the Norwegian ski federation"): the few capitalised tokens are asked;
  // French writes it small after the noun ("la fédération norvégienne"): the organisation nouns, rarer than demonyms, are.
  const bodyCue = english ? wordFilter(scan.gaz.demonyms) : wordFilter(lex.orgHeads);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || !scan.cap[i] !== !english || !bodyCue.mayHaveToken(scan, i)) continue;
    const cand = english ? (is(scan, i, DEMONYM) ? englishNationalBody(scan, i) : null) : is(scan, i + 1, DEMONYM) && !scan.cap[i + 1] ? frenchNationalBody(scan, i + 1) : null;
    if (cand) out.push(cand);
  }
  return out;
}

// "the Norwegian ski federation", "the Italian anti-doping agency": a country's public body, named by its
// demonym, up to two lower-case words and an organisation noun, with no name after it ("the French firm Total").
function englishNationalBody(scan: Scan, demonym: number): NameCandidate | null {
  if (!isDefinite(scan, demonym - 1)) return null;
  for (let k = demonym + 1; k <= demonym + 3 && k < scan.tokens.length && sameSentence(scan, demonym, k); k++) {
    if (scan.tokens[k]!.kind !== "word" || scan.cap[k] || is(scan, k, STOPWORD | PHRASE_BREAKER)) return null;
    if (!isPublicBodyNoun(scan, k)) continue;
    if (scan.cap[k + 1] && sameSentence(scan, k, k + 1)) return null;
    // A country has many agencies: "the Italian agency" is one already named, "the Italian medicines agency" is a body.
    if (k === demonym + 1 && scan.lex.nominalHeads.get(lowOf(scan, k)!) === "agency") return null;
    return institution(scan, demonym, k);
  }
  return null;
}

// "la fédération norvégienne de ski", "la police italienne": the noun, its demonym, and maybe "de" and a noun.
function frenchNationalBody(scan: Scan, demonym: number): NameCandidate | null {
  const noun = demonym - 1;
  if (noun < 1 || scan.cap[noun] || !isPublicBodyNoun(scan, noun) || !isDefinite(scan, noun - 1) || !sameSentence(scan, noun - 1, demonym)) return null;
  let last = demonym;
  if (complementFollows(scan, last)) return null;
  if (is(scan, last + 1, CONNECTOR) && !scan.cap[last + 1] && isComplementNoun(scan, last + 2) && sameSentence(scan, last, last + 2)) last += 2;
  // "l’agence américaine Moody’s": a cue noun for the name after it.
  if (scan.cap[last + 1] && sameSentence(scan, last, last + 1)) return null;
  if (last === demonym && scan.lex.nominalHeads.get(lowOf(scan, noun)!) === "agency") return null;
  return institution(scan, noun, last);
}

// An organisation noun that names one body of a country: not a company, a bank or a paper, of which a country has many.
function isPublicBodyNoun(scan: Scan, k: number): boolean {
  const w = lowOf(scan, k)!;
  if (!scan.lex.orgHeads.has(w)) return false;
  const kind = scan.lex.nominalHeads.get(w);
  return kind !== "company" && kind !== "bank" && kind !== "media" && kind !== "club" && kind !== "university" && kind !== "institute";
}

// "le tribunal correctionnel", "du conseil municipal": noun after a definite article, then its adjective.
function frenchInstitution(scan: Scan, adjective: number): NameCandidate | null {
  const noun = adjective - 1;
  if (!isInstitutionNoun(scan, noun) || !isDefinite(scan, noun - 1) || !sameSentence(scan, noun - 1, adjective)) return null;
  let last = adjective;
  // "conseil régional de Bretagne" is the capitalised run's, extended back to its noun.
  if (complementFollows(scan, last)) return null;
  if (scan.lex.institutionAdjectives.has(lowOf(scan, last + 1) ?? "") && !scan.cap[last + 1] && sameSentence(scan, last, last + 1)) last++;
  // "la chambre régionale des comptes": one particle and a lower-case noun complete the name.
  if (is(scan, last + 1, CONNECTOR) && !scan.cap[last + 1] && isComplementNoun(scan, last + 2) && sameSentence(scan, last, last + 2)) last += 2;
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
