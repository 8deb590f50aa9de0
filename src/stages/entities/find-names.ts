import type { Entity } from "../../model/annotations.js";
import { FIRST_NAMES } from "./first-names.js";
import { normalizeName } from "./gazetteer.js";
import { isAcronym, isCapitalised, isDemonym, isInitial, isShouted, keyOf, looksAdjective, type Scan } from "./scan.js";
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
  /** Whether the LOC score holds the weak town-name cue, which a person's full name elsewhere overrides. */
  city?: boolean;
}

const emptyScores = (): TypeScores => ({ PER: 0, ORG: 0, LOC: 0, MISC: 0 });
// Surname endings frequent in Slavic, Caucasian, Balkan, Turkish and Romanian names.
const PERSON_SUFFIX = /(?:ov|ova|ev|eva|enko|ko|sky|ski|skyi|skiy|ska|vich|vych|ović|ovic|ić|yan|shvili|dze|oglu|escu)$/u;

/** Finds the runs of capitalised words that name someone or something, with their type cues. */
export function findNames(scan: Scan): NameCandidate[] {
  const out: NameCandidate[] = [];
  const sentences = scan.sentenceTokens;
  for (let si = 0; si < sentences.length; si++) {
    const [from, to] = sentences[si]!;
    const headline = scan.headline[si] === 1;
    let i = from;
    if (si < 4) {
      const place = datelinePlace(scan, from, to);
      if (place) {
        out.push(place);
        i = place.last + 1;
      }
    }
    while (i < to) {
      if (!scan.cap[i] || !canStart(scan, i) || (headline && isOrdinaryWord(scan, i))) {
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

// "SPRINGFIELD, April 4 (Wire) —", "LOUISVILLE, Ky. (AP) —", "MARSEILLE, 14 mars": the town a dateline opens with.
function datelinePlace(scan: Scan, from: number, to: number): NameCandidate | null {
  let k = from;
  while (k < to && k - from < 4 && scan.cap[k] && isUpperWord(scan.tokens[k]!.text)) k++;
  if (k === from || k >= to) return null;
  const next = scan.tokens[k]!.text;
  if (next !== "," && next !== "(" && next !== "—" && next !== "–" && next !== "-") return null;
  // A dateline stands at the start of a paragraph, not after a line-internal opener.
  const startOffset = scan.tokens[from]!.start;
  if (startOffset > 0 && scan.text.charCodeAt(startOffset - 1) !== 10) return null;
  const last = k - 1;
  const key = keyOf(scan, from, last);
  if (scan.lex.nonEntityAcronyms.has(key) || scan.lex.stopwords.has(key)) return null;
  const scores = emptyScores();
  scores.LOC = 6;
  return {
    start: startOffset,
    end: scan.tokens[last]!.end,
    first: from,
    last,
    words: scan.low.slice(from, last + 1),
    key,
    scores,
    roles: [],
    gender: null,
    aliasOf: null,
    ruleId: "entities/dateline",
    titleTokens: null,
  };
}

function isUpperWord(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(text);
}

// In a title-case line only words the text also capitalises in running text, or known names, are names.
function isOrdinaryWord(scan: Scan, i: number): boolean {
  const w = scan.low[i]!;
  if (scan.lex.stopwords.has(w)) return !isKnownStart(scan, i) && !startsKnownName(scan, i);
  if (scan.bodyCaps.has(w) || scan.bodyCaps.has(stripPossessive(w))) return false;
  if (scan.lex.roleHeads.has(w) || scan.lex.honorifics.has(w) || scan.lex.orgHeads.has(w)) return false;
  return !isKnownStart(scan, i) && !scan.gaz.firstWords.has(w);
}

function headlineEnd(scan: Scan, i: number, to: number): number {
  let k = i + 1;
  // "Rand Paul Scores": a capitalised word after a known first name is its surname.
  while (k < to && (FIRST_NAMES.has(scan.low[k - 1]!) || !(isOrdinaryWord(scan, k) && !scan.lex.connectors.has(scan.low[k]!) && !scan.lex.orgConnectors.has(scan.low[k]!)))) k++;
  return k;
}

function shoutedNeighbour(scan: Scan, i: number): boolean {
  for (let k = i - 1; k <= i + 1; k += 2) {
    const t = scan.tokens[k];
    if (t && t.kind === "word" && t.text.length > 1 && scan.sentenceOf[k] === scan.sentenceOf[i] && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) return true;
  }
  return false;
}

function stripPossessive(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

// Asked several times per token (to start a run, to extend one, to look one ahead): the answer is kept.
function isNameToken(scan: Scan, i: number): boolean {
  if (scan.cap[i] !== 1) return false;
  const known = scan.nameTokens[i]!;
  if (known !== 0) return known === 1;
  const yes = nameTokenTest(scan, i);
  scan.nameTokens[i] = yes ? 1 : 2;
  return yes;
}

function nameTokenTest(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!.text;
  // "GLONASS", "UNESCO" in running text are names; a shouted headline shouts its neighbours too.
  if (isShouted(t) && (t.length > 8 || shoutedNeighbour(scan, i))) return false;
  const w = scan.low[i]!;
  // "FULL TEXT": a shouted ordinary word.
  if (t.length >= 4 && scan.lowerForms.has(w) && t === t.toUpperCase()) return false;
  // "I’ve", "We’re": contractions are never names.
  if (/'(?:ve|re|ll|d|m)$/u.test(w)) return false;
  const base = stripPossessive(w);
  return !scan.calendar.has(base.endsWith(".") ? base.slice(0, -1) : base);
}

function canStart(scan: Scan, i: number): boolean {
  if (!isNameToken(scan, i)) return false;
  const w = scan.low[i]!;
  if (scan.lex.stopwords.has(w) && !startsKnownName(scan, i) && !(scan.lex.determiners.has(w) && !scan.opens[i] && isNameToken(scan, i + 1) && !scan.lex.stopwords.has(scan.low[i + 1]!))) return false;
  // "Significantly, ...": an English sentence adverb.
  if (scan.opens[i] && scan.lex.modifiersPrecedeHead && w.endsWith("ly") && !isNameToken(scan, i + 1)) return false;
  if (scan.inShortQuote[i] && !startsKnownName(scan, i)) return false;
  return true;
}

// "Le Caire", "La Haye", "The Hague": a stopword that opens a known multi-word place.
function startsKnownName(scan: Scan, i: number): boolean {
  if (isKnownPlace(scan, scan.low[i]!) || scan.lex.institutions.has(scan.low[i]!)) return true;
  if (!scan.gaz.firstWords.has(scan.low[i]!)) return false;
  for (let n = 2; n <= scan.gaz.longestName && i + n <= scan.tokens.length; n++) {
    const key = keyOf(scan, i, i + n - 1);
    if (isKnownPlace(scan, key) || scan.lex.institutions.has(key)) return true;
  }
  return false;
}

function isKnownPlace(scan: Scan, key: string): boolean {
  return scan.gaz.knownPlaces.has(key);
}

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|upper|lower|greater) /u;

// "Eastern Europe", "northern Syria" written with a capital: a compass word before a known place.
function isKnownRegion(scan: Scan, key: string): boolean {
  if (!key.includes(" ")) return false;
  const m = COMPASS.exec(key);
  return m !== null && isKnownPlace(scan, key.slice(m[0].length));
}

function hasPossessive(text: string): boolean {
  const n = text.length;
  return n > 2 && (text.charCodeAt(n - 1) === 115 || text.charCodeAt(n - 1) === 83) && (text[n - 2] === "'" || text[n - 2] === "’");
}

function extendRun(scan: Scan, first: number, to: number): number {
  let last = first;
  let orgy = scan.lex.orgHeads.has(scan.low[first]!);
  for (;;) {
    const next = last + 1;
    if (next >= to) return last;
    // "Patrolmen’s Association", "Children’s Hospital": a possessive inside an organisation name.
    if (hasPossessive(scan.tokens[last]!.text) && !(last > first && isNameToken(scan, next) && scan.lex.orgHeads.has(scan.low[next]!))) return last;
    // "(AFP) Jean Dupont", "préfet de Corse Claude Érignac": a first name after an acronym or a place opens another name.
    if (isGivenName(scan.low[next]!) && (isAcronym(scan.tokens[last]!.text) || isKnownPlace(scan, keyOf(scan, first, last)))) return last;
    if (isNameToken(scan, next) && !scan.inShortQuote[next] === !scan.inShortQuote[first]) {
      // A stopword inside a name ("Marine Le Pen") only when a capital follows it.
      if (scan.lex.stopwords.has(scan.low[next]!) && !isNameToken(scan, next + 1)) return last;
      if (!adjacentOrSpaced(scan, last, next)) return last;
      last = next;
      orgy ||= scan.lex.orgHeads.has(scan.low[last]!);
      continue;
    }
    // "le GPS des États-Unis": an acronym takes no complement; what follows "des" is another name.
    if (isAcronym(scan.tokens[last]!.text)) return last;
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

function isGivenName(w: string): boolean {
  if (FIRST_NAMES.has(w)) return true;
  const dash = w.indexOf("-");
  return dash > 0 && FIRST_NAMES.has(w.slice(0, dash));
}

function adjacentOrSpaced(scan: Scan, a: number, b: number): boolean {
  const gap = scan.tokens[b]!.start - scan.tokens[a]!.end;
  if (gap === 0) return true;
  if (gap !== 1) return false;
  const c = scan.text.charCodeAt(scan.tokens[a]!.end);
  return c === 32 || c === 0xa0 || c === 0x202f;
}

function isConnector(scan: Scan, k: number, orgy: boolean): boolean {
  if (scan.tokens[k]!.kind !== "word" || scan.cap[k]) return false;
  const w = scan.low[k]!;
  return scan.lex.connectors.has(w) || (orgy && scan.lex.orgConnectors.has(w));
}

// English titles come before the name: "Fox News Vice President and Managing Editor Bill Sammon", "Florida Gov. Jeb Bush".
function englishTitleEnd(scan: Scan, from: number, last: number): number {
  const lex = scan.lex;
  let head = -1;
  for (let k = from; k < last; k++) {
    const w = scan.low[k]!;
    if (isRoleHead(scan, k) || (k > from && lex.honorifics.has(w) && w.endsWith("."))) head = k;
  }
  if (head < 0) return from;
  // "Judge Rotenberg Center", "President Hotel": a title word inside an organisation's name.
  if (lex.orgHeads.has(scan.low[last]!) || lex.placeHeads.has(scan.low[last]!) || lex.miscHeads.has(scan.low[last]!)) return from;
  let nameFirst = head + 1;
  if (!isAnyConnector(scan, nameFirst)) return nameFirst;
  // "Secretary of State John Kerry", "Director of National Intelligence James Clapper": the domain is part of the title.
  while (nameFirst < last && (isAnyConnector(scan, nameFirst) || lex.portfolios.has(scan.low[nameFirst]!))) nameFirst++;
  for (let k = nameFirst; k < last; k++) if (FIRST_NAMES.has(scan.low[k]!)) return k;
  let tail = last - 1;
  while (tail > nameFirst && isInitial(scan.tokens[tail]!.text)) tail--;
  return Math.max(nameFirst, tail);
}

function makeCandidate(scan: Scan, first: number, last: number, to: number): NameCandidate | null {
  const lex = scan.lex;
  const english = lex.modifiersPrecedeHead;
  // Peel a title off the front: "Treasury Secretary Janet Yellen", "French President Jacques Chirac".
  let nameFirst = first;
  let honorific: Gender | null | undefined = lex.honorifics.get(scan.low[first - 1] ?? "");
  if (first < last && lex.honorifics.has(scan.low[first]!) && !(english && isRoleHead(scan, first))) {
    honorific = lex.honorifics.get(scan.low[first]!);
    nameFirst = ++first;
  }
  // "The Huffington Post": the English article is no part of the name, unless a known name starts with it.
  if (english && first < last && lex.determiners.has(scan.low[first]!) && !startsKnownName(scan, first)) nameFirst = ++first;
  if (english) {
    const peeled = englishTitleEnd(scan, nameFirst, last);
    if (peeled > nameFirst) {
      const w = scan.low[peeled - 1]!;
      if (lex.honorifics.has(w) && !lex.roleHeads.has(w)) honorific = lex.honorifics.get(w);
      nameFirst = peeled;
    } else if (!lex.orgHeads.has(scan.low[last]!) && !lex.miscHeads.has(scan.low[last]!) && !lex.placeHeads.has(scan.low[last]!)) {
      while (nameFirst < last && isDemonym(scan, scan.low[nameFirst]!) && !FIRST_NAMES.has(scan.low[nameFirst]!)) nameFirst++;
    }
  } else {
    let head = -1;
    if (scan.opens[nameFirst] && !isKnownStart(scan, nameFirst) && nameFirst + 1 < last && isRoleHead(scan, nameFirst + 1)) nameFirst++;
    for (let k = nameFirst; k < last; k++) {
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
  }
  // "Des Moines", "Le Caire": a particle that opens a known place stays; so does the capitalised
  // article of a French name inside a sentence ("pour La Poste", "dans Le Monde").
  const namedArticle = !english && nameFirst < last && lex.determiners.has(scan.low[nameFirst]!) && !scan.opens[nameFirst] && !isKnownPlace(scan, keyOf(scan, nameFirst + 1, last));
  while (!namedArticle && nameFirst <= last && lex.connectors.has(scan.low[nameFirst]!) && !startsKnownName(scan, nameFirst) && !scan.gaz.cities.has(keyOf(scan, nameFirst, Math.min(last, nameFirst + 1)))) nameFirst++;
  let nameLast = last;
  if (english) {
    // "Transit Director", "Washington Political Editor": a title with no name after it ("Paul Singer" is a name).
    if (nameLast > nameFirst && lex.roleHeads.has(scan.low[last]!) && !FIRST_NAMES.has(scan.low[nameFirst]!)) return null;
    while (nameLast > nameFirst && lex.stopwords.has(scan.low[nameLast]!)) nameLast--;
  } else {
    // Drop trailing role words and stopwords ("Macron Le Président").
    while (nameLast > nameFirst && (lex.roleHeads.has(scan.low[nameLast]!) || lex.stopwords.has(scan.low[nameLast]!))) nameLast--;
  }
  if (nameFirst > nameLast) return null;
  // "Ohio Democrats", "Texas Republicans": the place stays, the group noun goes.
  if (nameLast > nameFirst && isDemonym(scan, scan.low[nameLast]!) && isKnownPlace(scan, keyOf(scan, nameFirst, nameLast - 1))) nameLast--;
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
  for (let i = nameFirst; i <= nameLast; i++) words.push(stripPossessive(scan.low[i]!));
  const nameWords = words.filter((w) => !lex.connectors.has(w));
  if (nameWords.length === 0) return null;
  if (nameWords.every((w) => isDemonym(scan, w) || lex.stopwords.has(w) || lex.roleHeads.has(w))) return null;
  const lastWord = nameWords[nameWords.length - 1]!;
  const firstWord = words[0]!;
  const single = nameFirst === nameLast;
  const orgLead = lex.orgHeads.has(firstWord) || (!single && lex.roleModifiers.has(firstWord) && lex.orgHeads.has(words[1]!));
  // "House Republicans", "les Démocrates américains": a group of people, not one entity.
  if (!single && isDemonym(scan, lastWord) && !orgLead && !lex.orgHeads.has(lastWord)) return null;

  const scores = emptyScores();
  const rules: string[] = [];
  let key = keyOf(scan, nameFirst, nameLast);
  if (end !== scan.tokens[nameLast]!.end) key = stripPossessive(key);
  let gender: Gender | null = null;
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
  // "(Agence)", "(Council)": a bare organisation noun in brackets is a placeholder, not a name.
  if (single && lex.orgHeads.has(firstWord) && !lex.institutions.has(key) && scan.tokens[nameFirst - 1]?.text === "(" && scan.tokens[nameLast + 1]?.text === ")") return null;

  const knownPlace = isKnownPlace(scan, key) || isKnownRegion(scan, key);
  if (lex.institutions.has(key)) (scores.ORG += 6), rules.push("institution");
  if (knownPlace) (scores.LOC += 6), rules.push("gazetteer");
  else if (single && lex.regionAbbreviations.has(firstWord) && scan.tokens[nameFirst - 1]?.text === "," && scan.cap[nameFirst - 2]) {
    (scores.LOC += 6), rules.push("region-abbreviation");
  } else if (scan.gaz.cities.has(key)) (scores.LOC += CITY_CUE), rules.push("city");
  else if (single && isHyphenatedPlace(scan, rawFirst)) (scores.LOC += 3), rules.push("hyphenated-place");
  if (single && isAcronym(rawFirst)) (scores.ORG += 3), rules.push("acronym");
  if (orgLead || (!single && lex.orgHeads.has(lastWord))) {
    (scores.ORG += 4), rules.push("org-head");
  }
  if (!single && lex.orgSuffixes.has(lastWord)) (scores.ORG += 4), rules.push("org-suffix");
  if (!single && english && lex.placeHeads.has(lastWord)) (scores.LOC += 4), rules.push("place-head");
  // French heads come first, after an ordinal at most: "Seconde Guerre mondiale", "Grand Prix".
  if (!single && (lex.miscHeads.has(english ? lastWord : firstWord) || (!english && lex.miscHeads.has(words[1]!)))) (scores.MISC += 4), rules.push("misc-head");
  // "Ouest France", "HP France", "Breitbart Texas", "Mutuel CIC": a place or an acronym inside a longer
  // name makes a company, a newspaper or a branch, not a person.
  const inner = !single && !knownPlace ? brandEvidence(scan, nameFirst, nameLast) : false;
  if (inner) (scores.ORG += 1.5), rules.push("brand");
  const given = FIRST_NAMES.get(firstWord);
  if (given !== undefined && !knownPlace && !inner) {
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
      !inner &&
      nameWords.every((w) => !lex.orgHeads.has(w) && !lex.orgSuffixes.has(w) && !scan.lowerForms.has(w) && w.length > 1) &&
      !lex.determiners.has(firstWord) &&
      // "Réseau Ferré de France", "Pays de la Loire": a French particle inside a name with no known first name.
      (english || nameWords.length === words.length || given !== undefined || honorific !== undefined || personParticle(scan, nameFirst, nameLast));
    if (plain) scores.PER += 0.5;
    else scores.MISC += 0.5;
    // "dans Le Figaro", "pour La Poste": a French name that keeps its capitalised article is a title or a body.
    if (lex.determiners.has(firstWord)) scores.ORG += namedArticleAt(scan, nameFirst) ? 2 : 1;
  }
  if (!single && isInitial(rawFirst) && !isInitial(scan.tokens[nameLast]!.text)) scores.PER += 2;
  if (PERSON_SUFFIX.test(lastWord) && !isAcronym(rawFirst)) scores.PER += 1;

  if (honorific !== undefined && (nameFirst === first || titleTokens !== null)) {
    scores.PER += 6;
    gender = honorific ?? gender;
    rules.push("honorific");
  }
  let placeCue = placeCueBefore(scan, nameFirst);
  // "confié à Antonis Manitakis": "à" or "to" before two plain words gives someone, not somewhere.
  if (placeCue > 0 && placeCue < 4 && scores.PER >= 0.5 && nameWords.length > 1 && !scan.gaz.cities.has(key)) placeCue = 0;
  if (placeCue > 0) (scores.LOC += placeCue), rules.push("place-cue");
  if (speechVerbNear(scan, nameFirst, nameLast, to)) (scores.PER += 1.5), rules.push("speech-verb");
  const orgCue = titleTokens === null ? orgCueAround(scan, nameFirst, nameLast) : 0;
  if (orgCue > 0) (scores.ORG += orgCue), rules.push("org-cue");
  // "la fusée Soyouz", "the Apollo program" is written "the program Apollo" too rarely to matter.
  if (titleTokens === null && orgCue === 0 && scores.PER < 0.5 && miscCueBefore(scan, nameFirst)) (scores.MISC += 3), rules.push("misc-cue");

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
  // French organisation names go on in lower case: "Conseil de sécurité nationale", "Grand Port maritime de Marseille".
  // "parti des Frères musulmans": a name introduced as an organisation goes on in lower case too.
  const cued = (orgCue >= 3 || namedArticleAt(scan, nameFirst)) && !(single && isAcronym(rawFirst));
  if (lex.lowercaseOrgContinuation && ((orgLead && nameFirst === first) || cued)) {
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
    ...(rules.includes("city") ? { city: true } : {}),
  };
}

// A weak cue: many town names are surnames too ("Carson", "Obama").
/** The LOC evidence a town name alone gives. */
export const CITY_CUE = 0.75;

// "Noyal-sur-Vilaine", "Ille-et-Vilaine", "Stratford-upon-Avon": a lower-case particle between capitalised parts.
function isHyphenatedPlace(scan: Scan, raw: string): boolean {
  if (raw.indexOf("-") < 0) return false;
  const parts = raw.split("-");
  const tail = parts[parts.length - 1]!;
  // "Saint-Pierre-d’Oléron": the last part may carry an elided particle.
  if (/^[dl]['’]\p{Lu}/u.test(tail)) return parts.length >= 2 && startsCapital(parts[0]!);
  if (parts.length < 3 || !startsCapital(tail)) return false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i]!.toLowerCase().replace(/’/g, "'");
    // "Saint-Martin-d'Hères": the elided particle sticks to the next part.
    const elided = /^[dl]'/u.test(p) && scan.lex.placeInfixes.has(p.slice(0, 2));
    if ((scan.lex.placeInfixes.has(p) && parts[i] === p) || elided) return true;
  }
  return false;
}

function startsCapital(s: string): boolean {
  return s.length > 0 && s[0] !== s[0]!.toLowerCase();
}

// A known place, a known town or an acronym among the words of a longer name, with no first name at its head.
function brandEvidence(scan: Scan, first: number, last: number): boolean {
  if (FIRST_NAMES.has(scan.low[first]!) && !scan.gaz.countries.has(scan.low[first]!)) return false;
  let acronym = false;
  let lower = false;
  let long = false;
  for (let k = first; k <= last; k++) {
    const w = scan.low[k]!;
    const t = scan.tokens[k]!.text;
    if (scan.lex.connectors.has(w) || scan.lex.determiners.has(w)) continue;
    if (scan.gaz.knownPlaces.has(w)) return true;
    // "Benoît XVI", "Titan III": a regnal or serial number is no acronym.
    if (isAcronym(t) && !ROMAN.test(t)) {
      acronym = true;
      if (t.length > 4) long = true;
    } else if (t !== t.toUpperCase()) lower = true;
  }
  // "FAROOK SAYED" is a shouted name; "GNU GPL", "DS XL" are short acronyms side by side.
  return acronym && (lower || !long);
}

const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

// "Bertrand de Broc", "Armel Le Cléac'h": one given name, one particle, one surname that is no known place.
function personParticle(scan: Scan, first: number, last: number): boolean {
  if (last - first !== 2 || !scan.cap[first] || !scan.cap[last]) return false;
  const particle = scan.low[first + 1]!;
  if (particle !== "de" && particle !== "d'" && !(scan.cap[first + 1] && scan.lex.connectors.has(particle))) return false;
  return !isKnownPlace(scan, scan.low[last]!) && !scan.gaz.cities.has(scan.low[last]!);
}

function namedArticleAt(scan: Scan, first: number): boolean {
  return !scan.lex.modifiersPrecedeHead && scan.cap[first] === 1 && scan.lex.determiners.has(scan.low[first]!) && !scan.opens[first];
}

function miscCueBefore(scan: Scan, first: number): boolean {
  const p = first - 1;
  return p >= 0 && !scan.cap[p] && scan.lex.miscCueBefore.has(scan.low[p]!);
}

// "the militant group Boko Haram", "le quotidien Le Monde", "Exxon shareholders", "spokesman for Dana Air".
function orgCueAround(scan: Scan, first: number, last: number): number {
  const lex = scan.lex;
  let p = first - 1;
  if (p >= 0 && lex.determiners.has(scan.low[p]!) && !scan.cap[p]) p--;
  if (p >= 0 && !scan.cap[p] && lex.orgCueBefore.has(scan.low[p]!)) return 3;
  const after = scan.low[last + 1];
  if (after !== undefined && !scan.cap[last + 1] && lex.orgCueAfter.has(after)) return 2;
  // "a spokesman for X", "the chief executive of X": a role held at X.
  const q = first - 1;
  if (q >= 1 && /^(?:for|of|at|chez)$/u.test(scan.low[q]!) && lex.roleHeads.has(scan.low[q - 1]!) && !scan.cap[q - 1]) return 1;
  return 0;
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
    if (/^\p{Ll}/u.test(t.text) && looksAdjective(scan, w) && !scan.lex.speechVerbs.has(w)) {
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
  // "LOUISVILLE, Ky. (AP)": the acronym's first letter must start one of the words it abbreviates.
  const initial = scan.low[cand.first]![0];
  if (!prev.words.some((w) => w[0] === initial)) return;
  if (cand.first - prev.last === 2 && scan.tokens[cand.first - 1]!.text === "(" && scan.tokens[cand.first + 1]?.text === ")") {
    cand.aliasOf = found.length - 1;
  }
}
