import type { Entity } from "../../model/annotations.js";
import { FIRST_NAMES } from "./first-names.js";
import { normalizeName } from "./gazetteer.js";
import { isAcronym, isAllUpper, isCapitalised, isInitial, isShouted, keyOf, looksAdjective, lowOf, type Scan } from "./scan.js";
import type { Gender } from "./types.js";
import {
  CALENDAR,
  CITY,
  classOf,
  CONNECTOR,
  COUNTRY_BASE,
  DEMONYM,
  DETERMINER,
  FIRST_NAME,
  FIRST_WORD,
  GIVEN_NAME,
  HONORIFIC,
  INSTITUTION,
  is,
  KNOWN_PLACE,
  MISC_CUE_BEFORE,
  MISC_HEAD,
  ORG_CONNECTOR,
  ORG_CUE_AFTER,
  ORG_CUE_BEFORE,
  ORG_HEAD,
  ORG_PREFIX_NOUN,
  ORG_SUFFIX,
  PHRASE_BREAKER,
  PLACE_HEAD,
  PLACE_NOUN,
  PLACE_PREPOSITION,
  PORTFOLIO,
  ROLE_HEAD,
  ROLE_HEAD_PLURAL,
  ROLE_MODIFIER,
  SPEECH_VERB,
  STOPWORD,
  wordClassOf,
} from "./word-classes.js";

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
  /** The place an organisation is named after ("Caen" in "université de Caen"), a name of its own. */
  seat?: NameCandidate;
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
        if (cand.seat) out.push(cand.seat);
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
    words: lowsOf(scan, from, last),
    key,
    scores,
    roles: [],
    gender: null,
    aliasOf: null,
    ruleId: "entities/dateline",
    titleTokens: null,
  };
}

function lowsOf(scan: Scan, from: number, last: number): string[] {
  const words: string[] = [];
  for (let i = from; i <= last; i++) words.push(lowOf(scan, i)!);
  return words;
}

function isUpperWord(text: string): boolean {
  return text.length >= 2 && isAllUpper(text) && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(text);
}

// In a title-case line only words the text also capitalises in running text, or known names, are names.
function isOrdinaryWord(scan: Scan, i: number): boolean {
  const w = lowOf(scan, i)!;
  if (is(scan, i, STOPWORD)) return !isKnownStart(scan, i) && !startsKnownName(scan, i);
  if (scan.bodyCaps.has(w) || scan.bodyCaps.has(stripPossessive(w))) return false;
  if (is(scan, i, ROLE_HEAD | HONORIFIC | ORG_HEAD)) return false;
  return !isKnownStart(scan, i) && !is(scan, i, FIRST_WORD);
}

function headlineEnd(scan: Scan, i: number, to: number): number {
  let k = i + 1;
  // "Rand Paul Scores": a capitalised word after a known first name is its surname.
  while (k < to && (is(scan, k - 1, FIRST_NAME) || !(isOrdinaryWord(scan, k) && !is(scan, k, CONNECTOR) && !is(scan, k, ORG_CONNECTOR)))) k++;
  return k;
}

function shoutedNeighbour(scan: Scan, i: number): boolean {
  for (let k = i - 1; k <= i + 1; k += 2) {
    const t = scan.tokens[k];
    if (t && t.kind === "word" && t.text.length > 1 && scan.sentenceOf[k] === scan.sentenceOf[i] && isAllUpper(t.text) && t.text !== t.text.toLowerCase()) return true;
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
  const w = lowOf(scan, i)!;
  // "FULL TEXT": a shouted ordinary word.
  // The spelling test comes first: searching the text for a lower-case form costs far more.
  if (t.length >= 4 && isAllUpper(t) && scan.lowerForms.has(w)) return false;
  // "I’ve", "We’re": contractions are never names.
  if (isContraction(w)) return false;
  const base = stripPossessive(w);
  const bare = base.endsWith(".") ? base.slice(0, -1) : base;
  return !(bare === w ? is(scan, i, CALENDAR) : scan.calendar.has(bare));
}

// The apostrophe sits second or third from the end of "'ve", "'re", "'ll", "'d", "'m": most words fail there.
function isContraction(w: string): boolean {
  const n = w.length;
  if (!(n >= 2 && w.charCodeAt(n - 2) === 39) && !(n >= 3 && w.charCodeAt(n - 3) === 39)) return false;
  return /'(?:ve|re|ll|d|m)$/u.test(w);
}

function canStart(scan: Scan, i: number): boolean {
  if (!isNameToken(scan, i)) return false;
  if (is(scan, i, STOPWORD) && !startsKnownName(scan, i) && !(is(scan, i, DETERMINER) && !scan.opens[i] && isNameToken(scan, i + 1) && !is(scan, i + 1, STOPWORD))) return false;
  // "Significantly, ...": an English sentence adverb.
  if (scan.opens[i] && scan.lex.modifiersPrecedeHead && lowOf(scan, i)!.endsWith("ly") && !isNameToken(scan, i + 1)) return false;
  if (scan.inShortQuote[i] && !startsKnownName(scan, i)) return false;
  return true;
}

// "Le Caire", "La Haye", "The Hague": a stopword that opens a known multi-word place.
function startsKnownName(scan: Scan, i: number): boolean {
  if (is(scan, i, KNOWN_PLACE) || is(scan, i, INSTITUTION)) return true;
  if (!is(scan, i, FIRST_WORD)) return false;
  const lengths = scan.gaz.nameLengthsFrom(lowOf(scan, i)!);
  const tokens = scan.tokens;
  // While the words are apart by single spaces the key is a slice of the lower-cased text, and its
  // length is known before it is made: most keys are never made nor hashed.
  let plain = scan.lowText !== null;
  for (let n = 2; n <= scan.gaz.longestName && i + n <= tokens.length; n++) {
    const last = i + n - 1;
    const at = tokens[last - 1]!.end;
    const gap = tokens[last]!.start - at;
    if (gap > 1 || (gap === 1 && scan.text.charCodeAt(at) !== 32)) plain = false;
    if (plain && !lengths.has(tokens[last]!.end - tokens[i]!.start)) continue;
    const key = keyOf(scan, i, last);
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
  let orgy = is(scan, first, ORG_HEAD);
  for (;;) {
    const next = last + 1;
    if (next >= to) return last;
    // "Patrolmen’s Association", "Children’s Hospital": a possessive inside an organisation name.
    if (hasPossessive(scan.tokens[last]!.text) && !(last > first && isNameToken(scan, next) && is(scan, next, ORG_HEAD))) return last;
    // "(AFP) Jean Dupont", "préfet de Corse Claude Érignac": a first name after an acronym or a place opens another name.
    if (is(scan, next, GIVEN_NAME) && (isAcronym(scan.tokens[last]!.text) || isKnownPlace(scan, keyOf(scan, first, last)))) return last;
    if (isNameToken(scan, next) && !scan.inShortQuote[next] === !scan.inShortQuote[first]) {
      // A stopword inside a name ("Marine Le Pen") only when a capital follows it.
      if (is(scan, next, STOPWORD) && !isNameToken(scan, next + 1) && !namedStopword(scan, next)) return last;
      if (!adjacentOrSpaced(scan, last, next)) return last;
      last = next;
      orgy ||= is(scan, last, ORG_HEAD);
      continue;
    }
    // "Communication Workers’ Alliance": a plural possessive inside an organisation's name.
    if (pluralPossessiveBeforeHead(scan, last, next, to)) {
      last = next + 1;
      orgy = true;
      continue;
    }
    // "Cortina d’Ampezzo", "Giscard d’Estaing": an elided particle glued to the next capitalised part.
    if (elidedParticleName(scan, next) && adjacentOrSpaced(scan, last, next)) {
      last = next;
      continue;
    }
    if (innerAdjective(scan, first, last, next, to)) {
      last = next + 1;
      continue;
    }
    // "le GPS des États-Unis": an acronym takes no complement; what follows "des" is another name.
    // "CHU de Rennes": unless the acronym is itself the head of an institution's name.
    if (isAcronym(scan.tokens[last]!.text) && !(last === first && orgy)) return last;
    // Up to two connectors between capitals: "de", "de la", "van der", "of the".
    let k = next;
    const titled = is(scan, last, ROLE_HEAD) || is(scan, last, PORTFOLIO);
    while (k < to && k - next < 2 && isConnector(scan, k, orgy || titled)) k++;
    if (k > next && k < to && isNameToken(scan, k) && !is(scan, k, STOPWORD)) {
      last = k;
      orgy ||= is(scan, last, ORG_HEAD);
      continue;
    }
    return last;
  }
}

// Token `k` is an apostrophe glued to a word ending in "s", and an organisation word follows it.
function pluralPossessiveBeforeHead(scan: Scan, last: number, k: number, to: number): boolean {
  const t = scan.tokens[k]!;
  if (k + 1 >= to || t.end - t.start !== 1 || t.start !== scan.tokens[last]!.end) return false;
  const c = scan.text.charCodeAt(t.start);
  if ((c !== 39 && c !== 0x2019) || scan.text.charCodeAt(t.start - 1) !== 115) return false;
  return isNameToken(scan, k + 1) && is(scan, k + 1, ORG_HEAD) && adjacentOrSpaced(scan, k, k + 1);
}

// "d’Ampezzo", "l’Aquila": a lower-case token made of an elided particle and a capitalised word (English
// tokenisation leaves them joined); read off the text, which costs less than a regular expression.
function elidedParticleName(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || t.kind !== "word" || scan.cap[k] || t.end - t.start < 4) return false;
  const c = scan.text.charCodeAt(t.start);
  const a = scan.text.charCodeAt(t.start + 1);
  if ((c !== 100 && c !== 108) || (a !== 39 && a !== 0x2019)) return false;
  const next = scan.text[t.start + 2]!;
  return next !== next.toLowerCase();
}

// "Santé publique France", "Assistance publique-Hôpitaux": French names keep a lower-case adjective
// between capitalised words, which running text seldom puts there with no comma.
function innerAdjective(scan: Scan, first: number, last: number, k: number, to: number): boolean {
  if (!scan.lex.lowercaseOrgContinuation || k + 1 >= to || scan.cap[k] || scan.tokens[k]!.kind !== "word") return false;
  if (!isNameToken(scan, k + 1) || is(scan, k + 1, STOPWORD) || is(scan, k, PHRASE_BREAKER | SPEECH_VERB | CONNECTOR)) return false;
  // "le maire sortant Jean Roux": a first name after the adjective opens someone ("France" is a country first);
  // "l’Autorité palestinienne Yasser Arafat": so do two capitalised words, where the name takes one.
  if (is(scan, k + 1, FIRST_NAME) && !is(scan, k + 1, KNOWN_PLACE)) return false;
  if (k + 2 < to && isNameToken(scan, k + 2) && adjacentOrSpaced(scan, k + 1, k + 2)) return false;
  // "ministre des Affaires étrangères Ivan Petrov": a portfolio ends the title, the name that follows is someone.
  if (is(scan, last, ROLE_HEAD) || (is(scan, last, PORTFOLIO) && titledBefore(scan, first))) return false;
  return adjacentOrSpaced(scan, last, k) && adjacentOrSpaced(scan, k, k + 1) && looksAdjective(scan, lowOf(scan, k)!);
}

// "son groupe, Tulle Avenir, déposera": inside running text, a capitalised adverb that closes a run
// before punctuation belongs to the name; articles and particles never end one.
function namedStopword(scan: Scan, k: number): boolean {
  if (scan.opens[k] || scan.headline[scan.sentenceOf[k]!] === 1 || is(scan, k, DETERMINER | CONNECTOR | ORG_CONNECTOR)) return false;
  const after = scan.tokens[k + 1];
  return scan.tokens[k]!.text.length >= 4 && after !== undefined && after.kind === "punct" && scan.sentenceOf[k + 1] === scan.sentenceOf[k];
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
  return is(scan, k, orgy ? CONNECTOR | ORG_CONNECTOR : CONNECTOR);
}

// English titles come before the name: "Fox News Vice President and Managing Editor Bill Sammon", "Florida Gov. Jeb Bush".
function englishTitleEnd(scan: Scan, from: number, last: number): number {
  let head = -1;
  for (let k = from; k < last; k++) {
    if (isRoleHead(scan, k) || (k > from && is(scan, k, HONORIFIC) && lowOf(scan, k)!.endsWith("."))) head = k;
  }
  if (head < 0) return from;
  // "Judge Rotenberg Center", "President Hotel": a title word inside an organisation's name.
  if (is(scan, last, ORG_HEAD) || is(scan, last, PLACE_HEAD) || is(scan, last, MISC_HEAD)) return from;
  let nameFirst = head + 1;
  if (!isAnyConnector(scan, nameFirst)) return nameFirst;
  // "Secretary of State John Kerry", "Director of National Intelligence James Clapper": the domain is part of the title.
  while (nameFirst < last && (isAnyConnector(scan, nameFirst) || is(scan, nameFirst, PORTFOLIO))) nameFirst++;
  for (let k = nameFirst; k < last; k++) if (is(scan, k, FIRST_NAME)) return k;
  let tail = last - 1;
  while (tail > nameFirst && isInitial(scan.tokens[tail]!.text)) tail--;
  return Math.max(nameFirst, tail);
}

function makeCandidate(scan: Scan, first: number, last: number, to: number): NameCandidate | null {
  const lex = scan.lex;
  const english = lex.modifiersPrecedeHead;
  // Peel a title off the front: "Treasury Secretary Janet Yellen", "French President Jacques Chirac".
  let nameFirst = first;
  let honorific: Gender | null | undefined = is(scan, first - 1, HONORIFIC) ? lex.honorifics.get(lowOf(scan, first - 1)!) : undefined;
  if (first < last && is(scan, first, HONORIFIC) && !(english && isRoleHead(scan, first))) {
    honorific = lex.honorifics.get(lowOf(scan, first)!);
    nameFirst = ++first;
  }
  // "The Huffington Post": the English article is no part of the name, unless a known name starts with it.
  if (english && first < last && is(scan, first, DETERMINER) && !startsKnownName(scan, first)) nameFirst = ++first;
  if (english) {
    const peeled = englishTitleEnd(scan, nameFirst, last);
    if (peeled > nameFirst) {
      if (is(scan, peeled - 1, HONORIFIC) && !is(scan, peeled - 1, ROLE_HEAD)) honorific = lex.honorifics.get(lowOf(scan, peeled - 1)!);
      nameFirst = peeled;
    } else if (!is(scan, last, ORG_HEAD) && !is(scan, last, MISC_HEAD) && !is(scan, last, PLACE_HEAD)) {
      while (nameFirst < last && is(scan, nameFirst, DEMONYM) && !is(scan, nameFirst, FIRST_NAME)) nameFirst++;
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
      while (nameFirst < last && (isAnyConnector(scan, nameFirst) || is(scan, nameFirst, PORTFOLIO))) nameFirst++;
    } else if (!is(scan, last, ORG_HEAD)) {
      // "German Olaf …": a demonym before a person's name is part of the title, not of the name.
      while (nameFirst < last && is(scan, nameFirst, DEMONYM)) nameFirst++;
    }
  }
  // "Des Moines", "Le Caire": a particle that opens a known place stays; so does the capitalised
  // article of a French name inside a sentence ("pour La Poste", "dans Le Monde").
  const namedArticle = !english && nameFirst < last && is(scan, nameFirst, DETERMINER) && !scan.opens[nameFirst] && !isKnownPlace(scan, keyOf(scan, nameFirst + 1, last));
  while (!namedArticle && nameFirst <= last && is(scan, nameFirst, CONNECTOR) && !startsKnownName(scan, nameFirst) && !scan.gaz.cities.has(keyOf(scan, nameFirst, Math.min(last, nameFirst + 1)))) nameFirst++;
  let nameLast = last;
  if (english) {
    // "Transit Director", "Washington Political Editor": a title with no name after it ("Paul Singer" is a name).
    if (nameLast > nameFirst && is(scan, last, ROLE_HEAD) && !is(scan, nameFirst, FIRST_NAME)) return null;
    while (nameLast > nameFirst && is(scan, nameLast, STOPWORD) && !namedStopword(scan, nameLast)) nameLast--;
  } else {
    // Drop trailing role words and stopwords ("Macron Le Président").
    // ("syndicat Force Ouvrière": after an organisation noun, a role word is part of the name.)
    const orgNamed = nameFirst > 0 && is(scan, nameFirst - 1, ORG_CUE_BEFORE);
    while (nameLast > nameFirst && ((is(scan, nameLast, ROLE_HEAD) && !orgNamed) || (is(scan, nameLast, STOPWORD) && !namedStopword(scan, nameLast)))) nameLast--;
  }
  if (nameFirst > nameLast) return null;
  // "Ohio Democrats", "Texas Republicans": the place stays, the group noun goes.
  if (nameLast > nameFirst && is(scan, nameLast, DEMONYM) && isKnownPlace(scan, keyOf(scan, nameFirst, nameLast - 1))) nameLast--;
  const titleTokens: [number, number] | null = nameFirst > first ? [first, nameFirst - 1] : null;

  // A sentence-initial capital that the text also writes in lower case is an ordinary word.
  if (scan.opens[nameFirst] && !isKnownStart(scan, nameFirst)) {
    if (scan.lowerForms.has(lowOf(scan, nameFirst)!) || is(scan, nameFirst, ROLE_HEAD)) {
      nameFirst++;
      while (nameFirst <= nameLast && is(scan, nameFirst, CONNECTOR)) nameFirst++;
      if (nameFirst > nameLast) return null;
    }
  }
  let start = scan.tokens[nameFirst]!.start;
  let end = scan.tokens[nameLast]!.end;
  if (hasPossessive(scan.tokens[nameLast]!.text)) end -= 2;

  const words: string[] = [];
  // The name words are the words but the connectors; their lexicon classes are gathered on the way.
  let nameCount = 0;
  let lastWord = "";
  let firstClass = 0;
  let secondClass = 0;
  let lastClass = 0;
  let allTitleWords = true;
  let allPortfolios = true;
  let anyOrgWord = false;
  let innerLower = false;
  for (let i = nameFirst; i <= nameLast; i++) {
    const w = stripPossessive(lowOf(scan, i)!);
    const c = w === lowOf(scan, i) ? classOf(scan, i) : wordClassOf(scan, w);
    if (i === nameFirst) firstClass = c;
    else if (i === nameFirst + 1) secondClass = c;
    words.push(w);
    if (c & CONNECTOR) continue;
    if (!scan.cap[i] && !(c & ORG_CONNECTOR) && !elidedParticleName(scan, i)) innerLower = true;
    nameCount++;
    lastWord = w;
    lastClass = c;
    if (!(c & (DEMONYM | STOPWORD | ROLE_HEAD | ROLE_HEAD_PLURAL))) allTitleWords = false;
    if (!(c & PORTFOLIO)) allPortfolios = false;
    if (c & (ORG_HEAD | ORG_SUFFIX)) anyOrgWord = true;
  }
  if (nameCount === 0) return null;
  if (allTitleWords) return null;
  const firstWord = words[0]!;
  const single = nameFirst === nameLast;
  const orgLead = (firstClass & ORG_HEAD) !== 0 || (!single && (firstClass & ROLE_MODIFIER) !== 0 && (secondClass & ORG_HEAD) !== 0);
  // "House Republicans", "les Démocrates américains": a group of people, not one entity.
  if (!single && lastClass & DEMONYM && !orgLead && !(lastClass & ORG_HEAD)) return null;

  const scores = emptyScores();
  // The first cue found names the rule that made the candidate (a constant: no id is built per name).
  let rule: string | null = null;
  let prefixed = false;
  let city = false;
  let seat: NameCandidate | undefined;
  let key = keyOf(scan, nameFirst, nameLast);
  if (end !== scan.tokens[nameLast]!.end) key = stripPossessive(key);
  let gender: Gender | null = null;
  const rawFirst = scan.tokens[nameFirst]!.text;

  if (single && isAcronym(rawFirst) && lex.nonEntityAcronyms.has(firstWord)) return null;
  // A ministry's domain after a title belongs to the role: "ministre de la Défense", "secrétaire d'État".
  const stateItself = allPortfolios && single && keyIs(scan, key, firstWord, firstClass, INSTITUTION) && !titledBefore(scan, nameFirst);
  if (allPortfolios && !stateItself) {
    const noun = extendWithPrefixNoun(scan, nameFirst);
    if (noun === null) return null;
    start = scan.tokens[noun]!.start;
    key = normalizeName(scan.text.slice(start, end));
    scores.ORG += 4;
    rule ??= "entities/org-prefix-noun";
    prefixed = true;
  }
  // "(Agence)", "(Council)": a bare organisation noun in brackets is a placeholder, not a name.
  // The key of a one-word name is mostly that word, whose classes are known.
  const keyWord = single ? firstWord : null;
  if (single && firstClass & ORG_HEAD && !keyIs(scan, key, keyWord, firstClass, INSTITUTION) && scan.tokens[nameFirst - 1]?.text === "(" && scan.tokens[nameLast + 1]?.text === ")") return null;

  const knownPlace = keyIs(scan, key, keyWord, firstClass, KNOWN_PLACE) || isKnownRegion(scan, key);
  // "devant Matignon", "outside Downing Street": the building itself, not the body it houses.
  const seatPlace = lex.seats.has(key) && seatPrepositionBefore(scan, nameFirst);
  if (seatPlace) (scores.LOC += SEAT_PLACE_CUE), (rule ??= "entities/seat-place");
  else if (keyIs(scan, key, keyWord, firstClass, INSTITUTION)) (scores.ORG += 6), (rule ??= "entities/institution");
  if (knownPlace) (scores.LOC += 6), (rule ??= "entities/gazetteer");
  else if (single && lex.regionAbbreviations.has(firstWord) && scan.tokens[nameFirst - 1]?.text === "," && scan.cap[nameFirst - 2]) {
    (scores.LOC += 6), (rule ??= "entities/region-abbreviation");
  } else if (keyIs(scan, key, keyWord, firstClass, CITY)) (scores.LOC += CITY_CUE), (rule ??= "entities/city"), (city = true);
  else if (single && isHyphenatedPlace(scan, rawFirst)) (scores.LOC += 3), (rule ??= "entities/hyphenated-place");
  if (single && isAcronym(rawFirst)) (scores.ORG += 3), (rule ??= "entities/acronym");
  if (orgLead || (!single && lastClass & ORG_HEAD)) {
    (scores.ORG += 4), (rule ??= "entities/org-head");
  }
  if (!single && lastClass & ORG_SUFFIX) (scores.ORG += 4), (rule ??= "entities/org-suffix");
  // "a defeat by Millbrook City": no person is called so; "in Millbrook City" is the town.
  else if (!single && scores.LOC === 0 && lex.clubSuffixes.has(lastWord)) {
    if (placeCueBefore(scan, nameFirst) > 0) (scores.LOC += 1), (rule ??= "entities/place-cue");
    else (scores.ORG += 1), (rule ??= "entities/club-suffix");
  }
  // Only a body's name keeps a lower-case adjective inside capitals ("Santé publique France").
  if (innerLower) (scores.ORG += 3), (rule ??= "entities/inner-adjective");
  if (!single && english && lastClass & PLACE_HEAD) (scores.LOC += 4), (rule ??= "entities/place-head");
  // French heads come first, after an ordinal at most: "Seconde Guerre mondiale", "Grand Prix".
  if (!single && ((english ? lastClass : firstClass) & MISC_HEAD || (!english && secondClass & MISC_HEAD))) (scores.MISC += 4), (rule ??= "entities/misc-head");
  // "Ouest France", "HP France", "Breitbart Texas", "Mutuel CIC": a place or an acronym inside a longer
  // name makes a company, a newspaper or a branch, not a person.
  const inner = !single && !knownPlace ? brandEvidence(scan, nameFirst, nameLast) : false;
  if (inner) (scores.ORG += 1.5), (rule ??= "entities/brand");
  // "Wayne State University School of Medicine": a long name with an organisation word inside is named
  // after someone, not someone.
  const orgInside = nameCount >= 3 && anyOrgWord;
  if (orgInside && scores.ORG === 0) (scores.ORG += 2), (rule ??= "entities/org-word-inside");
  const given = firstClass & FIRST_NAME ? FIRST_NAMES.get(firstWord) : undefined;
  if (given !== undefined && !knownPlace && !inner && !orgInside) {
    scores.PER += single ? 1 : 3;
    gender = given;
    (rule ??= "entities/first-name");
  }
  if (!single) {
    // Two or three plain capitalised words read as a person's name; longer runs, digits or
    // words also written in lower case read as a title of something.
    const plain =
      nameCount <= 3 &&
      !/\d/u.test(key) &&
      !inner &&
      !anyOrgWord &&
      onlyCapitalised(scan, nameFirst, nameLast) &&
      !(firstClass & DETERMINER) &&
      // "Réseau Ferré de France", "Pays de la Loire": a French particle inside a name with no known first name.
      (english || nameCount === words.length || given !== undefined || honorific !== undefined || personParticle(scan, nameFirst, nameLast)) &&
      // "Cortina d’Ampezzo", "Reggio d’Émilie": with no first name or title, a glued particle makes a place's name.
      (given !== undefined || honorific !== undefined || !elidedParticleName(scan, nameLast));
    if (plain) scores.PER += 0.5;
    else scores.MISC += 0.5;
    // "dans Le Figaro", "pour La Poste": a French name that keeps its capitalised article is a title or a body.
    if (firstClass & DETERMINER) scores.ORG += namedArticleAt(scan, nameFirst) ? 2 : 1;
  }
  if (!single && isInitial(rawFirst) && !isInitial(scan.tokens[nameLast]!.text)) scores.PER += 2;
  if (PERSON_SUFFIX.test(lastWord) && !isAcronym(rawFirst)) scores.PER += 1;

  if (honorific !== undefined && (nameFirst === first || titleTokens !== null)) {
    scores.PER += 6;
    gender = honorific ?? gender;
    (rule ??= "entities/honorific");
  }
  let placeCue = seatPlace ? 0 : placeCueBefore(scan, nameFirst);
  // "confié à Antonis Manitakis": "à" or "to" before two plain words gives someone, not somewhere.
  if (placeCue > 0 && placeCue < 4 && scores.PER >= 0.5 && nameCount > 1 && !keyIs(scan, key, keyWord, firstClass, CITY)) placeCue = 0;
  if (placeCue > 0) (scores.LOC += placeCue), (rule ??= "entities/place-cue");
  if (speechVerbNear(scan, nameFirst, nameLast, to)) (scores.PER += 1.5), (rule ??= "entities/speech-verb");
  const orgCue = titleTokens === null ? orgCueAround(scan, nameFirst, nameLast) : 0;
  if (orgCue > 0) (scores.ORG += orgCue), (rule ??= "entities/org-cue");
  // "la fusée Soyouz", "the Apollo program" is written "the program Apollo" too rarely to matter.
  if (titleTokens === null && orgCue === 0 && scores.PER < 0.5 && miscCueBefore(scan, nameFirst)) (scores.MISC += 3), (rule ??= "entities/misc-cue");

  // "palais de l’Élysée", "ministère ukrainien de la Défense": a lower-case head noun makes an organisation.
  if (!prefixed) {
    const noun = extendWithPrefixNoun(scan, nameFirst);
    if (noun !== null) {
      // "parquet de Bruxelles", "préfecture d’Ille-et-Vilaine": the whole is a body, the place its seat.
      if (scores.LOC >= CITY_CUE && scores.LOC > scores.PER) seat = seatCandidate(scan, nameFirst, nameLast, key, words, scores.LOC, rule);
      start = scan.tokens[noun]!.start;
      key = normalizeName(scan.text.slice(start, end));
      scores.ORG += 4 + scores.LOC;
      scores.LOC = 0;
      city = false;
      rule = "entities/org-prefix-noun";
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
      for (let i = nameFirst; i <= nameLast; i++) words.push(lowOf(scan, i)!);
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
    ruleId: rule ?? "entities/capitalised-run",
    titleTokens,
    city,
    seat,
  };
}

function seatCandidate(scan: Scan, first: number, last: number, key: string, words: string[], loc: number, rule: string | null): NameCandidate {
  const scores = emptyScores();
  scores.LOC = loc;
  return {
    start: scan.tokens[first]!.start,
    end: scan.tokens[last]!.end,
    first,
    last,
    words: words.slice(),
    key,
    scores,
    roles: [],
    gender: null,
    aliasOf: null,
    ruleId: rule ?? "entities/org-seat",
    titleTokens: null,
  };
}

// "secrétaire d’État", "ministère de l’Intérieur": a title or a ministry before the domain word, over "de la".
function titledBefore(scan: Scan, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 2 && is(scan, k, CONNECTOR | DETERMINER) && !isCapitalised(scan, k)) k--;
  return k < first - 1 && k >= 0 && is(scan, k, ROLE_HEAD | ROLE_HEAD_PLURAL | ORG_HEAD | ORG_PREFIX_NOUN);
}

// Whether a name's key is in a lexicon class: from the classes of its one word when the key is that word,
// else looked up in the lexicon itself.
function keyIs(scan: Scan, key: string, word: string | null, wordClass: number, cls: typeof INSTITUTION | typeof KNOWN_PLACE | typeof CITY): boolean {
  if (key === word) return (wordClass & cls) !== 0;
  if (cls === INSTITUTION) return scan.lex.institutions.has(key);
  return cls === KNOWN_PLACE ? isKnownPlace(scan, key) : scan.gaz.cities.has(key);
}

// Below the institution's own weight: one "devant Matignon" makes a place only where no other mention names the body.
const SEAT_PLACE_CUE = 5;

// "devant l’Élysée", "outside the White House": a preposition of the building's outside, an article between allowed.
function seatPrepositionBefore(scan: Scan, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && !scan.cap[p] && is(scan, p, DETERMINER)) p--;
  return p >= 0 && !scan.cap[p] && scan.lex.seatPrepositions.has(lowOf(scan, p)!);
}

// A weak cue: many town names are surnames too ("Carson", "Obama").
/** The LOC evidence a town name alone gives. */
export const CITY_CUE = 0.75;

// "Noyal-sur-Vilaine", "Ille-et-Vilaine", "Stratford-upon-Avon": a lower-case particle between capitalised parts.
function isHyphenatedPlace(scan: Scan, raw: string): boolean {
  if (raw.indexOf("-") < 0) return false;
  const parts = raw.split("-");
  // "Saint-Brevin", "Sainte-Maxime": a saint's name joined by a hyphen is a town (or a parish) far more often than a person.
  if (parts.length >= 2 && startsCapital(parts[1]!) && scan.lex.placePrefixes.has(parts[0]!.toLowerCase())) return true;
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
  if (is(scan, first, FIRST_NAME) && !scan.gaz.countries.has(lowOf(scan, first)!)) return false;
  let acronym = false;
  let lower = false;
  let long = false;
  for (let k = first; k <= last; k++) {
    const w = lowOf(scan, k)!;
    const t = scan.tokens[k]!.text;
    if (scan.lex.connectors.has(w) || scan.lex.determiners.has(w)) continue;
    if (scan.gaz.knownPlaces.has(w)) return true;
    // "Benoît XVI", "Titan III": a regnal or serial number is no acronym.
    if (isAcronym(t) && !ROMAN.test(t)) {
      acronym = true;
      if (t.length > 4) long = true;
    } else if (!isAllUpper(t)) lower = true;
  }
  // "FAROOK SAYED" is a shouted name; "GNU GPL", "DS XL" are short acronyms side by side.
  return acronym && (lower || !long);
}

const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

// "Bertrand de Broc", "Armel Le Cléac'h": one given name, one particle, one surname that is no known place.
function personParticle(scan: Scan, first: number, last: number): boolean {
  if (last - first !== 2 || !scan.cap[first] || !scan.cap[last]) return false;
  const particle = lowOf(scan, first + 1)!;
  if (particle !== "de" && particle !== "d'" && !(scan.cap[first + 1] && scan.lex.connectors.has(particle))) return false;
  return !is(scan, last, KNOWN_PLACE) && !is(scan, last, CITY);
}

function namedArticleAt(scan: Scan, first: number): boolean {
  return !scan.lex.modifiersPrecedeHead && scan.cap[first] === 1 && is(scan, first, DETERMINER) && !scan.opens[first];
}

function miscCueBefore(scan: Scan, first: number): boolean {
  const p = first - 1;
  return p >= 0 && !scan.cap[p] && is(scan, p, MISC_CUE_BEFORE);
}

// "the militant group Boko Haram", "le quotidien Le Monde", "Exxon shareholders", "spokesman for Dana Air".
function orgCueAround(scan: Scan, first: number, last: number): number {
  let p = first - 1;
  if (p >= 0 && is(scan, p, DETERMINER) && !scan.cap[p]) p--;
  if (p >= 0 && !scan.cap[p] && is(scan, p, ORG_CUE_BEFORE)) return 3;
  if (last + 1 < scan.tokens.length && !scan.cap[last + 1] && is(scan, last + 1, ORG_CUE_AFTER)) return 2;
  // "a spokesman for X", "the chief executive of X": a role held at X.
  const q = first - 1;
  // "analysts at Barclays", "les économistes chez Natixis": a plural title works at a body too.
  // Several people holding a title at X outweigh X's own "said": "Analysts at Barclays said".
  if (q >= 1 && isRolePreposition(lowOf(scan, q)!) && (!scan.cap[q - 1] || scan.opens[q - 1])) {
    if (is(scan, q - 1, ROLE_HEAD)) return 1;
    if (is(scan, q - 1, ROLE_HEAD_PLURAL)) return 3;
  }
  return scan.lex.lowercaseOrgContinuation ? cueThroughComplement(scan, first) : 0;
}

// "le groupe de cliniques Solvia", "l’association de contribuables Vivre à Tulle": the cue
// noun and its complement, then the name in apposition (a name right after "de" is the complement itself).
function cueThroughComplement(scan: Scan, first: number): number {
  const p = first - 1;
  if (p < 2 || scan.cap[p] || scan.tokens[p]!.kind !== "word" || is(scan, p, CONNECTOR | PHRASE_BREAKER)) return 0;
  let particle = false;
  for (let k = p - 1; k >= 0 && k >= p - 5 && scan.sentenceOf[k] === scan.sentenceOf[first]; k--) {
    if (scan.cap[k] || scan.tokens[k]!.kind !== "word") return 0;
    if (is(scan, k, CONNECTOR)) {
      particle = true;
      continue;
    }
    if (particle && is(scan, k, ORG_CUE_BEFORE)) return 2;
    if (is(scan, k, PHRASE_BREAKER)) return 0;
  }
  return 0;
}

function isRolePreposition(w: string): boolean {
  return w === "for" || w === "of" || w === "at" || w === "chez";
}

// Whether the name words (not the connectors) of tokens `first..last` are more than one letter and
// never written in lower case in the text.
function onlyCapitalised(scan: Scan, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = stripPossessive(lowOf(scan, i)!);
    const c = w === lowOf(scan, i) ? classOf(scan, i) : wordClassOf(scan, w);
    if (c & CONNECTOR) continue;
    if (scan.lowerForms.has(w) || w.length <= 1) return false;
  }
  return true;
}

function isAnyConnector(scan: Scan, k: number): boolean {
  return is(scan, k, CONNECTOR) || is(scan, k, ORG_CONNECTOR);
}

function isRoleHead(scan: Scan, k: number): boolean {
  // Plural titles before names: "Presidents Obama and Bush".
  return is(scan, k, ROLE_HEAD | ROLE_HEAD_PLURAL);
}

function isTitleWord(scan: Scan, k: number): boolean {
  return is(scan, k, ROLE_MODIFIER | PORTFOLIO | CONNECTOR | ORG_CONNECTOR | DEMONYM | INSTITUTION | COUNTRY_BASE) || isInitial(scan.tokens[k]!.text);
}

function isKnownStart(scan: Scan, i: number): boolean {
  return is(scan, i, FIRST_NAME | KNOWN_PLACE | INSTITUTION) || isAcronym(scan.tokens[i]!.text);
}

// Walks left over "de la", "du", "de l’" and a demonym to a lower-case head noun ("palais", "ministère").
function extendWithPrefixNoun(scan: Scan, first: number): number | null {
  let k = first - 1;
  let connectors = 0;
  while (k >= 0 && connectors < 2 && is(scan, k, CONNECTOR) && !isCapitalised(scan, k)) (k--, connectors++);
  if (connectors === 0 || k < 0) return null;
  // "ministère ukrainien de la Défense", "conseil municipal de Grenoble", "tribunal administratif de Lyon".
  for (let adjectives = 0; adjectives < 2 && k > 0 && !isCapitalised(scan, k) && !is(scan, k, ORG_PREFIX_NOUN) && isAdjectiveWord(scan, k); adjectives++) k--;
  if (k >= 0 && is(scan, k, ORG_PREFIX_NOUN) && !isCapitalised(scan, k)) return k;
  // "tribunal de commerce de Metz", "cour d’appel de Douai": the noun's own lower-case complement sits between.
  if (k >= 2 && isComplementNoun(scan, k) && is(scan, k - 1, CONNECTOR) && !isCapitalised(scan, k - 1) && is(scan, k - 2, ORG_PREFIX_NOUN) && !isCapitalised(scan, k - 2)) return k - 2;
  return null;
}

/** A lower-case word that can complement an institution noun ("commerce", "appel", "comptes"). */
export function isComplementNoun(scan: Scan, k: number): boolean {
  return scan.tokens[k]?.kind === "word" && !isCapitalised(scan, k) && !is(scan, k, STOPWORD | PHRASE_BREAKER | CALENDAR | ROLE_MODIFIER | DETERMINER | CONNECTOR);
}

function isAdjectiveWord(scan: Scan, k: number): boolean {
  return scan.tokens[k]!.kind === "word" && (is(scan, k, DEMONYM) || scan.lex.institutionAdjectives.has(lowOf(scan, k)!));
}

// Head + adjectives + "de" + noun + adjectives, as French writes institution names.
function continueOrgName(scan: Scan, last: number, to: number): number {
  let k = last + 1;
  let end = last;
  let steps = 0;
  while (k < to && steps < 8) {
    const t = scan.tokens[k]!;
    const w = lowOf(scan, k)!;
    if (t.kind !== "word" || is(scan, k, PHRASE_BREAKER) && !is(scan, k, CONNECTOR)) break;
    if (is(scan, k, CONNECTOR) && !isCapitalised(scan, k)) {
      let n = k + 1;
      if (n < to && is(scan, n, CONNECTOR) && !isCapitalised(scan, n)) n++;
      const nt = scan.tokens[n];
      if (!nt || nt.kind !== "word" || scan.calendar.has(lowOf(scan, n)!)) break;
      if (is(scan, n, PHRASE_BREAKER) || is(scan, n, STOPWORD) && !isCapitalised(scan, n)) break;
      end = n;
      steps += n - k + 1;
      k = n + 1;
      continue;
    }
    // An adjective by its ending that takes an article or "à" after it is a verb: "Terre Vive appelle à".
    if (/^\p{Ll}/u.test(t.text) && looksAdjective(scan, w) && !is(scan, k, SPEECH_VERB) && !takesObject(scan, k, to)) {
      end = k;
      k++;
      steps++;
      continue;
    }
    break;
  }
  return end;
}

function takesObject(scan: Scan, k: number, to: number): boolean {
  const n = k + 1;
  return n < to && scan.tokens[n]!.kind === "word" && !isCapitalised(scan, n) && is(scan, n, DETERMINER | PLACE_PREPOSITION);
}

function placeCueBefore(scan: Scan, first: number): number {
  const p = first - 1;
  if (p < 0) return 0;
  // "in Milan and Cortina", "à Lyon et Grenoble": the second of two coordinated names shares the first's preposition.
  if (p >= 2 && !scan.cap[p] && scan.lex.coordinators.has(lowOf(scan, p)!) && scan.cap[p - 1]) {
    let q = p - 1;
    while (q > 0 && p - q < 4 && scan.cap[q - 1] && scan.sentenceOf[q - 1] === scan.sentenceOf[p]) q--;
    return q > 0 && placeCueBefore(scan, q) > 0 ? 2 : 0;
  }
  if (is(scan, p, PLACE_PREPOSITION)) return 2;
  // "près de Kharkiv", "la région de Koursk", "the city of Mosul".
  if ((is(scan, p, CONNECTOR) || lowOf(scan, p) === "of") && p >= 1) {
    if (is(scan, p - 1, PLACE_NOUN)) return 4;
    if (is(scan, p - 1, PLACE_PREPOSITION)) return 2;
  }
  // "Wednesday's trip to Prestonfield", "flew to Lodwar".
  if (p >= 1 && lowOf(scan, p) === "to" && scan.lex.travelBeforeTo.has(lowOf(scan, p - 1)!)) return 2;
  return 0;
}

function speechVerbNear(scan: Scan, first: number, last: number, to: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < to; k++) {
    if (is(scan, k, SPEECH_VERB)) return true;
    if (scan.tokens[k]!.kind === "punct") break;
  }
  for (let k = first - 1; k >= first - 2 && k >= 0; k--) {
    if (is(scan, k, SPEECH_VERB)) return true;
    if (scan.tokens[k]!.kind === "punct") break;
  }
  return false;
}

// "Service fédéral de sécurité (FSB)": the acronym in brackets names the same body.
function linkParenthesisedAcronym(scan: Scan, found: NameCandidate[], cand: NameCandidate): void {
  let at = found.length - 1;
  // "université de Caen (UC)": the acronym abbreviates the body, not the seat listed after it.
  if (at > 0 && found[at - 1]!.seat === found[at]) at--;
  const prev = found[at];
  if (!prev || cand.first !== cand.last || !isAcronym(scan.tokens[cand.first]!.text)) return;
  // "LOUISVILLE, Ky. (AP)": the acronym's first letter must start one of the words it abbreviates.
  const initial = lowOf(scan, cand.first)![0];
  if (!prev.words.some((w) => w[0] === initial)) return;
  if (cand.first - prev.last === 2 && scan.tokens[cand.first - 1]!.text === "(" && scan.tokens[cand.first + 1]?.text === ")") {
    cand.aliasOf = at;
  }
}
