import type { Entity } from "../../model/annotations.js";
import { FIRST_NAMES } from "../entities/first-names.js";
import type { Gender } from "../entities/types.js";
import { quotationAt, tokenAtOrAfter, type QuoteContext } from "./context.js";

/** A pronoun looks back this many sentences for the person it stands for. */
const PRONOUN_REACH = 8;
/** How many tokens before a name its title or apposition may take ("la directrice de l'ARS, Claire Dumas"). */
const APPOSITION_REACH = 8;

/** A speaker already resolved, as the pronoun resolver sees it: where it spoke and whom it names. */
export interface PriorSpeaker {
  sentence: number;
  entity: Entity | null;
  /** Its gender when it names no entity ("un porte-parole"), read from its words. */
  gender: Gender | null;
  plural: boolean;
  index: number;
}

/** A person the pronoun may stand for, found in one sentence. */
export interface Antecedent {
  entity: Entity | null;
  prior: PriorSpeaker | null;
  gender: Gender | null;
  start: number;
}

/**
 * Per document: the people named outside quotations, by sentence, and the
 * gender each person's mentions give. Made when the first gendered pronoun
 * speaker asks, since most articles need none.
 */
export interface PeopleIndex {
  bySentence: Map<number, { entity: Entity; start: number }[]>;
  genders: Map<Entity, Gender | null>;
}

/** Indexes the people of a document (name mentions outside quotations) by sentence. */
export function indexPeople(ctx: QuoteContext): PeopleIndex {
  const bySentence = new Map<number, { entity: Entity; start: number }[]>();
  const genders = new Map<Entity, Gender | null>();
  for (const e of ctx.doc.layers.entities) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) {
      // A person named inside someone's words is not who the narrative's pronouns stand for.
      if (m.kind === "pronoun" || quotationAt(ctx, m.start)) continue;
      const sentence = ctx.tokenSentence[tokenAtOrAfter(ctx, m.start)] ?? -1;
      if (sentence < 0) continue;
      const list = bySentence.get(sentence);
      if (list) list.push({ entity: e, start: m.start });
      else bySentence.set(sentence, [{ entity: e, start: m.start }]);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return { bySentence, genders };
}

/**
 * The person a gendered pronoun speaker stands for: sentence by sentence
 * back from the pronoun, the speakers already resolved there first (they
 * are subjects of reporting verbs), then the people named there in text
 * order (a subject comes first); a person whose gender is known and differs
 * is skipped.
 */
export function pronounAntecedent(ctx: QuoteContext, people: PeopleIndex, prior: readonly PriorSpeaker[], gender: Gender, at: number, sentence: number): Antecedent | null {
  let p = prior.length - 1;
  for (let s = sentence; s >= 0 && sentence - s <= PRONOUN_REACH; s--) {
    const found: Antecedent[] = [];
    while (p >= 0 && prior[p]!.sentence > s) p--;
    for (let k = p; k >= 0 && prior[k]!.sentence === s; k--) {
      const h = prior[k]!;
      // A place or an organisation taken for a speaker is no one "she" can stand for.
      if (h.plural || (h.entity && h.entity.type !== "PER")) continue;
      found.push({ entity: h.entity, prior: h, gender: h.entity ? genderOf(ctx, people, h.entity) : h.gender, start: -1 });
    }
    for (const m of people.bySentence.get(s) ?? []) {
      if (m.start >= at) break;
      found.push({ entity: m.entity, prior: null, gender: genderOf(ctx, people, m.entity), start: m.start });
    }
    const agreeing = found.find((a) => a.gender === gender || a.gender === null);
    if (agreeing) return agreeing;
  }
  return null;
}

/** The gender of a person: from a first name, a title or honorific before a mention, a role, or a linked pronoun. */
export function genderOf(ctx: QuoteContext, people: PeopleIndex, e: Entity): Gender | null {
  if (people.genders.has(e)) return people.genders.get(e)!;
  const gender = readGender(ctx, e);
  people.genders.set(e, gender);
  return gender;
}

function readGender(ctx: QuoteContext, e: Entity): Gender | null {
  const names = e.mentions.filter((m) => m.kind !== "pronoun");
  for (const m of names) {
    const g = honorificBefore(ctx, m.start);
    if (g) return g;
  }
  for (const m of [{ text: e.name }, ...names]) {
    const first = m.text.split(/[\s]+/)[0]!.toLowerCase();
    const g = FIRST_NAMES.get(first);
    if (g) return g;
  }
  // The title written before the name keeps its determiner ("la substitute du procureur"), the role list may not.
  for (const m of names) {
    const g = appositionGender(ctx, m.start) ?? appositionAfterGender(ctx, m.end);
    if (g) return g;
  }
  for (const role of e.roles) {
    const g = phraseGender(ctx, role.toLowerCase().split(/\s+/));
    if (g) return g;
  }
  for (const m of e.mentions) {
    if (m.kind !== "pronoun") continue;
    const g = ctx.lex.genderedPronouns.get(m.text.toLowerCase());
    if (g) return g;
  }
  return null;
}

/** The gender of "M.", "Mme", "Mrs" right before a name. */
function honorificBefore(ctx: QuoteContext, start: number): Gender | null {
  const i = tokenAtOrAfter(ctx, start) - 1;
  let w = ctx.lower[i];
  if (w === "." && i > 0) w = ctx.lower[i - 1];
  if (!w || !ctx.lex.honorifics.has(w.replace(/\.$/, ""))) return null;
  return genderCue(ctx, w);
}

/** The gender a title or an apposition before a name gives: "la ministre Agnès Ferrand", "Son ancienne directrice, Annick Lemaire". */
function appositionGender(ctx: QuoteContext, start: number): Gender | null {
  const i = tokenAtOrAfter(ctx, start);
  const sentence = ctx.tokenSentence[i] ?? -1;
  if (sentence < 0) return null;
  const lo = ctx.sentenceTokens[sentence]![0];
  let j = i - 1;
  if (ctx.lower[j] === ",") j--;
  const words: string[] = [];
  while (j >= lo && i - j <= APPOSITION_REACH && ctx.tokens[j]!.kind === "word") words.unshift(ctx.lower[j--]!);
  return phraseGender(ctx, words);
}

/** The gender an apposition after a name gives: "Paul Roux, délégué syndical, …", up to a relative clause or a verb. */
function appositionAfterGender(ctx: QuoteContext, end: number): Gender | null {
  let j = tokenAtOrAfter(ctx, end);
  if (ctx.lower[j] !== ",") return null;
  const sentence = ctx.tokenSentence[j] ?? -1;
  if (sentence < 0) return null;
  const hi = ctx.sentenceTokens[sentence]![1];
  const words: string[] = [];
  for (j++; j < hi && words.length < APPOSITION_REACH && ctx.tokens[j]!.kind === "word"; j++) {
    const w = ctx.lower[j]!;
    if (ctx.lex.clauseStops.has(w) && !ctx.lex.coordinators.has(w) && !ctx.lex.nounLinks.has(w)) break;
    if (ctx.lex.auxiliaries.has(w) || ctx.verbs[j]! >= 0) break;
    words.push(w);
  }
  return phraseGender(ctx, words);
}

/** The gender the first gendered word of a phrase gives (a determiner, an honorific, a role noun), if any. */
export function phraseGender(ctx: QuoteContext, words: readonly string[]): Gender | null {
  for (const w of words) {
    const g = genderCue(ctx, w);
    if (g) return g;
  }
  return null;
}

function genderCue(ctx: QuoteContext, w: string): Gender | null {
  return ctx.lex.genderCues.get(w.replace(/\.$/, "")) ?? null;
}
