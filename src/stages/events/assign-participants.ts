import type { Participant } from "../../model/annotations.js";
import { POSSESSIVE, type Candidate } from "./find-candidates.js";
import type { TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";
import type { Clause } from "./split-clauses.js";
import { cueExec } from "./cue-pattern.js";
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
  /** Resolves a pronoun candidate to the one it stands for, or null; a group noun to the body named before, or itself. */
  resolve: (pronoun: Candidate) => Candidate | null;
  /** Whether the word at this index is a verb form or a clause boundary (ends a noun phrase). */
  isVerbAt: (word: number) => boolean;
  /** Whether the word at this index is inside a trigger. */
  isTriggerAt: (word: number) => boolean;
  /** The candidate that covers each word, if any (candidates never overlap). */
  coverAt: readonly (Candidate | undefined)[];
  /** Each candidate's role word by its index, read once per sentence: it depends on the candidate alone, not on the trigger. */
  roleMemo: (Role | undefined)[];
  /** The sentence's organiser ("à l'appel de X"), looked for once, on first need. */
  organiser: Candidate | null | undefined;
}

/** What the words before a candidate make of it. */
type Role = Participant["role"] | "agent" | "of" | "origin" | "host" | "reporter" | "skip" | null;

/** Builds a sentence's participant context, with its word-to-candidate index and an empty role memo. */
export function participantContext(
  view: SentenceView,
  candidates: readonly Candidate[],
  clauses: readonly Clause[],
  lex: EventsLexicon,
  resolve: ParticipantContext["resolve"],
  isVerbAt: ParticipantContext["isVerbAt"],
  isTriggerAt: ParticipantContext["isTriggerAt"],
): ParticipantContext {
  const coverAt = new Array<Candidate | undefined>(view.words.length).fill(undefined);
  for (const c of candidates) for (let i = c.from; i < c.to; i++) coverAt[i] ??= c;
  return { view, candidates, clauses, lex, resolve, isVerbAt, isTriggerAt, coverAt, roleMemo: new Array<Role | undefined>(candidates.length).fill(undefined), organiser: undefined };
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
    // "d'après" comes as two words: it reports, as "selon" does.
    if (low === "après" && i > 0 && ctx.view.info(i - 1).low === "d'" && r.reporter.has("d'après")) {
      found = "d'après";
      i--;
      continue;
    }
    const other = ctx.coverAt[i];
    if (other && other.kind !== "demonym") break;
    if (other) continue;
    // "par"/"by" settles it: what lies before belongs to the act the agent did ("la demande de moratoire formulée par X").
    if (r.agent.has(low)) return low;
    if (r.with.has(low) || r.between.has(low) || r.of.has(low) || r.place.has(low) || r.unrelated.has(low) || r.origin.has(low)) found = low;
    else if (r.placeNouns.has(low) && found !== null && r.of.has(found) && i === c.from - 2) found = "place-noun";
    // "de" after a noun of a title is inside the phrase ("le ministre des Affaires étrangères X").
    else if (found !== null && r.of.has(found) && !r.place.has(found) && !r.determiners.has(low)) found = null;
  }
  return found;
}

/** The role of the candidate a coordinator joins this one to ("from Cyprus and Italy", "avec X et Y"), or null. */
function coordinatedRole(ctx: ParticipantContext, n: number, roleOf: (n: number) => Role): Role {
  const c = ctx.candidates[n]!;
  if (n === 0 || c.from < 2) return null;
  const previous = ctx.candidates[n - 1]!;
  const low = ctx.view.info(c.from - 1).low;
  // Commas are left out: they also split the words of a long name ("Department for Science, Innovation and Technology").
  if (previous.to !== c.from - 1 || !ctx.lex.roles.and.has(low)) return null;
  return roleOf(n - 1);
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
  const real = c.kind === "pronoun" || c.kind === "self" || c.kind === "nominal" ? ctx.resolve(c) : c;
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
  if (r.host.has(p)) return "host";
  if (r.reporter.has(p)) return "reporter";
  if (r.unrelated.has(p)) return "skip";
  return null;
}

/**
 * Fills source, target, with and place of a trigger from the candidates of
 * its sentence: the subject before a verb (the agent after "par"/"by" in the
 * passive), the first name after it, "avec"/"with" partners, and places after
 * place prepositions. A noun takes its complements ("rencontre entre X et Y",
 * "invasion russe de l'Ukraine") and falls back on its clause's subject. A verb
 * coordinated after another clause shares the sentence's subject; a possessor
 * ("Kenya's ministry") joins its subject; a name after a quotation's incise is the
 * subject; an organiser or a leader ("à l'appel de X", "led by X") is a source.
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
    if (role === undefined) ctx.roleMemo[n] = role = readRole(ctx, candidates[n]!) ?? coordinatedRole(ctx, n, roleOf);
    return role;
  };

  // Subject: the nearest bare candidate before the trigger that is no verb's object; in a
  // coordinated verb phrase ("X a dit ... et a rencontré Y") the clause's first bare candidate.
  let k = beforeTo - 1;
  while (k >= inFrom && (roleOf(k) !== null || objectOfEarlierVerb(ctx, candidates[k]!, hit.from) || peopleAsObject(ctx, candidates[k]!))) k--;
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
    const owner = possessorOf(ctx, head);
    if (owner) subjectGroup.push(owner);
    else {
      const named = namedOwnerOf(ctx, head, hit.from);
      if (named) subjectGroup.push(...coordinated(ctx, named, hit.from));
    }
    // "X a estimé que les salariés … et a exigé": a plural of people in the clause before does not take the named subject's verb.
    if (head.kind === "people" && hit.pos === "verb" && afterCoordinator(ctx, hit.from)) {
      const named = sentenceSubject(ctx, roleOf, hit.from);
      if (named && named.kind !== "people") subjectGroup = [named];
    }
  } else if (hit.pos === "verb" && afterCoordinator(ctx, hit.from)) {
    // "X affirme que … et dénonce Y": a verb coordinated after another clause shares the sentence's subject.
    const subject = sentenceSubject(ctx, roleOf, hit.from);
    if (subject) subjectGroup = [subject];
  }

  // A shell "fired from" a territory has it as source when nothing else is.
  let origin: Candidate | null = null;
  for (let n = inFrom; n < inTo && origin === null; n++) {
    const c = candidates[n]!;
    if (roleOf(n) === "origin" && (c.to <= hit.from || c.from - hit.to <= NOUN_REACH)) origin = c;
  }
  // "à l'appel de X", "organised by X": the organiser is the action's source before those who took part.
  if (ctx.lex.cues.organiser && ORGANISED.has(hit.sense.type)) {
    const organiser = sentenceOrganiser(ctx, ctx.lex.cues.organiser);
    if (organiser) add(organiser, "source");
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
        if ((role === null || role === "of") && !ownsNext(ctx, candidates[n]!)) firstBare = candidates[n]!;
      }
      if (firstBare && !verbBetween(ctx, hit.to, firstBare.from)) {
        // After a quotation ("« … », a démenti X") the subject follows its verb.
        const role = !hasSource(out) && afterQuotation(ctx, hit.from) ? "source" : "target";
        for (const c of coordinated(ctx, firstBare, clause.to)) add(c, role);
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
    // "la demande formulée par X", "the raid carried out by X": an agent after the noun, in its phrase;
    // what follows it is the agent's complement, not the noun's.
    const agentAfter = agentAfterNoun(ctx, roleOf, hit, afterFrom, inTo);
    let complement: Candidate | null = null;
    for (let n = afterFrom; n < inTo && complement === null; n++) {
      const c = candidates[n]!;
      if (agentAfter && c.from >= agentAfter.from) break;
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
    if (!hasSource(out) && agentAfter) for (const c of coordinated(ctx, agentAfter, clause.to)) add(c, "source");
    if (!hasSource(out)) for (const c of subjectGroup) add(c, "source");
  }
  // "grève chez X", "perquisition chez Y": the company or home where the act falls is its target.
  if (!hasRole(out, "target")) {
    const host = hostAfter(ctx, roleOf, hit, afterFrom, inTo);
    if (host) add(host, "target");
  }
  // "des doses ont été acheminées, selon l'agence": with no agent named, a helping act reported by a body is its own.
  if (passive && !hasSource(out) && SELF_REPORTED.has(hit.sense.type)) {
    for (let n = 0; n < candidates.length; n++) {
      if (roleOf(n) === "reporter") {
        add(candidates[n]!, "source");
        break;
      }
    }
  }
  if (origin && !hasSource(out)) for (const c of coordinated(ctx, origin, clause.to)) add(c, "source");
  // "a consortium led by X had held talks": with no other source, the leader named before the trigger acts.
  if (!hasSource(out) && ctx.lex.cues.organiser && !ORGANISED.has(hit.sense.type)) {
    const leader = sentenceOrganiser(ctx, ctx.lex.cues.organiser);
    if (leader && leader.to <= hit.from && leader.from >= clause.from) add(leader, "source");
  }
  // A name inside a verb phrase is its object: "appelé le gouvernement à", "closed the Kalama border".
  if (hit.pos === "verb") for (let n = beforeTo; n < afterFrom; n++) add(candidates[n]!, "target");
  for (let n = afterFrom; n < inTo; n++) {
    const c = candidates[n]!;
    const role = roleOf(n);
    if (role === "with") for (const x of coordinated(ctx, c, clause.to)) add(x, "with");
    else if (role === "place") add(c, "place");
  }
  return out;
}

// Acts that a body reports of itself when it is the one "selon"/"according to" names: giving, easing, working with others.
// Hostile acts are left out: their reporter is as often the victim or a witness.
const SELF_REPORTED = new Set(["AID", "COOPERATE", "CONCEDE"]);
// How many words may stand between an event noun and the agent that follows it ("la demande de moratoire formulée par X").
const NOUN_AGENT_REACH = 8;

/** The candidate after "par"/"by" in a noun trigger's own phrase (no punctuation, no other trigger between), or null. */
function agentAfterNoun(ctx: ParticipantContext, roleOf: (n: number) => Role, hit: TriggerHit, afterFrom: number, inTo: number): Candidate | null {
  for (let n = afterFrom; n < inTo; n++) {
    const c = ctx.candidates[n]!;
    if (c.from - hit.to > NOUN_AGENT_REACH) return null;
    if (roleOf(n) !== "agent") continue;
    return punctOrOtherTriggerBetween(ctx, hit.to, c.from) ? null : c;
  }
  return null;
}

/** The candidate after "chez" right after a trigger (a few words, no punctuation or verb between), or null. */
function hostAfter(ctx: ParticipantContext, roleOf: (n: number) => Role, hit: TriggerHit, afterFrom: number, inTo: number): Candidate | null {
  for (let n = afterFrom; n < inTo; n++) {
    const c = ctx.candidates[n]!;
    if (c.from - hit.to > NOUN_REACH) return null;
    if (roleOf(n) === "host") return punctOrVerbBetween(ctx, hit.to, c.from) ? null : c;
  }
  return null;
}

// Whether punctuation or another trigger stands among the words [from, to); participles may (they are the agent's verb).
function punctOrOtherTriggerBetween(ctx: ParticipantContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.view.words[i]!.kind === "punct" || ctx.isTriggerAt(i)) return true;
  return false;
}

// Collective actions whose organiser is named apart ("à l'appel de X", "organised by X").
const ORGANISED = new Set(["PROTEST"]);
// How many words may separate the organiser cue from the organiser's name ("à l'appel de l'association de contribuables X").
const ORGANISER_REACH = 6;
// How many words may stand between a coordinator and the verb it coordinates ("et a aussi dénoncé").
const COORDINATED_REACH = 3;

/** Whether a candidate is the object of the verb just before it (determiners between): no subject then. */
function isObject(ctx: ParticipantContext, c: Candidate): boolean {
  let i = c.from - 1;
  while (i >= 0 && i > c.from - 3 && ctx.lex.roles.determiners.has(ctx.view.info(i).low)) i--;
  return i >= 0 && ctx.view.words[i]!.kind === "word" && ctx.isVerbAt(i);
}

// Closing quotation marks: straight quotes are left out, as they open as often as they close.
const CLOSING_QUOTES = new Set(["»", "”"]);
// How many words may stand between the comma after a quotation and its verb ("», a-t-il démenti").
const INCISE_REACH = 3;

/** Whether a verb opens an incise after a quotation: a closing quote and a comma a few words before it. */
function afterQuotation(ctx: ParticipantContext, at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 1 - INCISE_REACH); i--) {
    const w = ctx.view.words[i]!;
    if (ctx.coverAt[i]) return false;
    if (w.kind === "punct") return w.text === "," && CLOSING_QUOTES.has(ctx.view.words[i - 1]!.text);
  }
  return false;
}

/** Whether a candidate owns the candidate right after it ("Russia’s Foreign Minister X"): the owned one is the participant. */
function ownsNext(ctx: ParticipantContext, c: Candidate): boolean {
  return c.to < ctx.coverAt.length && ctx.coverAt[c.to] !== undefined && POSSESSIVE.test(ctx.view.words[c.to - 1]!.text);
}

/**
 * The named body or place a group noun belongs to, right after it ("les salariés de Ferlac", "the workers
 * at Ford", "firefighters from Cyprus"): a group acts for it, so both are the act's side. Null for a name.
 */
function namedOwnerOf(ctx: ParticipantContext, head: Candidate, before: number): Candidate | null {
  if (head.kind !== "nominal" && head.kind !== "people") return null;
  const r = ctx.lex.roles;
  let i = head.to;
  if (i >= before) return null;
  const low = ctx.view.info(i).low;
  if (!r.of.has(low) && !r.place.has(low) && !r.host.has(low) && !r.origin.has(low)) return null;
  i++;
  if (i < before && r.determiners.has(ctx.view.info(i).low) && !ctx.coverAt[i]) i++;
  const owner = i < before ? ctx.coverAt[i] : undefined;
  return owner && owner.from === i && (owner.kind === "entity" || owner.kind === "name") ? owner : null;
}

/** The candidate that owns the next one by a possessive ending right before it, or null. */
function possessorOf(ctx: ParticipantContext, c: Candidate): Candidate | null {
  if (c.from === 0) return null;
  const before = ctx.coverAt[c.from - 1];
  if (!before || before.kind === "pronoun" || before.kind === "self") return null;
  return POSSESSIVE.test(ctx.view.words[before.to - 1]!.text) ? before : null;
}

/**
 * Whether a candidate is the object of a verb phrase that a coordinated one follows before the
 * trigger ("called on X to sell and has organised a march"): the trigger has the first phrase's
 * subject. An object followed by its own act ("accused X of crossing and killing") stays its actor.
 */
function objectOfEarlierVerb(ctx: ParticipantContext, c: Candidate, at: number): boolean {
  if (!isObject(ctx, c)) return false;
  for (let i = c.to; i + 1 < at; i++) {
    if (!ctx.lex.roles.verbCoordinators.has(ctx.view.info(i).low) || !ctx.isVerbAt(i + 1)) continue;
    if (ctx.view.info(i + 1).form?.tense !== "gerund") return true;
  }
  return false;
}

/** Whether a coordinator stands a few words before a verb, with no candidate between ("… et dénonce"). */
function afterCoordinator(ctx: ParticipantContext, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 1 - COORDINATED_REACH); i--) {
    const w = ctx.view.words[i]!;
    if (w.kind === "punct" || ctx.coverAt[i]) return false;
    if (ctx.lex.roles.verbCoordinators.has(ctx.view.info(i).low)) return true;
  }
  return false;
}

/** The sentence's subject: its first bare candidate before a word, no verb's object, a name before a plural of people. */
function sentenceSubject(ctx: ParticipantContext, roleOf: (n: number) => Role, before: number): Candidate | null {
  let people: Candidate | null = null;
  for (let n = 0; n < ctx.candidates.length && ctx.candidates[n]!.to <= before; n++) {
    const c = ctx.candidates[n]!;
    if (roleOf(n) !== null || isObject(ctx, c)) continue;
    if (c.kind !== "people") return c;
    people ??= c;
  }
  return people;
}

/** Whether a plural of people is a verb's object ("appelé les personnels à la grève"): those called on are not who calls. */
function peopleAsObject(ctx: ParticipantContext, c: Candidate): boolean {
  return c.kind === "people" && isObject(ctx, c);
}

/** The sentence's organiser, looked for on first need only (most sentences are never asked). */
function sentenceOrganiser(ctx: ParticipantContext, cue: RegExp): Candidate | null {
  if (ctx.organiser === undefined) ctx.organiser = organiserOf(ctx, cue);
  return ctx.organiser;
}

/** The candidate named after an organiser cue of the sentence, a name before a group noun. */
function organiserOf(ctx: ParticipantContext, cue: RegExp): Candidate | null {
  const m = cueExec(cue, ctx.view.low);
  if (!m) return null;
  const at = ctx.view.start + m.index + m[0].length;
  let nominal: Candidate | null = null;
  let firstWord = -1;
  for (const c of ctx.candidates) {
    const start = ctx.view.words[c.from]!.start;
    if (start < at) continue;
    if (firstWord < 0) firstWord = ctx.view.words.findIndex((w) => w.start >= at);
    if (c.from - firstWord > ORGANISER_REACH) break;
    if (c.kind !== "nominal" && c.kind !== "people") return c;
    nominal ??= c;
  }
  return nominal;
}

// Whether a participant's entity (or its name, lower-cased) is already among the participants.
function alreadyIn(out: readonly Filled[], f: Filled): boolean {
  const key = f.entity ?? f.name.toLowerCase();
  for (const p of out) if ((p.entity ?? p.name.toLowerCase()) === key) return true;
  return false;
}

function hasSource(out: readonly Filled[]): boolean {
  return hasRole(out, "source");
}

function hasRole(out: readonly Filled[], role: Participant["role"]): boolean {
  for (const p of out) if (p.role === role) return true;
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
