import type { Participant } from "../../model/annotations.js";
import type { Candidate } from "./find-candidates.js";
import type { TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";
import type { Clause } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";

/** A participant with the candidate it came from. */
export interface Filled extends Participant {
  candidate: Candidate;
}

/** What the participant finder needs about a sentence. */
export interface ParticipantContext {
  view: SentenceView;
  candidates: readonly Candidate[];
  clauses: readonly Clause[];
  lex: EventsLexicon;
  /** Resolves a pronoun candidate to the one it stands for, or null. */
  resolve: (pronoun: Candidate) => Candidate | null;
  /** Whether the word at this index is a verb form or a clause boundary (ends a noun phrase). */
  isVerbAt: (word: number) => boolean;
  /** The candidate that covers each word, if any (candidates never overlap). */
  coverAt: readonly (Candidate | undefined)[];
  /** Each candidate's role word by its index, read once per sentence: it depends on the candidate alone, not on the trigger. */
  roleMemo: (Role | undefined)[];
}

/** What the words before a candidate make of it. */
type Role = Participant["role"] | "agent" | "of" | "origin" | "skip" | null;

/** Builds a sentence's participant context, with its word-to-candidate index and an empty role memo. */
export function participantContext(
  view: SentenceView,
  candidates: readonly Candidate[],
  clauses: readonly Clause[],
  lex: EventsLexicon,
  resolve: ParticipantContext["resolve"],
  isVerbAt: ParticipantContext["isVerbAt"],
): ParticipantContext {
  const coverAt = new Array<Candidate | undefined>(view.words.length).fill(undefined);
  for (const c of candidates) for (let i = c.from; i < c.to; i++) coverAt[i] ??= c;
  return { view, candidates, clauses, lex, resolve, isVerbAt, coverAt, roleMemo: new Array<Role | undefined>(candidates.length).fill(undefined) };
}

// Events whose noun complement ("la rencontre du X") names a partner, not a target.
const SYMMETRIC = new Set(["CONSULT", "COOPERATE", "AGREE"]);
// How many words may join two coordinated participants, a title included.
const COORDINATION_REACH = 9;
// How many words a noun's complement may sit from it ("l'invasion russe de l'Ukraine").
const NOUN_REACH = 4;

// How far back the preposition of a noun phrase may sit ("selon la porte-parole du ministère Maria Costa").
const PHRASE_REACH = 8;

/**
 * The preposition that opens a candidate's noun phrase: the leftmost one
 * before it, back to punctuation, a verb or a coordinator, lower-cased, or null.
 */
function prepositionBefore(ctx: ParticipantContext, c: Candidate): string | null {
  const words = ctx.view.words;
  const r = ctx.lex.roles;
  let found: string | null = null;
  for (let i = c.from - 1; i >= Math.max(0, c.from - PHRASE_REACH); i--) {
    const w = words[i]!;
    const low = ctx.view.info(i).low;
    if (w.kind === "punct" || r.and.has(low) || ctx.isVerbAt(i)) break;
    const other = ctx.coverAt[i];
    if (other && other.kind !== "demonym") break;
    if (other) continue;
    if (r.with.has(low) || r.between.has(low) || r.agent.has(low) || r.of.has(low) || r.place.has(low) || r.unrelated.has(low) || r.origin.has(low)) found = low;
    else if (r.placeNouns.has(low) && found !== null && r.of.has(found) && i === c.from - 2) found = "place-noun";
    // "de" after a noun of a title is inside the phrase ("le ministre des Affaires étrangères X").
    else if (found !== null && r.of.has(found) && !r.place.has(found) && !r.determiners.has(low)) found = null;
  }
  return found;
}

/** Candidates coordinated with this one ("X et Y", "X, Y and Z"), itself first. */
function coordinated(ctx: ParticipantContext, first: Candidate, limit: number): Candidate[] {
  const out = [first];
  let last = first;
  for (const c of ctx.candidates) {
    if (c.from < last.to || c.from >= limit) continue;
    const between = c.from - last.to;
    // "X et Y", "X, Y", "X et du ministre russe des Affaires étrangères Y": a coordinator first, then a title at most.
    const firstLow = between > 0 ? ctx.view.info(last.to).low : "";
    let joins = between > 0 && (ctx.lex.roles.and.has(firstLow) || (firstLow === "," && between === 1)) && between <= COORDINATION_REACH;
    for (let k = 1; joins && k < between; k++) {
      const i = last.to + k;
      joins = ctx.view.words[i]!.kind === "word" && !ctx.isVerbAt(i) && !ctx.lex.roles.and.has(ctx.view.info(i).low);
    }
    if (!joins) break;
    out.push(c);
    last = c;
  }
  return out;
}

// Whether a coordinator or a comma stands between two words.
function joinedBy(ctx: ParticipantContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const low = ctx.view.info(i).low;
    if (ctx.lex.roles.and.has(low) || low === ",") return true;
  }
  return false;
}

function materialize(ctx: ParticipantContext, c: Candidate, role: Participant["role"]): Filled | null {
  const real = c.kind === "pronoun" ? ctx.resolve(c) : c;
  if (!real) return null;
  return { role, entity: real.entity, name: real.name, candidate: real };
}

function readRole(ctx: ParticipantContext, c: Candidate): Role {
  const p = prepositionBefore(ctx, c);
  if (p === null) return null;
  const r = ctx.lex.roles;
  if (r.with.has(p) || r.between.has(p)) return "with";
  if (r.origin.has(p)) return "origin";
  if (r.agent.has(p)) return "agent";
  if (p === "place-noun") return "place";
  if (r.place.has(p) && (c.type === "LOC" || c.type === null)) return c.kind === "demonym" ? "of" : "place";
  if (r.of.has(p)) return "of";
  if (r.unrelated.has(p)) return "skip";
  return null;
}

/**
 * Fills source, target, with and place of a trigger from the candidates of
 * its sentence: the subject before a verb (the agent after "par"/"by" in the
 * passive), the first name after it, "avec"/"with" partners, and places after
 * place prepositions. A noun takes its complements ("rencontre entre X et Y",
 * "invasion russe de l'Ukraine") and falls back on its clause's subject.
 */
export function assignParticipants(ctx: ParticipantContext, hit: TriggerHit, clause: Clause, passive: boolean): Filled[] {
  const out: Filled[] = [];
  const add = (c: Candidate, role: Participant["role"]): void => {
    const f = materialize(ctx, c, role);
    if (f && !alreadyIn(out, f)) out.push(f);
  };
  const candidates = ctx.candidates;
  // Candidates come in word order without overlaps: those of the clause are a run of them,
  // those before the trigger its head and those after its tail (index ranges, no copies).
  let inFrom = 0;
  while (inFrom < candidates.length && candidates[inFrom]!.from < clause.from) inFrom++;
  let inTo = inFrom;
  while (inTo < candidates.length && candidates[inTo]!.to <= clause.to) inTo++;
  let beforeTo = inFrom;
  while (beforeTo < inTo && candidates[beforeTo]!.to <= hit.from) beforeTo++;
  let afterFrom = beforeTo;
  while (afterFrom < inTo && candidates[afterFrom]!.from < hit.to) afterFrom++;
  // The role of the candidate at this index.
  const roleOf = (n: number): Role => {
    let role = ctx.roleMemo[n];
    if (role === undefined) ctx.roleMemo[n] = role = readRole(ctx, candidates[n]!);
    return role;
  };

  // Subject: the nearest bare candidate before the trigger; in a coordinated verb
  // phrase ("X a dit ... et a rencontré Y") the clause's first bare candidate.
  let k = beforeTo - 1;
  while (k >= inFrom && roleOf(k) !== null) k--;
  let subjectGroup: Candidate[] = [];
  if (k >= inFrom) {
    let head = candidates[k]!;
    // Walk back over "X et Y" so that both are subjects.
    for (k--; k >= inFrom; k--) {
      const c = candidates[k]!;
      if (roleOf(k) !== null) continue;
      if (head.from - c.to <= 2 && joinedBy(ctx, c.to, head.from)) head = c;
      else break;
    }
    subjectGroup = coordinated(ctx, head, hit.from);
  }

  // A shell "fired from" a territory has it as source when nothing else is.
  let origin: Candidate | null = null;
  for (let n = inFrom; n < inTo && origin === null; n++) {
    const c = candidates[n]!;
    if (roleOf(n) === "origin" && (c.to <= hit.from || c.from - hit.to <= NOUN_REACH)) origin = c;
  }
  if (hit.pos === "verb") {
    if (passive) {
      for (let n = afterFrom; n < inTo; n++) {
        const c = candidates[n]!;
        if (roleOf(n) === "agent") {
          for (const x of coordinated(ctx, c, clause.to)) add(x, "source");
          break;
        }
      }
      for (const c of subjectGroup) add(c, "target");
    } else {
      for (const c of subjectGroup) add(c, "source");
      let firstBare: Candidate | null = null;
      for (let n = afterFrom; n < inTo && firstBare === null; n++) {
        const role = roleOf(n);
        if (role === null || role === "of") firstBare = candidates[n]!;
      }
      if (firstBare && !verbBetween(ctx, hit.to, firstBare.from)) {
        for (const c of coordinated(ctx, firstBare, clause.to)) add(c, "target");
      }
    }
  } else {
    // Complements of the noun: a demonym right after it is its source ("invasion russe"),
    // the first phrase after "de"/"of" its target (its partner for a meeting).
    let demonym: Candidate | null = null;
    for (let n = afterFrom; n < inTo && demonym === null; n++) {
      const c = candidates[n]!;
      if (c.kind === "demonym" && c.from === hit.to) demonym = c;
    }
    if (demonym) add(demonym, "source");
    let complement: Candidate | null = null;
    for (let n = afterFrom; n < inTo && complement === null; n++) {
      const c = candidates[n]!;
      if (c !== demonym && c.from - hit.to <= NOUN_REACH * 2 && roleOf(n) === "of") complement = c;
    }
    if (complement && !punctOrVerbBetween(ctx, hit.to, complement.from)) {
      for (const x of coordinated(ctx, complement, clause.to)) add(x, SYMMETRIC.has(hit.sense.type) ? "with" : "target");
    }
    let adjective: Candidate | null = null;
    for (let n = inFrom; n < beforeTo && adjective === null; n++) {
      const c = candidates[n]!;
      if (c.kind === "demonym" && c.to === hit.from) adjective = c;
    }
    if (adjective) add(adjective, "source");
    // "proposé par X lors d'appels avec Y": the agent before the noun made the calls.
    let agent: Candidate | null = null;
    for (let n = beforeTo - 1; n >= inFrom && agent === null; n--) {
      const c = candidates[n]!;
      if (roleOf(n) === "agent" && !verbBetween(ctx, c.to, hit.from)) agent = c;
    }
    if (!hasSource(out) && agent) for (const c of coordinated(ctx, agent, hit.from)) add(c, "source");
    if (!hasSource(out)) for (const c of subjectGroup) add(c, "source");
  }
  if (origin && !hasSource(out)) add(origin, "source");
  for (let n = afterFrom; n < inTo; n++) {
    const c = candidates[n]!;
    const role = roleOf(n);
    if (role === "with") for (const x of coordinated(ctx, c, clause.to)) add(x, "with");
    else if (role === "place") add(c, "place");
  }
  return out;
}

// Whether a participant's entity (or its name, lower-cased) is already among the participants.
function alreadyIn(out: readonly Filled[], f: Filled): boolean {
  const key = f.entity ?? f.name.toLowerCase();
  for (const p of out) if ((p.entity ?? p.name.toLowerCase()) === key) return true;
  return false;
}

function hasSource(out: readonly Filled[]): boolean {
  for (const p of out) if (p.role === "source") return true;
  return false;
}

// Whether a verb stands among the words [from, to).
function verbBetween(ctx: ParticipantContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.isVerbAt(i)) return true;
  return false;
}

// Whether punctuation or a verb stands among the words [from, to).
function punctOrVerbBetween(ctx: ParticipantContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.view.words[i]!.kind === "punct" || ctx.isVerbAt(i)) return true;
  return false;
}
