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
  /** Each candidate's role word, read once per sentence: it depends on the candidate alone, not on the trigger. */
  roleMemo: Map<Candidate, Role>;
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
  const coverAt: (Candidate | undefined)[] = [];
  for (let i = 0; i < view.words.length; i++) coverAt.push(undefined);
  for (const c of candidates) for (let i = c.from; i < c.to; i++) coverAt[i] ??= c;
  return { view, candidates, clauses, lex, resolve, isVerbAt, coverAt, roleMemo: new Map() };
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
  const seen = new Set<string>();
  const add = (c: Candidate, role: Participant["role"]): void => {
    const f = materialize(ctx, c, role);
    if (!f) return;
    const key = f.entity ?? f.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  const inClause = ctx.candidates.filter((c) => c.from >= clause.from && c.to <= clause.to);
  const before = inClause.filter((c) => c.to <= hit.from);
  const after = inClause.filter((c) => c.from >= hit.to);
  const roleOf = (c: Candidate): Role => {
    let role = ctx.roleMemo.get(c);
    if (role === undefined) ctx.roleMemo.set(c, (role = readRole(ctx, c)));
    return role;
  };

  // Subject: the nearest bare candidate before the trigger; in a coordinated verb
  // phrase ("X a dit ... et a rencontré Y") the clause's first bare candidate.
  const bareBefore = before.filter((c) => roleOf(c) === null);
  const subject = bareBefore.length > 0 ? bareBefore[bareBefore.length - 1]! : null;
  let subjectGroup: Candidate[] = [];
  if (subject) {
    let head = subject;
    // Walk back over "X et Y" so that both are subjects.
    for (let k = bareBefore.length - 2; k >= 0; k--) {
      const c = bareBefore[k]!;
      if (head.from - c.to <= 2 && joinedBy(ctx, c.to, head.from)) head = c;
      else break;
    }
    subjectGroup = coordinated(ctx, head, hit.from);
  }

  // A shell "fired from" a territory has it as source when nothing else is.
  const origin = inClause.find((c) => roleOf(c) === "origin" && (c.to <= hit.from || c.from - hit.to <= NOUN_REACH));
  if (hit.pos === "verb") {
    if (passive) {
      for (const c of after) {
        if (roleOf(c) === "agent") {
          for (const x of coordinated(ctx, c, clause.to)) add(x, "source");
          break;
        }
      }
      for (const c of subjectGroup) add(c, "target");
    } else {
      for (const c of subjectGroup) add(c, "source");
      const firstBare = after.find((c) => roleOf(c) === null || roleOf(c) === "of");
      if (firstBare && !ctx.view.words.slice(hit.to, firstBare.from).some((_, k) => ctx.isVerbAt(hit.to + k))) {
        for (const c of coordinated(ctx, firstBare, clause.to)) add(c, "target");
      }
    }
  } else {
    // Complements of the noun: a demonym right after it is its source ("invasion russe"),
    // the first phrase after "de"/"of" its target (its partner for a meeting).
    const demonym = after.find((c) => c.kind === "demonym" && c.from === hit.to);
    if (demonym) add(demonym, "source");
    const complement = after.find((c) => c !== demonym && c.from - hit.to <= NOUN_REACH * 2 && roleOf(c) === "of");
    if (complement && !ctx.view.words.slice(hit.to, complement.from).some((w, k) => w.kind === "punct" || ctx.isVerbAt(hit.to + k))) {
      for (const x of coordinated(ctx, complement, clause.to)) add(x, SYMMETRIC.has(hit.sense.type) ? "with" : "target");
    }
    const adjective = before.find((c) => c.kind === "demonym" && c.to === hit.from);
    if (adjective) add(adjective, "source");
    // "proposé par X lors d'appels avec Y": the agent before the noun made the calls.
    const agent = [...before].reverse().find(
      (c) => roleOf(c) === "agent" && !ctx.view.words.slice(c.to, hit.from).some((_, k) => ctx.isVerbAt(c.to + k)),
    );
    if (!out.some((p) => p.role === "source") && agent) for (const c of coordinated(ctx, agent, hit.from)) add(c, "source");
    if (!out.some((p) => p.role === "source")) for (const c of subjectGroup) add(c, "source");
  }
  if (origin && !out.some((p) => p.role === "source")) add(origin, "source");
  for (const c of after) {
    const role = roleOf(c);
    if (role === "with") for (const x of coordinated(ctx, c, clause.to)) add(x, "with");
    else if (role === "place") add(c, "place");
  }
  return out;
}
