import { afterDateline, isCapitalized, quotationAt, tokenAtOrAfter, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { verbAt } from "./find-cues.js";

/** A subject noun phrase is at most this many tokens long. */
const MAX_NP = 16;
/** Name particles that may sit inside a capitalised name ("Charles de Gaulle", "bin Salman"). */
const NAME_PARTICLES = new Set(["de", "du", "des", "d'", "von", "van", "der", "den", "al", "el", "bin", "ben", "da", "di", "la", "le", "y", "mc"]);

/** Abbreviated titles before a name. */
const TITLE_ABBREVIATIONS = new Set(["m", "mme", "mlle", "me", "dr", "pr", "mgr", "mr", "mrs", "ms", "sen", "gov", "rep", "gen", "col", "lt", "sgt", "prof", "rev", "sir", "dame", "lord"]);

function isWordish(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.kind === "word" || t.kind === "number" || t.text === "(" || t.text === ")" || t.text === "-" || t.text === "'" || t.text === "’" || t.text === "&" || t.text === ".";
}

function isVerbish(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i]!;
  if (ctx.lex.auxiliaries.has(w) && !ctx.lex.determiners.has(w)) return true;
  const v = verbAt(ctx, i);
  return v !== null && (v[1].includes("F") || v[1].includes("G")) && !isCapitalized(ctx, i);
}

/** Whether a token may open a noun phrase: a determiner, a number, a capital, or a subject pronoun. */
function opensNounPhrase(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i]!;
  return ctx.lex.determiners.has(w) || ctx.tokens[i]!.kind === "number" || isCapitalized(ctx, i) || ctx.lex.pronouns[w] !== undefined;
}

/** Whether a word is an adverb that may sit between a subject and its verb. */
function isAdverbWord(ctx: QuoteContext, w: string): boolean {
  const suffix = ctx.lex.subjectAdverbSuffix;
  return (ctx.lex.adverbs.has(w) && !ctx.lex.clitics.has(w)) || (suffix !== null && w.length > 4 && suffix.test(w) && !ctx.lex.determiners.has(w));
}

/** Whether a lower-case word may open a bare noun subject: not a link, stop, adverb or verb. */
export function isBareNoun(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i]!;
  const { lex } = ctx;
  if (ctx.tokens[i]!.kind !== "word" || !/^\p{Ll}/u.test(ctx.tokens[i]!.text)) return false;
  return !lex.clauseStops.has(w) && !lex.nounLinks.has(w) && !lex.speakerEnds.has(w) && !lex.adverbs.has(w) && !lex.adverbSuffix.test(w) && !lex.auxiliaries.has(w) && !lex.notSubjects.has(w) && !isVerbish(ctx, i);
}

/** Reads back from token `end - 1` over one noun-phrase-like run; returns its first token or -1. */
function runBack(ctx: QuoteContext, end: number, lo: number): number {
  let j = end - 1;
  let parens = 0;
  while (j >= lo && end - j <= MAX_NP) {
    const w = ctx.lower[j]!;
    if (w === ")") parens++;
    else if (w === "(") parens--;
    else if (parens === 0) {
      // A verb form right after an article is a noun ("the state agency", "this report").
      if (!isWordish(ctx, j) || ctx.lex.clauseStops.has(w) || (isVerbish(ctx, j) && !(j > lo && ctx.lex.nounMarkers.has(ctx.lower[j - 1]!)))) break;
      if (w === "." && !(j > lo && ctx.tokens[j - 1]!.kind === "word")) break;
    }
    j--;
  }
  let first = j + 1;
  // Connectors, adverbs and time words may open the sentence before the subject ("Pourtant le ministre", "Lundi, …").
  while (first < end && ctx.lex.openers.has(ctx.lower[first]!) && !ctx.lex.determiners.has(ctx.lower[first]!)) first++;
  // English subjects may be bare nouns ("…, sources said", "campaign aides insisted").
  if (first < end && ctx.lex.bareNounSubjects && isBareNoun(ctx, first)) return first;
  while (first < end && !opensNounPhrase(ctx, first)) first++;
  return first < end ? first : -1;
}

/**
 * The subject of a verb group read backwards from its first token: a
 * pronoun, a noun phrase, or a noun phrase with an apposition or a
 * relative clause between commas ("la porte-parole de la mairie, Léa
 * Marchand, a déclaré"; "Smith, who …, said"). Two subjects joined by a
 * coordinator count together when the first one opens its clause.
 */
export function subjectBefore(ctx: QuoteContext, first: number): SpeakerPhrase | null {
  const sentence = ctx.tokenSentence[first] ?? -1;
  if (sentence < 0) return null;
  const lo = ctx.sentenceTokens[sentence]![0];
  // Adverbs between the subject and its verb ("He then implied", "Trump also said") are not part of the subject.
  while (first - 1 > lo && isAdverbWord(ctx, ctx.lower[first - 1]!) && ctx.lex.pronouns[ctx.lower[first - 1]!] === undefined) first--;
  // "Kenya on Thursday accused", "le syndicat ce lundi a dit": a time word's preposition or determiner goes with it.
  if (first - 1 > lo && ctx.lex.timeWords.has(ctx.lower[first]!) && TIME_LINKS.has(ctx.lower[first - 1]!)) first--;
  const j = first - 1;
  if (j < lo) return null;
  const w = ctx.lower[j]!;
  if (ctx.lex.pronouns[w] !== undefined) return describe(ctx, j, j + 1);
  if (ctx.lex.relativeSubjects.has(w)) return relativeSubject(ctx, j, lo);
  // "Paul Roux, lui, prévient": a stressed pronoun between commas only sets the subject against others.
  if (w === "," && j - 2 > lo && ctx.lower[j - 2] === "," && ctx.lex.stressedPronouns[ctx.lower[j - 1]!] !== undefined) return subjectBefore(ctx, j - 2);
  if (w === ",") {
    // "NAME, an apposition with commas, VERB" first: a shorter reading would take a place ("Houston, Texas") for the subject.
    return namedApposition(ctx, j, lo) ?? commaSubject(ctx, j, lo);
  }
  let start = runBack(ctx, first, lo);
  if (start < 0) return null;
  // "deux responsables américains et une autre source … ont déclaré": keep both when the first opens its clause.
  if (start - 1 >= lo && ctx.lex.coordinators.has(ctx.lower[start - 1]!)) {
    const before = runBack(ctx, start - 1, lo);
    if (before >= 0 && (before === lo || !isWordish(ctx, before - 1) || ctx.lex.openers.has(ctx.lower[before - 1]!))) {
      const prev = ctx.lower[before - 1];
      if (before === lo || prev === "," || prev === ";" || prev === ":" || prev === undefined) start = before;
    }
  }
  return nounPhrase(ctx, start, first);
}

/** "NP1 , NP2 , VERB": an apposition or a relative clause sits between the commas; j is the comma before the verb. */
function commaSubject(ctx: QuoteContext, j: number, lo: number): SpeakerPhrase | null {
  let c = j - 1;
  while (c >= lo && ctx.lower[c] !== "," && j - c <= MAX_NP) c--;
  if (c < lo || ctx.lower[c] !== ",") return null;
  const inner = c + 1;
  if (inner >= j) return null;
  const relative = /^(?:qui|dont|lequel|laquelle|who|which|whose)$/.test(ctx.lower[inner]!);
  const head = runBack(ctx, c, lo);
  // "le premier ministre, malgré cette division, a affirmé": an adverbial incise, the subject is before it.
  if (!relative && (ctx.lex.clauseStops.has(ctx.lower[inner]!) || ctx.lex.openers.has(ctx.lower[inner]!)) && !ctx.lex.determiners.has(ctx.lower[inner]!)) {
    return head >= 0 ? nounPhrase(ctx, head, c) : null;
  }
  const innerStart = relative ? inner : runBack(ctx, j, inner);
  if (innerStart !== inner && !ctx.lex.roleNouns.has(ctx.lower[inner]!)) return null;
  // "…, Joe Incandela, a annoncé": a bare proper name right before the verb is its subject.
  const innerPhrase = relative ? null : describe(ctx, inner, j);
  if (head < 0 || (innerPhrase && innerPhrase.proper && innerPhrase.nameStart === ctx.tokens[inner]!.start && innerPhrase.nameEnd === ctx.tokens[j - 1]!.end && !apposable(ctx, head, c, inner, j))) {
    return innerPhrase && innerPhrase.proper ? innerPhrase : null;
  }
  const phrase = relative ? describe(ctx, head, c) : describe(ctx, head, j);
  if (phrase && !relative && isCapitalized(ctx, head) && phrase.nameStart === ctx.tokens[head]!.start && !ctx.lex.determiners.has(ctx.lower[head]!)) {
    // "Paul Girard, le chef du syndicat, a déclaré": the name comes first, the apposition gives its role.
    return phrase;
  }
  if (phrase && !relative && !apposable(ctx, head, c, inner, j)) return null;
  return phrase;
}

/** "X, who said …": the relative pronoun speaks for the noun phrase before its comma. */
function relativeSubject(ctx: QuoteContext, j: number, lo: number): SpeakerPhrase | null {
  const start = ctx.tokens[j]!.start;
  const end = ctx.tokens[j]!.end;
  const self: SpeakerPhrase = { start, end, name: ctx.tokens[j]!.text, nameStart: start, nameEnd: end, pronoun: null, plural: false, role: null, proper: false, roles: [] };
  if (j - 1 < lo) return self;
  const comma = ctx.lower[j - 1] === ",";
  const upTo = comma ? j - 1 : j;
  let head = runBack(ctx, upTo, lo);
  // "objections from two members who said": with no comma, the antecedent is the noun phrase right before the pronoun.
  if (!comma && head >= 0) {
    for (let k = upTo - 1; k > head; k--) {
      if (ctx.lex.nounLinks.has(ctx.lower[k]!)) {
        head = k + 1;
        break;
      }
    }
  }
  const antecedent = head >= 0 && head < upTo ? describe(ctx, head, upTo) : null;
  return antecedent ? { ...self, plural: antecedent.plural, proper: antecedent.proper, roles: antecedent.roles, antecedent } : self;
}

/** Longest apposition read back: "NAME, an economist who …, from Houston, Texas, said" (a name first, then its description). */
const MAX_APPOSITION = 40;

function namedApposition(ctx: QuoteContext, j: number, lo: number): SpeakerPhrase | null {
  for (let c = j - 1; c > lo && j - c <= MAX_APPOSITION; c--) {
    const w = ctx.lower[c]!;
    if (/^[«»“”"']$/.test(w)) {
      // A title quoted inside the apposition ("invité de l'émission « Les Informés »") is stepped over whole.
      const q = quotationAt(ctx, ctx.tokens[c]!.start);
      if (!q || q.start < ctx.tokens[lo]!.start || q.end > ctx.tokens[j]!.start) return null;
      c = tokenAtOrAfter(ctx, q.start);
      continue;
    }
    // A spaced dash ends a clause ("RENNES, 3 février - Un collège …, a annoncé X"): no apposition runs across it.
    if (w === ";" || w === ":" || w === "." || CLAUSE_DASHES.has(w)) return null;
    if (w !== ",") continue;
    const inner = c + 1;
    const opener = ctx.lower[inner]!;
    // "The administration, in a far-reaching effort …, has said": an adverbial incise; any subject before it.
    // "Paul Roux, interrogé par la presse, a dit", "Smith, asked about it, said": so is a participle clause.
    const incise = ((ctx.lex.nounLinks.has(opener) || ctx.lex.openers.has(opener) || ctx.lex.clauseStops.has(opener)) && !ctx.lex.coordinators.has(opener) && !ctx.lex.determiners.has(opener) && !ctx.lex.relativeSubjects.has(opener)) || isParticiple(ctx, inner);
    const described = ctx.lex.determiners.has(opener) || ctx.lex.roleNouns.has(opener) || ctx.tokens[inner]!.kind === "number" || isCapitalized(ctx, inner) || ctx.lex.relativeSubjects.has(opener) || (ctx.lex.bareNounSubjects && isBareNoun(ctx, inner));
    if (!incise && !described) continue;
    const head = runBack(ctx, c, lo);
    if (head < 0) continue;
    const before = ctx.lower[head - 1];
    if (head > lo && !(before === "," || before === ";" || before === ":" || ctx.lex.coordinators.has(before!) || ctx.lex.clauseStops.has(before!) || ctx.lex.openers.has(before!) || /^[«»“”"']$/.test(before!))) continue;
    if (incise) return nounPhrase(ctx, head, c);
    const phrase = describe(ctx, head, c);
    // "le groupe, qui exploitait …, réclamait": a relative clause between commas describes the noun phrase before it, named or not.
    if (phrase && ctx.lex.relativeSubjects.has(opener) && nounPhrase(ctx, head, c)) return phrase;
    if (phrase && phrase.proper && phrase.nameEnd === ctx.tokens[c - 1]!.end) {
      return { ...phrase, end: ctx.tokens[j - 1]!.end };
    }
  }
  return null;
}

/** Words that open a time adjunct between a subject and its verb ("on Thursday", "ce lundi"). */
const TIME_LINKS = new Set(["on", "last", "this", "early", "late", "ce", "dès"]);

/** Dashes that stand as words between clauses (a dateline's, a parenthesis'), never inside a name. */
const CLAUSE_DASHES = new Set(["-", "–", "—"]);

/** Past participles that open a participle clause ("interrogé", "invitée", "asked"): lower case, with a participle's ending. */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées|ed)$/u;

function isParticiple(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.kind === "word" && /^\p{Ll}/u.test(t.text) && PARTICIPLE_ENDING.test(ctx.lower[i]!) && !ctx.lex.roleNouns.has(ctx.lower[i]!);
}

/** A described phrase that is more than determiners and clitics ("comme le précise" has no subject "le"). */
export function nounPhrase(ctx: QuoteContext, a: number, b: number): SpeakerPhrase | null {
  let k = a;
  while (k < b && (ctx.lex.determiners.has(ctx.lower[k]!) || ctx.lex.clitics.has(ctx.lower[k]!)) && ctx.lex.pronouns[ctx.lower[k]!] === undefined) k++;
  return k < b ? describe(ctx, a, b) : null;
}

/** Whether "NP1 , NP2 ," reads as a noun phrase and its apposition (one of them a name or a role). */
function apposable(ctx: QuoteContext, head: number, headEnd: number, inner: number, innerEnd: number): boolean {
  const namey = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (isCapitalized(ctx, k) && k > a) return true;
    return isCapitalized(ctx, a) && !ctx.lex.determiners.has(ctx.lower[a]!);
  };
  const roley = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (ctx.lex.roleNouns.has(ctx.lower[k]!)) return true;
    return false;
  };
  return (namey(inner, innerEnd) || namey(head, headEnd)) && (roley(head, headEnd) || roley(inner, innerEnd) || namey(head, headEnd));
}

/**
 * The subject after a verb group (an inverted subject: "a déclaré Girard
 * dans un communiqué", "said Smith, the senator"), with an apposition
 * when one follows between commas.
 */
export function subjectAfter(ctx: QuoteContext, last: number): SpeakerPhrase | null {
  const sentence = ctx.tokenSentence[last] ?? -1;
  if (sentence < 0) return null;
  const hi = ctx.sentenceTokens[sentence]![1];
  let start = last + 1;
  // "a confié jeudi matin Paul Roux", "a averti dimanche la directrice": a time adjunct may come before the inverted subject.
  while (start < hi && ctx.lex.timeWords.has(ctx.lower[start]!) && !isCapitalizedName(ctx, start) && !ctx.lex.determiners.has(ctx.lower[start]!)) start++;
  if (start >= hi) return null;
  if (ctx.lex.pronouns[ctx.lower[start]!] !== undefined) return describe(ctx, start, start + 1);
  if (ctx.lex.dativeMarkers.has(ctx.lower[start]!)) return afterDative(ctx, start, hi);
  // "a déclaré des responsables" is no inverted subject: "de"/"du"/"des" open an object or a complement.
  if (/^(?:de|du|des|d')$/.test(ctx.lower[start]!)) return null;
  // "said council president Maria Delgado": a bare title before a name.
  if (!opensNounPhrase(ctx, start) && !(ctx.lex.bareNounSubjects && isBareNoun(ctx, start) && titledName(ctx, start, hi))) return null;
  let end = forward(ctx, start, hi);
  if (end <= start) return null;
  // "…, a déclaré la porte-parole de la mairie, Léa Marchand."
  if (ctx.lower[end] === "," && end + 1 < hi && opensNounPhrase(ctx, end + 1)) {
    const appEnd = forward(ctx, end + 1, hi);
    const after = ctx.lower[appEnd];
    if (appEnd > end + 1 && (after === undefined || appEnd >= hi || /^[,.;:!?]$/.test(after)) && apposable(ctx, start, end, end + 1, appEnd)) end = appEnd;
  }
  return describe(ctx, start, end);
}

/** "a expliqué à l'agence Paul Roux": past a one-word indirect object, a proper name is the inverted subject. */
function afterDative(ctx: QuoteContext, start: number, hi: number): SpeakerPhrase | null {
  let k = start + 1;
  while (k < hi && ctx.lex.determiners.has(ctx.lower[k]!)) k++;
  if (k + 1 >= hi || ctx.tokens[k]!.kind !== "word" || !isCapitalized(ctx, k + 1)) return null;
  const subject = subjectAfter(ctx, k);
  return subject && subject.proper && !ctx.lex.dativeMarkers.has(ctx.lower[k + 1]!) ? subject : null;
}

/** Whether lower-case title words from `start` lead to a capitalised name within a few tokens. */
function titledName(ctx: QuoteContext, start: number, hi: number): boolean {
  for (let k = start + 1; k < hi && k - start <= 4; k++) {
    if (isCapitalized(ctx, k)) return true;
    if (ctx.tokens[k]!.kind !== "word" || !isBareNoun(ctx, k)) return false;
  }
  return false;
}

function forward(ctx: QuoteContext, start: number, hi: number): number {
  let k = start;
  let parens = 0;
  while (k < hi && k - start < MAX_NP) {
    const w = ctx.lower[k]!;
    if (w === "(") parens++;
    else if (w === ")") {
      if (parens === 0) break;
      parens--;
    } else if (parens === 0) {
      if (!isWordish(ctx, k) || (k > start && ctx.lex.speakerEnds.has(w) && !ctx.lex.nounLinks.has(w)) || isVerbish(ctx, k)) break;
      if (ctx.lex.timeWords.has(w) && k > start) break;
      if (ctx.lex.clauseStops.has(w) && !ctx.lex.nounLinks.has(w)) break;
      if (w === "." ) break;
    }
    k++;
  }
  // A trailing link word ("de", "of") belongs to what follows, not to the name.
  while (k > start && ctx.lex.nounLinks.has(ctx.lower[k - 1]!)) k--;
  while (k > start && ctx.lex.determiners.has(ctx.lower[k - 1]!)) k--;
  return k;
}

/** Turns tokens [a, b) into a speaker phrase: finds the name, the roles, number, and whether it is a bare title. */
export function describe(ctx: QuoteContext, a: number, b: number): SpeakerPhrase | null {
  while (b > a && /^[,;:.]$/.test(ctx.lower[b - 1]!)) b--;
  if (b <= a) return null;
  const { tokens, lower, lex } = ctx;
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  if (b - a === 1 && (lex.pronouns[lower[a]!] ?? lex.stressedPronouns[lower[a]!]) !== undefined) {
    const number = lex.pronouns[lower[a]!] ?? lex.stressedPronouns[lower[a]!]!;
    return makePhrase(start, end, tokens[a]!.text, start, end, number, number === "p", null, false, []);
  }
  // A document speaks for its author: "un communiqué du palais de l'Élysée" → "palais de l'Élysée".
  let s = a;
  while (s < b && lex.determiners.has(lower[s]!)) s++;
  if (s + 1 < b && lex.containerNouns.has(lower[s]!) && lex.nounLinks.has(lower[s + 1]!)) {
    let inner = s + 2;
    if (inner < b && lex.determiners.has(lower[inner]!) && lower[inner] !== "de") {
      // keep the determiner of the author: "de la présidence" → "la présidence"
    }
    if (inner < b) {
      const sub = describe(ctx, inner, b);
      if (sub) {
        sub.start = start;
        sub.end = end;
        return sub;
      }
    }
  }
  const roles = [] as string[];
  for (let k = a; k < b; k++) if (lex.roleNouns.has(lower[k]!)) roles.push(lower[k]!);
  // Person names: the last run of capitalised words that is not the complement of a preposition.
  let bestStart = -1;
  let bestEnd = -1;
  for (let k = a; k < b; k++) {
    if (!isCapitalized(ctx, k) || (k === a && lex.determiners.has(lower[k]!)) || lex.pronouns[lower[k]!] !== undefined) continue;
    let e = k + 1;
    while (e < b && (isCapitalized(ctx, e) || (NAME_PARTICLES.has(lower[e]!) && isCapitalized(ctx, e + 1) && e + 1 < b) || (lower[e] === "-" && isCapitalized(ctx, e + 1)) || (/^\p{Lu}\.?$/u.test(tokens[e]!.text)))) e++;
    // The complement of a preposition is not the speaker ("a spokeswoman for Mayor Daniel Brooks"): look before any title.
    const prev = k > a ? lower[k - 1]! : "";
    const linked = lex.nounLinks.has(prev) || prev === "l'" || (k - 1 > a && lex.nounLinks.has(lower[k - 2]!) && lex.determiners.has(prev));
    // "Governor Alan Reed", "Sen. Holt": a capitalised title is a role, not part of the name.
    while (e - k > 1 && (lex.roleNouns.has(lower[k]!) || TITLE_ABBREVIATIONS.has(lower[k]!.replace(/\.$/, "")))) {
      roles.push(lower[k]!);
      k++;
    }
    const endsPhrase = e === b || lower[e] === "," || lower[e] === "(";
    if (!linked && endsPhrase) {
      bestStart = k;
      bestEnd = e;
    }
    k = e - 1;
  }
  const detPlural = lex.pluralDeterminers.has(lower[a]!) || (a + 1 < b && lower[a] === "d'" && lower[a + 1] === "autres");
  if (bestStart >= 0) {
    const nameStart = tokens[bestStart]!.start;
    const nameEnd = tokens[bestEnd - 1]!.end;
    const institution = bestStart === a + 1 && lex.determiners.has(lower[a]!) && bestEnd === b;
    return makePhrase(start, end, ctx.text.slice(nameStart, nameEnd), nameStart, nameEnd, null, institution && detPlural, null, true, roles);
  }
  const headWord = lower[s] ?? "";
  const definite = /^(?:le|la|l'|the)$/.test(lower[a]!);
  const role = definite && lex.roleNouns.has(headWord) ? headWord : null;
  const plural = detPlural || (/[sx]$/.test(headWord) && !/^(?:le|la|l'|un|une|the|a|an)$/.test(lower[a]!));
  return makePhrase(start, end, ctx.text.slice(start, end), start, end, null, plural, role, false, roles);
}

/** Builds a speaker phrase, always with the same fields in the same order (one object shape). */
function makePhrase(start: number, end: number, name: string, nameStart: number, nameEnd: number, pronoun: "s" | "p" | null, plural: boolean, role: string | null, proper: boolean, roles: string[]): SpeakerPhrase {
  return { start, end, name, nameStart, nameEnd, pronoun, plural, role, proper, roles };
}

/** How many tokens an introductory phrase may take before the comma that ends it ("In a July interview with MSNBC, he …"). */
const MAX_INTRO = 14;

/**
 * The subject that opens a sentence, read forwards: past connectors and an
 * introductory phrase closed by a comma, a pronoun, a capitalised name (with
 * a possessive noun: "Sanders' campaign"), or a determiner and the words up
 * to the first verb. Gerunds and coordinated predicates report for it
 * ("Bradley apologized …, saying …"; "Clinton celebrated … and said …").
 */
export function leadingSubject(ctx: QuoteContext, sentence: number, before: number): SpeakerPhrase | null {
  const [start, hi] = ctx.sentenceTokens[sentence]!;
  const lo = afterDateline(ctx, start, hi);
  const { lower, lex } = ctx;
  let a = lo;
  // "Mardi, la direction …": the comma after an opener goes with it.
  while (a < before && (/^[«»“”"'‘’(—–-]$/.test(lower[a]!) || (lower[a] === "," && a > lo && lex.openers.has(lower[a - 1]!)) || (lex.openers.has(lower[a]!) && !lex.determiners.has(lower[a]!) && !lex.nounLinks.has(lower[a]!) && !lex.clauseStops.has(lower[a]!) && !isCapitalizedName(ctx, a)))) a++;
  if (a < before && (lex.nounLinks.has(lower[a]!) || lex.clauseStops.has(lower[a]!)) && lex.pronouns[lower[a]!] === undefined) {
    let c = a + 1;
    while (c < before && lower[c] !== "," && c - a <= MAX_INTRO) c++;
    if (lower[c] !== ",") return null;
    a = c + 1;
  }
  if (a >= before) return null;
  if (lex.pronouns[lower[a]!] !== undefined) return describe(ctx, a, a + 1);
  let b = a;
  if (isCapitalized(ctx, a) && !lex.determiners.has(lower[a]!)) {
    while (b < before && (isCapitalized(ctx, b) || (b > a && /^\p{Lu}?\.$/u.test(ctx.tokens[b]!.text)) || (lower[b] === "-" && isCapitalized(ctx, b + 1)))) b++;
    // "Sanders' campaign", "Clinton's team": the possessed noun is the source.
    if (b < before && /^['’]s?$/.test(lower[b]!) && b + 1 < before && ctx.tokens[b + 1]!.kind === "word" && !isVerbish(ctx, b + 1)) b += 2;
    else if (b < before && /['’]s?$/.test(ctx.tokens[b - 1]!.text) && ctx.tokens[b]!.kind === "word" && /^\p{Ll}/u.test(ctx.tokens[b]!.text) && !isVerbish(ctx, b) && !/ed$/.test(lower[b]!)) b++;
  } else if (lex.determiners.has(lower[a]!) || (lex.bareNounSubjects && isBareNoun(ctx, a))) {
    b = a + 1;
    while (b < before && b - a < 7 && ctx.tokens[b]!.kind === "word" && !isVerbish(ctx, b) && !lex.auxiliaries.has(lower[b]!) && !lex.clauseStops.has(lower[b]!) && !lex.nounLinks.has(lower[b]!) && !(b > a + 1 && /ed$/.test(lower[b]!) && !isCapitalized(ctx, b))) b++;
  }
  if (b <= a || b > before) return null;
  const next = lower[b] ?? "";
  // The phrase must be followed by its verb (or an apposition), not by more of a noun phrase.
  if (!(next === "," || lex.auxiliaries.has(next) || isVerbish(ctx, b) || lex.adverbs.has(next) || (ctx.tokens[b]?.kind === "word" && /^\p{Ll}/u.test(ctx.tokens[b]!.text)))) return null;
  return nounPhrase(ctx, a, b);
}

function isCapitalizedName(ctx: QuoteContext, i: number): boolean {
  return isCapitalized(ctx, i) && !ctx.lex.openers.has(ctx.lower[i]!);
}

