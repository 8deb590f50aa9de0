import { isCapitalized, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { lookupVerb } from "./find-cues.js";

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
  const v = lookupVerb(ctx, w);
  return v !== null && (v[1].includes("F") || v[1].includes("G")) && !isCapitalized(ctx, i);
}

/** Whether a token may open a noun phrase: a determiner, a number, a capital, or a subject pronoun. */
function opensNounPhrase(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i]!;
  return ctx.lex.determiners.has(w) || ctx.tokens[i]!.kind === "number" || isCapitalized(ctx, i) || ctx.lex.pronouns[w] !== undefined;
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
      if (!isWordish(ctx, j) || ctx.lex.clauseStops.has(w) || isVerbish(ctx, j)) break;
      if (w === "." && !(j > lo && ctx.tokens[j - 1]!.kind === "word")) break;
    }
    j--;
  }
  let first = j + 1;
  // Connectors, adverbs and time words may open the sentence before the subject ("Pourtant le ministre", "Lundi, …").
  while (first < end && ctx.lex.openers.has(ctx.lower[first]!) && !ctx.lex.determiners.has(ctx.lower[first]!)) first++;
  while (first < end && !opensNounPhrase(ctx, first)) first++;
  return first < end ? first : -1;
}

/**
 * The subject of a verb group read backwards from its first token: a
 * pronoun, a noun phrase, or a noun phrase with an apposition or a
 * relative clause between commas ("le porte-parole du Kremlin, Dmitri
 * Peskov, a déclaré"; "Smith, who …, said"). Two subjects joined by a
 * coordinator count together when the first one opens its clause.
 */
export function subjectBefore(ctx: QuoteContext, first: number): SpeakerPhrase | null {
  const sentence = ctx.tokenSentence[first] ?? -1;
  if (sentence < 0) return null;
  const lo = ctx.sentenceTokens[sentence]![0];
  const j = first - 1;
  if (j < lo) return null;
  const w = ctx.lower[j]!;
  if (ctx.lex.pronouns[w] !== undefined) return describe(ctx, j, j + 1);
  if (w === ",") {
    // NP1 , NP2 , VERB: an apposition or a relative clause sits between the commas.
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
      // "Oleksiy Danilov, le chef du Conseil, a déclaré": the name comes first, the apposition gives its role.
      return phrase;
    }
    if (phrase && !relative && !apposable(ctx, head, c, inner, j)) return null;
    return phrase;
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

/** A described phrase that is more than determiners and clitics ("comme le précise" has no subject "le"). */
function nounPhrase(ctx: QuoteContext, a: number, b: number): SpeakerPhrase | null {
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
 * The subject after a verb group (an inverted subject: "a déclaré Psaki
 * dans un communiqué", "said Smith, the senator"), with an apposition
 * when one follows between commas.
 */
export function subjectAfter(ctx: QuoteContext, last: number): SpeakerPhrase | null {
  const sentence = ctx.tokenSentence[last] ?? -1;
  if (sentence < 0) return null;
  const hi = ctx.sentenceTokens[sentence]![1];
  let start = last + 1;
  if (start >= hi) return null;
  if (ctx.lex.pronouns[ctx.lower[start]!] !== undefined) return describe(ctx, start, start + 1);
  // "a déclaré des responsables" is no inverted subject: "de"/"du"/"des" open an object or a complement.
  if (!opensNounPhrase(ctx, start) || /^(?:de|du|des|d')$/.test(ctx.lower[start]!)) return null;
  let end = forward(ctx, start, hi);
  if (end <= start) return null;
  // "…, a déclaré le porte-parole du Kremlin, Dmitri Peskov."
  if (ctx.lower[end] === "," && end + 1 < hi && opensNounPhrase(ctx, end + 1)) {
    const appEnd = forward(ctx, end + 1, hi);
    const after = ctx.lower[appEnd];
    if (appEnd > end + 1 && (after === undefined || appEnd >= hi || /^[,.;:!?]$/.test(after)) && apposable(ctx, start, end, end + 1, appEnd)) end = appEnd;
  }
  return describe(ctx, start, end);
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
  const base = { start, end, plural: false, role: null, proper: false, roles: [] as string[] };
  if (b - a === 1 && lex.pronouns[lower[a]!] !== undefined) {
    const number = lex.pronouns[lower[a]!]!;
    return { ...base, name: tokens[a]!.text, nameStart: start, nameEnd: end, pronoun: number, plural: number === "p" };
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
      if (sub) return { ...sub, start, end };
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
    // "Governor Alan Reed", "Sen. Holt": a capitalised title is a role, not part of the name.
    while (e - k > 1 && (lex.roleNouns.has(lower[k]!) || TITLE_ABBREVIATIONS.has(lower[k]!.replace(/\.$/, "")))) {
      roles.push(lower[k]!);
      k++;
    }
    const prev = k > a ? lower[k - 1]! : "";
    const linked = lex.nounLinks.has(prev) || prev === "l'" || (k - 1 > a && lex.nounLinks.has(lower[k - 2]!) && lex.determiners.has(prev));
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
    return {
      ...base,
      name: ctx.text.slice(nameStart, nameEnd),
      nameStart,
      nameEnd,
      pronoun: null,
      proper: true,
      plural: institution && detPlural,
      roles,
    };
  }
  const headWord = lower[s] ?? "";
  const definite = /^(?:le|la|l'|the)$/.test(lower[a]!);
  const role = definite && lex.roleNouns.has(headWord) && !lower.slice(a, b).some((x) => lex.nounLinks.has(x) && false) ? headWord : null;
  return {
    ...base,
    name: ctx.text.slice(start, end),
    nameStart: start,
    nameEnd: end,
    pronoun: null,
    plural: detPlural || (/[sx]$/.test(headWord) && !/^(?:le|la|l'|un|une|the|a|an)$/.test(lower[a]!)),
    role,
    roles,
  };
}
