import type { Entity, Quote, Speaker } from "../../model/annotations.js";
import type { Candidate } from "./candidate.js";
import type { QuoteContext, SpeakerPhrase } from "./context.js";

/** A pronoun looks back this many sentences for its speaker. */
const PRONOUN_REACH = 8;
/** A bare title looks back this many sentences for who holds it. */
const ROLE_REACH = 60;

interface Known {
  speaker: Speaker;
  plural: boolean;
  roles: string[];
  phrase: string;
  sentence: number;
  paragraph: number;
}

const overlaps = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;

function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => overlaps(m.start, m.end, start, end)));
}

/**
 * Gives every candidate its speaker, in text order: pronouns and bare
 * titles ("le porte-parole") resolve to the nearest earlier compatible
 * speaker or entity, unattributed quotations take the previous quote's
 * speaker when the paragraph (or the one before) continues it, and a
 * speaker whose words are an entity's mention is linked to that entity.
 */
export function resolveSpeakers(ctx: QuoteContext, candidates: readonly Candidate[]): Quote[] {
  const entities = ctx.doc.layers.entities;
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
      const base = known ?? (c.speaker ? { plural: c.speaker.plural, roles: c.speaker.roles, phrase: ctx.text.slice(c.speaker.start, c.speaker.end).toLowerCase() } : history[history.length - 1]!);
      history.push({ speaker, plural: base.plural, roles: base.roles, phrase: base.phrase, sentence: c.sentence, paragraph });
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

function resolvePhrase(ctx: QuoteContext, sp: SpeakerPhrase, sentence: number, history: Known[], entities: readonly Entity[]): { speaker: Speaker | null; known?: Known } {
  const words = { start: sp.nameStart, end: sp.nameEnd, text: ctx.text.slice(sp.nameStart, sp.nameEnd) };
  if (sp.pronoun) {
    const lowered = words.text.toLowerCase();
    if (lowered === "on" || lowered === "i" || lowered === "we") return { speaker: null };
    // The entities stage may already have tied this pronoun to someone.
    const linked = entities.find((e) => e.type === "PER" && e.mentions.some((m) => m.kind === "pronoun" && overlaps(m.start, m.end, sp.nameStart, sp.nameEnd)));
    if (linked) return { speaker: { entity: linked.id, name: linked.name, ...words } };
    const wantPlural = sp.pronoun === "p";
    const known = lastOf(history, (h) => h.plural === wantPlural, (h) => sentence - h.sentence > PRONOUN_REACH);
    if (known) return { speaker: { entity: known.speaker.entity, name: known.speaker.name, ...words }, known };
    const person = !wantPlural ? nearestPerson(entities, sp.nameStart) : undefined;
    if (person) return { speaker: { entity: person.id, name: person.name, ...words } };
    return { speaker: { entity: null, name: words.text, ...words } };
  }
  if (sp.role && !sp.proper) {
    const known = lastOf(history, (h) => h.roles.includes(sp.role!) || h.phrase.includes(sp.role!), (h) => sentence - h.sentence > ROLE_REACH);
    if (known) return { speaker: { entity: known.speaker.entity, name: known.speaker.name, ...words }, known };
    const titled = entities.find((e) => e.type === "PER" && e.roles.some((r) => r.toLowerCase().includes(sp.role!)));
    if (titled) return { speaker: { entity: titled.id, name: titled.name, ...words } };
  }
  const entity = entityAt(entities, sp.nameStart, sp.nameEnd);
  if (entity && (sp.proper || entity.mentions.some((m) => m.start <= sp.nameStart && sp.nameEnd <= m.end + 1))) {
    return { speaker: { entity: entity.id, name: entity.name, ...words } };
  }
  return { speaker: { entity: null, name: words.text, ...words } };
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

function nearestPerson(entities: readonly Entity[], before: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) {
      if (m.end <= before && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}
