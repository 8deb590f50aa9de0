import type { Entity } from "../../model/annotations.js";
import { FIRST_NAMES } from "./first-names.js";
import { normalizeName } from "./gazetteer.js";
import { isAcronym, isCapitalised, isDemonym, isInitial, isShouted, looksAdjective, type Scan } from "./scan.js";
import type { Gender } from "./types.js";

/** Evidence for each entity type, summed over a candidate's cues. */
export type TypeScores = Record<Entity["type"], number>;

/** A name found in the text, before coreference: a token range with its cues. */
export interface NameCandidate {
  start: number;
  end: number;
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  /** Lower-cased words of the name, in order. */
  words: string[];
  key: string;
  scores: TypeScores;
  roles: string[];
  gender: Gender | null;
  /** Index of an earlier candidate this one abbreviates ("FSB" after "Service fédéral de sécurité"). */
  aliasOf: number | null;
  ruleId: string;
  /** Tokens peeled off the front as a title ("Treasury Secretary" in "Treasury Secretary Janet Yellen"). */
  titleTokens: [number, number] | null;
}

const emptyScores = (): TypeScores => ({ PER: 0, ORG: 0, LOC: 0, MISC: 0 });
// Surname endings frequent in Slavic, Caucasian, Balkan, Turkish and Romanian names.
const PERSON_SUFFIX = /(?:ov|ova|ev|eva|enko|ko|sky|ski|skyi|skiy|ska|vich|vych|ović|ovic|ić|yan|shvili|dze|oglu|escu)$/u;

/** Finds the runs of capitalised words that name someone or something, with their type cues. */
export function findNames(scan: Scan): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const [from, to] of scan.sentenceTokens) {
    const headline = isTitleCase(scan, from, to);
    let i = from;
    while (i < to) {
      if (!canStart(scan, i) || (headline && isOrdinaryWord(scan, i))) {
        i++;
        continue;
      }
      const last = extendRun(scan, i, headline ? headlineEnd(scan, i, to) : to);
      const cand = makeCandidate(scan, i, last, to);
      if (cand) {
        linkParenthesisedAcronym(scan, out, cand);
        out.push(cand);
      }
      i = last + 1;
    }
  }
  return out;
}

// "How Donald Trump Could Become President": in a title-case line, words the text also writes in lower case are not names.
function isTitleCase(scan: Scan, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    if (scan.tokens[i]!.kind !== "word") continue;
    words++;
    if (isCapitalised(scan, i)) caps++;
  }
  return words >= 4 && caps / words >= 0.7;
}

function isOrdinaryWord(scan: Scan, i: number): boolean {
  return (scan.lowerForms.has(scan.low[i]!) || scan.lex.stopwords.has(scan.low[i]!)) && !isKnownStart(scan, i);
}

function headlineEnd(scan: Scan, i: number, to: number): number {
  let k = i + 1;
  while (k < to && !(isOrdinaryWord(scan, k) && !scan.lex.connectors.has(scan.low[k]!))) k++;
  return k;
}

function isNameToken(scan: Scan, i: number): boolean {
  if (!isCapitalised(scan, i)) return false;
  const t = scan.tokens[i]!.text;
  if (isShouted(t)) return false;
  return !scan.calendar.has(scan.low[i]!.replace(/\.$/, ""));
}

function canStart(scan: Scan, i: number): boolean {
  if (!isNameToken(scan, i)) return false;
  const w = scan.low[i]!;
  if (scan.lex.stopwords.has(w) && !startsKnownName(scan, i) && !(scan.lex.determiners.has(w) && !scan.opens[i] && isNameToken(scan, i + 1) && !scan.lex.stopwords.has(scan.low[i + 1]!))) return false;
  // "Significantly, ...": an English sentence adverb.
  if (scan.opens[i] && scan.lex.modifiersPrecedeHead && /ly$/u.test(w) && !isNameToken(scan, i + 1)) return false;
  if (scan.inShortQuote[i] && !startsKnownName(scan, i)) return false;
  return true;
}

// "Le Caire", "La Haye", "The Hague": a stopword that opens a known multi-word place.
function startsKnownName(scan: Scan, i: number): boolean {
  for (let n = 1; n <= 4 && i + n <= scan.tokens.length; n++) {
    const key = keyOf(scan, i, i + n - 1);
    if (isKnownPlace(scan, key) || scan.lex.institutions.has(key)) return true;
  }
  return false;
}

function keyOf(scan: Scan, first: number, last: number): string {
  return normalizeName(scan.text.slice(scan.tokens[first]!.start, scan.tokens[last]!.end));
}

function isKnownPlace(scan: Scan, key: string): boolean {
  return scan.gaz.countries.has(key) || scan.lex.places.has(key);
}

function hasPossessive(text: string): boolean {
  return /['’]s$/u.test(text);
}

function extendRun(scan: Scan, first: number, to: number): number {
  let last = first;
  let orgy = scan.lex.orgHeads.has(scan.low[first]!);
  for (;;) {
    if (hasPossessive(scan.tokens[last]!.text)) return last;
    const next = last + 1;
    if (next >= to) return last;
    if (isNameToken(scan, next) && !scan.inShortQuote[next] === !scan.inShortQuote[first]) {
      // A stopword inside a name ("Marine Le Pen") only when a capital follows it.
      if (scan.lex.stopwords.has(scan.low[next]!) && !isNameToken(scan, next + 1)) return last;
      if (!adjacentOrSpaced(scan, last, next)) return last;
      last = next;
      orgy ||= scan.lex.orgHeads.has(scan.low[last]!);
      continue;
    }
    // Up to two connectors between capitals: "de", "de la", "van der", "of the".
    let k = next;
    const titled = scan.lex.roleHeads.has(scan.low[last]!) || scan.lex.portfolios.has(scan.low[last]!);
    while (k < to && k - next < 2 && isConnector(scan, k, orgy || titled)) k++;
    if (k > next && k < to && isNameToken(scan, k) && !scan.lex.stopwords.has(scan.low[k]!)) {
      last = k;
      orgy ||= scan.lex.orgHeads.has(scan.low[last]!);
      continue;
    }
    return last;
  }
}

function adjacentOrSpaced(scan: Scan, a: number, b: number): boolean {
  const gap = scan.text.slice(scan.tokens[a]!.end, scan.tokens[b]!.start);
  return /^[ \u00a0\u202f]?$/.test(gap) || (gap === " " );
}

function isConnector(scan: Scan, k: number, orgy: boolean): boolean {
  const t = scan.tokens[k]!;
  if (t.kind !== "word" || /^\p{Lu}/u.test(t.text)) return false;
  const w = scan.low[k]!;
  return scan.lex.connectors.has(w) || (orgy && scan.lex.orgConnectors.has(w));
}

function makeCandidate(scan: Scan, first: number, last: number, to: number): NameCandidate | null {
  const lex = scan.lex;
  // Peel a title off the front: "Treasury Secretary Janet Yellen", "French President Jacques Chirac".
  let nameFirst = first;
  let honorific: Gender | null | undefined = lex.honorifics.get(scan.low[first - 1] ?? "");
  if (first < last && lex.honorifics.has(scan.low[first]!)) {
    honorific = lex.honorifics.get(scan.low[first]!);
    nameFirst = ++first;
  }
  let head = -1;
  if (scan.opens[nameFirst] && !isKnownStart(scan, nameFirst) && nameFirst + 1 < last && isRoleHead(scan, nameFirst + 1)) nameFirst++;
  for (let k = nameFirst; k < last; k++) {
    const w = scan.low[k]!;
    if (isRoleHead(scan, k)) head = k;
    else if (!isTitleWord(scan, k)) break;
  }
  if (head >= 0) {
    nameFirst = head + 1;
    // "Secretary of State John Kerry": the domain after the head is part of the title.
    while (nameFirst < last && (isAnyConnector(scan, nameFirst) || lex.portfolios.has(scan.low[nameFirst]!))) nameFirst++;
  } else if (!lex.orgHeads.has(scan.low[last]!)) {
    // "German Olaf …": a demonym before a person's name is part of the title, not of the name.
    while (nameFirst < last && isDemonym(scan, scan.low[nameFirst]!)) nameFirst++;
  }
  while (nameFirst <= last && lex.connectors.has(scan.low[nameFirst]!)) nameFirst++;
  let nameLast = last;
  // Drop trailing role words and stopwords ("Macron Le Président").
  while (nameLast > nameFirst && (lex.roleHeads.has(scan.low[nameLast]!) || lex.stopwords.has(scan.low[nameLast]!))) nameLast--;
  if (nameFirst > nameLast) return null;
  const titleTokens: [number, number] | null = nameFirst > first ? [first, nameFirst - 1] : null;

  // A sentence-initial capital that the text also writes in lower case is an ordinary word.
  if (scan.opens[nameFirst] && !isKnownStart(scan, nameFirst)) {
    if (scan.lowerForms.has(scan.low[nameFirst]!) || lex.roleHeads.has(scan.low[nameFirst]!)) {
      nameFirst++;
      while (nameFirst <= nameLast && lex.connectors.has(scan.low[nameFirst]!)) nameFirst++;
      if (nameFirst > nameLast) return null;
    }
  }
  let start = scan.tokens[nameFirst]!.start;
  let end = scan.tokens[nameLast]!.end;
  if (hasPossessive(scan.tokens[nameLast]!.text)) end -= 2;

  const words: string[] = [];
  for (let i = nameFirst; i <= nameLast; i++) words.push(scan.low[i]!.replace(/['’]s$/u, ""));
  const nameWords = words.filter((w) => !lex.connectors.has(w));
  if (nameWords.every((w) => isDemonym(scan, w) || lex.stopwords.has(w) || lex.roleHeads.has(w))) return null;

  const scores = emptyScores();
  const rules: string[] = [];
  let key = normalizeName(scan.text.slice(start, end));
  let gender: Gender | null = null;
  const single = nameFirst === nameLast;
  const firstWord = words[0]!;
  const rawFirst = scan.tokens[nameFirst]!.text;

  if (single && isAcronym(rawFirst) && lex.nonEntityAcronyms.has(firstWord)) return null;
  // A ministry's domain after a title belongs to the role: "ministre de la Défense", "secrétaire d'État".
  if (nameWords.every((w) => lex.portfolios.has(w))) {
    const prefixed = extendWithPrefixNoun(scan, nameFirst);
    if (prefixed === null) return null;
    start = scan.tokens[prefixed]!.start;
    key = normalizeName(scan.text.slice(start, end));
    scores.ORG += 4;
    rules.push("org-prefix-noun");
  }

  if (lex.institutions.has(key)) (scores.ORG += 6), rules.push("institution");
  if (isKnownPlace(scan, key)) (scores.LOC += 6), rules.push("gazetteer");
  if (single && isAcronym(rawFirst)) (scores.ORG += 3), rules.push("acronym");
  if (lex.orgHeads.has(firstWord) || (!single && lex.orgHeads.has(nameWords[nameWords.length - 1]!))) {
    (scores.ORG += 4), rules.push("org-head");
  }
  if (!single && lex.orgSuffixes.has(nameWords[nameWords.length - 1]!)) (scores.ORG += 4), rules.push("org-suffix");
  const given = FIRST_NAMES.get(firstWord);
  if (given !== undefined && !isKnownPlace(scan, key)) {
    scores.PER += single ? 1 : 3;
    gender = given;
    rules.push("first-name");
  }
  if (!single) {
    // Two or three plain capitalised words read as a person's name; longer runs, digits or
    // words also written in lower case read as a title of something.
    const plain =
      nameWords.length <= 3 &&
      !/\d/u.test(key) &&
      nameWords.every((w) => !lex.orgHeads.has(w) && !scan.lowerForms.has(w) && w.length > 1) &&
      !lex.determiners.has(firstWord);
    if (plain) scores.PER += 0.5;
    else scores.MISC += 0.5;
    if (lex.determiners.has(firstWord)) scores.ORG += 1;
  }
  if (!single && isInitial(rawFirst) && !isInitial(scan.tokens[nameLast]!.text)) scores.PER += 2;
  if (PERSON_SUFFIX.test(nameWords[nameWords.length - 1]!) && !isAcronym(rawFirst)) scores.PER += 1;

  if (honorific !== undefined && nameFirst === first) {
    scores.PER += 6;
    gender = honorific ?? gender;
    rules.push("honorific");
  }
  const placeCue = placeCueBefore(scan, nameFirst);
  if (placeCue > 0) (scores.LOC += placeCue), rules.push("place-cue");
  if (speechVerbNear(scan, nameFirst, nameLast, to)) (scores.PER += 1.5), rules.push("speech-verb");

  // "palais de l’Élysée", "ministère ukrainien de la Défense": a lower-case head noun makes an organisation.
  if (!rules.includes("org-prefix-noun")) {
    const prefixed = extendWithPrefixNoun(scan, nameFirst);
    if (prefixed !== null) {
      start = scan.tokens[prefixed]!.start;
      key = normalizeName(scan.text.slice(start, end));
      scores.ORG += 4;
      rules.push("org-prefix-noun");
    }
  }
  // French organisation names go on in lower case: "Conseil de sécurité nationale", "Service fédéral de sécurité".
  if (lex.lowercaseOrgContinuation && lex.orgHeads.has(firstWord) && nameFirst === first) {
    const contLast = continueOrgName(scan, nameLast, to);
    if (contLast > nameLast) {
      nameLast = contLast;
      end = scan.tokens[nameLast]!.end;
      key = normalizeName(scan.text.slice(start, end));
      words.length = 0;
      for (let i = nameFirst; i <= nameLast; i++) words.push(scan.low[i]!);
    }
  }

  return {
    start,
    end,
    first: nameFirst,
    last: nameLast,
    words,
    key,
    scores,
    roles: [],
    gender,
    aliasOf: null,
    ruleId: `entities/${rules[0] ?? "capitalised-run"}`,
    titleTokens,
  };
}

function isAnyConnector(scan: Scan, k: number): boolean {
  return scan.lex.connectors.has(scan.low[k]!) || scan.lex.orgConnectors.has(scan.low[k]!);
}

function isRoleHead(scan: Scan, k: number): boolean {
  const w = scan.low[k]!;
  // Plural titles before names: "Presidents Obama and Bush".
  return scan.lex.roleHeads.has(w) || (w.endsWith("s") && scan.lex.roleHeads.has(w.slice(0, -1)));
}

function isTitleWord(scan: Scan, k: number): boolean {
  const w = scan.low[k]!;
  const lex = scan.lex;
  return (
    lex.roleModifiers.has(w) ||
    lex.portfolios.has(w) ||
    isAnyConnector(scan, k) ||
    isDemonym(scan, w) ||
    isInitial(scan.tokens[k]!.text) ||
    lex.institutions.has(w) ||
    scan.gaz.countries.has(w.replace(/['’]s$/u, ""))
  );
}

function isKnownStart(scan: Scan, i: number): boolean {
  const w = scan.low[i]!;
  return FIRST_NAMES.has(w) || isKnownPlace(scan, w) || scan.lex.institutions.has(w) || isAcronym(scan.tokens[i]!.text);
}

// Walks left over "de la", "du", "de l’" and a demonym to a lower-case head noun ("palais", "ministère").
function extendWithPrefixNoun(scan: Scan, first: number): number | null {
  let k = first - 1;
  let connectors = 0;
  while (k >= 0 && connectors < 2 && scan.lex.connectors.has(scan.low[k]!) && !isCapitalised(scan, k)) (k--, connectors++);
  if (connectors === 0 || k < 0) return null;
  if (isDemonym(scan, scan.low[k]!)) k--;
  if (k >= 0 && scan.lex.orgPrefixNouns.has(scan.low[k]!) && !isCapitalised(scan, k)) return k;
  return null;
}

// Head + adjectives + "de" + noun + adjectives, as French writes institution names.
function continueOrgName(scan: Scan, last: number, to: number): number {
  let k = last + 1;
  let end = last;
  let steps = 0;
  while (k < to && steps < 8) {
    const t = scan.tokens[k]!;
    const w = scan.low[k]!;
    if (t.kind !== "word" || scan.lex.phraseBreakers.has(w) && !scan.lex.connectors.has(w)) break;
    if (scan.lex.connectors.has(w) && !isCapitalised(scan, k)) {
      let n = k + 1;
      if (n < to && scan.lex.connectors.has(scan.low[n]!) && !isCapitalised(scan, n)) n++;
      const nt = scan.tokens[n];
      if (!nt || nt.kind !== "word" || scan.calendar.has(scan.low[n]!)) break;
      const nw = scan.low[n]!;
      if (scan.lex.phraseBreakers.has(nw) || scan.lex.stopwords.has(nw) && !isCapitalised(scan, n)) break;
      end = n;
      steps += n - k + 1;
      k = n + 1;
      continue;
    }
    if (/^\p{Ll}/u.test(t.text) && looksAdjective(scan, w)) {
      end = k;
      k++;
      steps++;
      continue;
    }
    break;
  }
  return end;
}

function placeCueBefore(scan: Scan, first: number): number {
  const p = first - 1;
  if (p < 0) return 0;
  const w = scan.low[p]!;
  if (scan.lex.placePrepositions.has(w)) return 2;
  // "près de Kharkiv", "la région de Koursk", "the city of Mosul".
  if (scan.lex.connectors.has(w) && p >= 1) {
    const q = scan.low[p - 1]!;
    if (scan.lex.placeNouns.has(q)) return 4;
    if (scan.lex.placePrepositions.has(q)) return 2;
  }
  return 0;
}

function speechVerbNear(scan: Scan, first: number, last: number, to: number): boolean {
  const verbs = scan.lex.speechVerbs;
  for (let k = last + 1; k <= last + 3 && k < to; k++) {
    if (verbs.has(scan.low[k]!)) return true;
    if (scan.tokens[k]!.kind === "punct") break;
  }
  for (let k = first - 1; k >= first - 2 && k >= 0; k--) {
    if (verbs.has(scan.low[k]!)) return true;
    if (scan.tokens[k]!.kind === "punct") break;
  }
  return false;
}

// "Service fédéral de sécurité (FSB)": the acronym in brackets names the same body.
function linkParenthesisedAcronym(scan: Scan, found: NameCandidate[], cand: NameCandidate): void {
  const prev = found[found.length - 1];
  if (!prev || cand.first !== cand.last || !isAcronym(scan.tokens[cand.first]!.text)) return;
  if (cand.first - prev.last === 2 && scan.tokens[cand.first - 1]!.text === "(" && scan.tokens[cand.first + 1]?.text === ")") {
    cand.aliasOf = found.length - 1;
  }
}
