import type { Entity, Quote, Speaker } from "../../model/annotations.js";
import type { Gender } from "../entities/types.js";
import type { Candidate } from "./candidate.js";
import { resolveNominal } from "../entities/index.js";
import type { QuoteContext, SpeakerPhrase } from "./context.js";
import { indexPeople, phraseGender, pronounAntecedent, type PeopleIndex, type PriorSpeaker } from "./resolve-pronoun.js";
import { firstAtOrAfter } from "../../model/search.js";

/** A pronoun looks back this many sentences for its speaker. */
const PRONOUN_REACH = 8;
/** A bare title looks back this many sentences for who holds it. */
const ROLE_REACH = 60;

interface Known {
  speaker: Speaker;
  plural: boolean;
  roles: string[];
  /** Where the speaker's words are; `phrase` is their lower-cased text, read when a bare title first looks (see phraseOf). */
  phraseStart: number;
  phraseEnd: number;
  phrase: string | null;
  sentence: number;
  paragraph: number;
}

const overlaps = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;

/** Longest mention the index expects; overlap queries look back this far. */
const MAX_MENTION = 300;

/** Every entity mention sorted by start, so that speakers find their entity by binary search, not by a scan of all entities. */
interface MentionIndex {
  entities: readonly Entity[];
  starts: number[];
  ends: number[];
  owner: number[];
  pronoun: boolean[];
}

function indexMentions(entities: readonly Entity[]): MentionIndex {
  // Sorted by start, then entity, then mention order: one numeric key per mention sorts natively, with no pairs to compare.
  let count = 0;
  let most = 0;
  for (const e of entities) {
    count += e.mentions.length;
    most = Math.max(most, e.mentions.length);
  }
  const keys = new Float64Array(count);
  let n = 0;
  const fits = entities.length < ENTITY_SLOTS && most < MENTION_SLOTS;
  entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => {
      keys[n++] = fits && Number.isInteger(m.start) && m.start >= 0 && m.start < START_SLOTS ? (m.start * ENTITY_SLOTS + i) * MENTION_SLOTS + j : NaN;
    });
  });
  if (keys.some(Number.isNaN)) return indexMentionsSlowly(entities);
  keys.sort();
  const ix: MentionIndex = { entities, starts: new Array(count), ends: new Array(count), owner: new Array(count), pronoun: new Array(count) };
  for (let r = 0; r < count; r++) {
    const key = keys[r]!;
    const j = key % MENTION_SLOTS;
    const rest = (key - j) / MENTION_SLOTS;
    const i = rest % ENTITY_SLOTS;
    const m = entities[i]!.mentions[j]!;
    ix.starts[r] = m.start;
    ix.ends[r] = m.end;
    ix.owner[r] = i;
    ix.pronoun[r] = m.kind === "pronoun";
  }
  return ix;
}

// start × entity × mention must stay below 2^53, where doubles are exact integers.
const START_SLOTS = 2 ** 24;
const ENTITY_SLOTS = 2 ** 15;
const MENTION_SLOTS = 2 ** 14;

function indexMentionsSlowly(entities: readonly Entity[]): MentionIndex {
  const rows: [number, number, number, boolean][] = [];
  entities.forEach((e, i) => {
    for (const m of e.mentions) rows.push([m.start, m.end, i, m.kind === "pronoun"]);
  });
  rows.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  return { entities, starts: rows.map((r) => r[0]), ends: rows.map((r) => r[1]), owner: rows.map((r) => r[2]), pronoun: rows.map((r) => r[3]) };
}

/** Index of the first mention that starts at or after an offset. */
function firstFrom(ix: MentionIndex, offset: number): number {
  return firstAtOrAfter(ix.starts, offset);
}

/** The first entity (in entity order) with a mention overlapping [start, end) that passes a test. */
function entityAt(ix: MentionIndex, start: number, end: number, test: (e: Entity, pronoun: boolean) => boolean = () => true): Entity | undefined {
  let best = -1;
  for (let i = firstFrom(ix, end) - 1; i >= 0 && ix.starts[i]! > start - MAX_MENTION; i--) {
    if (!overlaps(ix.starts[i]!, ix.ends[i]!, start, end)) continue;
    const owner = ix.owner[i]!;
    if ((best < 0 || owner < best) && test(ix.entities[owner]!, ix.pronoun[i]!)) best = owner;
  }
  return best >= 0 ? ix.entities[best] : undefined;
}

/** Finds entities by their mentions (see entityAt and nearestPerson), and the people that gendered pronouns may stand for. */
interface MentionLookup {
  entityAt(start: number, end: number, test?: (e: Entity, pronoun: boolean) => boolean): Entity | undefined;
  nearestPerson(before: number): Entity | undefined;
  people(): PeopleIndex;
  byId(id: string | null): Entity | null;
  /** The speakers resolved so far as pronouns see them, one per history entry, filled as pronouns ask. */
  priors: PriorSpeaker[];
}

/** Up to this many mentions, a scan of them all answers a few speakers sooner than sorting them would. */
const SCAN_MAX = 64;

/** Reads an article's mentions one by one when they are few, else through the sorted index, made when first asked. */
function mentionLookup(entities: readonly Entity[], ctx: QuoteContext): MentionLookup {
  let count = 0;
  for (const e of entities) count += e.mentions.length;
  let peopleIndex: PeopleIndex | null = null;
  const people = (): PeopleIndex => (peopleIndex ??= indexPeople(ctx));
  let ids: Map<string, Entity> | null = null;
  const byId = (id: string | null): Entity | null => (id === null ? null : (ids ??= new Map(entities.map((e) => [e.id, e]))).get(id) ?? null);
  if (count <= SCAN_MAX) {
    return { entityAt: (start, end, test) => scanEntityAt(entities, start, end, test), nearestPerson: (before) => scanNearestPerson(entities, before), people, byId, priors: [] };
  }
  let index: MentionIndex | null = null;
  const ix = (): MentionIndex => (index ??= indexMentions(entities));
  return { entityAt: (start, end, test) => entityAt(ix(), start, end, test), nearestPerson: (before) => nearestPerson(ix(), before), people, byId, priors: [] };
}

/** entityAt by a scan in entity order: the first entity with a mention that the index would have found. */
function scanEntityAt(entities: readonly Entity[], start: number, end: number, test: (e: Entity, pronoun: boolean) => boolean = () => true): Entity | undefined {
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start > start - MAX_MENTION && overlaps(m.start, m.end, start, end) && test(e, m.kind === "pronoun")) return e;
    }
  }
  return undefined;
}

/** nearestPerson by a scan: the latest start wins, and on a tie the first entity. */
function scanNearestPerson(entities: readonly Entity[], before: number): Entity | undefined {
  let found: Entity | undefined;
  let at = -Infinity;
  for (const e of entities) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) {
      if (m.start < before && m.end <= before && m.start > at) {
        found = e;
        at = m.start;
      }
    }
  }
  return found;
}

/**
 * Gives every candidate its speaker, in text order: pronouns and bare
 * titles ("le porte-parole") resolve to the nearest earlier compatible
 * speaker or entity, unattributed quotations take the previous quote's
 * speaker when the paragraph (or the one before) continues it, and a
 * speaker whose words are an entity's mention is linked to that entity.
 */
export function resolveSpeakers(ctx: QuoteContext, candidates: readonly Candidate[]): Quote[] {
  const entities = mentionLookup(ctx.doc.layers.entities, ctx);
  const sentences = ctx.doc.layers.sentences;
  const history: Known[] = [];
  const quotes: Quote[] = [];
  for (const c of candidates) {
    const paragraph = sentences[c.sentence]?.paragraph ?? 0;
    let speaker: Speaker | null = null;
    let known: Known | undefined;
    if (c.speaker) {
      ({ speaker, known } = resolvePhrase(ctx, c.speaker, c.sentence, history, entities));
    } else if (c.inherit) {
      const prev = history[history.length - 1];
      if (prev && prev.paragraph >= paragraph - 1 && prev.sentence <= c.sentence) speaker = { ...prev.speaker };
    }
    if (speaker) {
      const base = known ?? (c.speaker ? { plural: c.speaker.plural, roles: c.speaker.roles, phraseStart: c.speaker.start, phraseEnd: c.speaker.end, phrase: null } : history[history.length - 1]!);
      history.push({ speaker, plural: base.plural, roles: base.roles, phraseStart: base.phraseStart, phraseEnd: base.phraseEnd, phrase: base.phrase, sentence: c.sentence, paragraph });
    }
    quotes.push({
      id: "",
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: ctx.text.slice(c.start, c.end),
      speaker,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end, text: ctx.text.slice(c.cue.start, c.cue.end), lemma: c.cue.lemma } : null,
      time: null,
      ruleId: c.ruleId,
    });
  }
  return quotes;
}

function resolvePhrase(ctx: QuoteContext, sp: SpeakerPhrase, sentence: number, history: Known[], entities: MentionLookup): { speaker: Speaker | null; known?: Known } {
  const words = { start: sp.nameStart, end: sp.nameEnd, text: ctx.text.slice(sp.nameStart, sp.nameEnd) };
  if (sp.antecedent) {
    // "…, who said": the speaker is who the relative pronoun stands for; its words stay the pronoun.
    const resolved = resolvePhrase(ctx, sp.antecedent, sentence, history, entities);
    return resolved.speaker ? { ...resolved, speaker: speakerOf(resolved.speaker.entity, resolved.speaker.name, words) } : resolved;
  }
  if (sp.pronoun) {
    const lowered = words.text.toLowerCase();
    if (lowered === "on" || lowered === "i" || lowered === "we") return { speaker: null };
    const gender = sp.pronoun === "s" ? ctx.lex.genderedPronouns.get(lowered) : undefined;
    if (gender) return resolveGendered(ctx, sp, gender, words, sentence, history, entities);
    // The entities stage may already have tied this pronoun to someone.
    const linked = entities.entityAt(sp.nameStart, sp.nameEnd, (e, pronoun) => e.type === "PER" && pronoun);
    if (linked) return { speaker: speakerOf(linked.id, linked.name, words) };
    const wantPlural = sp.pronoun === "p";
    const known = lastOf(history, (h) => h.plural === wantPlural, (h) => sentence - h.sentence > PRONOUN_REACH);
    if (known) return { speaker: speakerOf(known.speaker.entity, known.speaker.name, words), known };
    const person = !wantPlural ? entities.nearestPerson(sp.nameStart) : undefined;
    if (person) return { speaker: speakerOf(person.id, person.name, words) };
    return { speaker: speakerOf(null, words.text, words) };
  }
  if (!sp.proper) {
    // "l'universitaire", "la centrale syndicale": the entities stage knows whom a nominal mention points back to.
    const nominal = resolveNominal(ctx.doc, sp.start, sp.end);
    if (nominal) return { speaker: speakerOf(nominal.id, nominal.name, words) };
  }
  if (sp.role && !sp.proper) {
    const known = lastOf(history, (h) => h.roles.includes(sp.role!) || phraseOf(ctx, h).includes(sp.role!), (h) => sentence - h.sentence > ROLE_REACH);
    if (known) return { speaker: speakerOf(known.speaker.entity, known.speaker.name, words), known };
    const titled = ctx.doc.layers.entities.find((e) => e.type === "PER" && e.roles.some((r) => r.toLowerCase().includes(sp.role!)));
    if (titled) return { speaker: speakerOf(titled.id, titled.name, words) };
  }
  const entity = entities.entityAt(sp.nameStart, sp.nameEnd);
  if (entity && (sp.proper || entity.mentions.some((m) => m.start <= sp.nameStart && sp.nameEnd <= m.end + 1))) {
    return { speaker: speakerOf(entity.id, entity.name, words) };
  }
  return { speaker: speakerOf(null, words.text, words) };
}

/**
 * "il", "elle", "lui", "she": the person the pronoun points back to, of its
 * gender (see pronounAntecedent); the pronoun stays the speaker's words.
 */
function resolveGendered(ctx: QuoteContext, sp: SpeakerPhrase, gender: Gender, words: { start: number; end: number; text: string }, sentence: number, history: Known[], entities: MentionLookup): { speaker: Speaker | null; known?: Known } {
  const people = entities.people();
  // History only grows: the speakers already seen keep their reading from one pronoun to the next.
  const prior = entities.priors;
  for (let index = prior.length; index < history.length; index++) {
    const h = history[index]!;
    const entity = entities.byId(h.speaker.entity);
    prior.push({ sentence: h.sentence, entity, gender: entity ? null : phraseGender(ctx, phraseOf(ctx, h).split(/\s+/)), plural: h.plural, index });
  }
  const found = pronounAntecedent(ctx, people, prior, gender, sp.nameStart, sentence);
  if (!found) return { speaker: speakerOf(null, words.text, words) };
  const known = found.prior ? history[found.prior.index] : undefined;
  if (found.entity) return { speaker: speakerOf(found.entity.id, found.entity.name, words), known };
  return { speaker: speakerOf(known!.speaker.entity, known!.speaker.name, words), known };
}

/** A speaker with its words: the fields in the order the output has always had. */
function speakerOf(entity: string | null, name: string, words: { start: number; end: number; text: string }): Speaker {
  return { entity, name, start: words.start, end: words.end, text: words.text };
}

/** The lower-cased words of a known speaker. */
function phraseOf(ctx: QuoteContext, h: Known): string {
  return (h.phrase ??= ctx.text.slice(h.phraseStart, h.phraseEnd).toLowerCase());
}

/** The latest entry that fits, looking back until `tooFar` says stop. */
function lastOf(history: readonly Known[], fits: (h: Known) => boolean, tooFar: (h: Known) => boolean): Known | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (tooFar(h)) return undefined;
    if (fits(h)) return h;
  }
  return undefined;
}

function nearestPerson(ix: MentionIndex, before: number): Entity | undefined {
  // The person mention that starts last among those that end before the offset (the first entity on a tie).
  let found = -1;
  let at = -1;
  for (let i = firstFrom(ix, before) - 1; i >= 0; i--) {
    const start = ix.starts[i]!;
    if (found >= 0 && start < at) break;
    if (ix.ends[i]! > before || ix.entities[ix.owner[i]!]!.type !== "PER") continue;
    if (found < 0 || ix.owner[i]! < found) {
      found = ix.owner[i]!;
      at = start;
    }
  }
  return found >= 0 ? ix.entities[found] : undefined;
}
