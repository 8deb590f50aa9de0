import type { Entity } from "../../model/annotations.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { SentenceView } from "./sentence-view.js";
import type { EventsLexicon } from "./types.js";
import { candidateShapesOf, demonymCode, upperAt, wordFacts } from "./word-info.js";
import { hasShapeOf } from "./word-shapes.js";
import { firstAtOrAfter } from "../../model/search.js";

/** Something in a sentence that can fill a participant slot. */
export interface Candidate {
  /** Word indices in the sentence. */
  from: number;
  to: number;
  name: string;
  entity: string | null;
  /** Entity type when known; demonyms stand for their country (LOC). */
  type: Entity["type"] | null;
  /** "people": a plural noun of people acting together ("les salariés"), a weaker subject than a name. */
  kind: "entity" | "name" | "demonym" | "pronoun" | "nominal" | "people" | "self";
}

/**
 * Where entity mentions start, built once per document: one mention per start offset (the
 * longest, the first of those), in text order, so that a sentence's words walk it with a cursor.
 */
export interface MentionIndex {
  starts: number[];
  ends: number[];
  entities: Entity[];
}

/** Indexes every entity mention by its start offset. */
export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: Entity[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      // No word starts at NaN, and it would unsettle the sort.
      if (Number.isNaN(m.start)) continue;
      starts.push(m.start);
      ends.push(m.end);
      owners.push(entity);
    }
  }
  const order = byStartThenOrder(starts);
  const index: MentionIndex = { starts: [], ends: [], entities: [] };
  for (const k of order) {
    const last = index.starts.length - 1;
    if (last >= 0 && index.starts[last] === starts[k]) {
      if (index.ends[last]! < ends[k]!) {
        index.ends[last] = ends[k]!;
        index.entities[last] = owners[k]!;
      }
      continue;
    }
    index.starts.push(starts[k]!);
    index.ends.push(ends[k]!);
    index.entities.push(owners[k]!);
  }
  return index;
}

// Packs a mention's start and its index into one number, so that a numeric sort orders by both.
const INDEX_SPAN = 2 ** 20;

/** Indices of the starts by start, and in the order met for equal starts (so that the first longest one wins). */
function byStartThenOrder(starts: readonly number[]): number[] {
  const packable = starts.length < INDEX_SPAN && starts.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32);
  if (!packable) return starts.map((_, k) => k).sort((a, b) => starts[a]! - starts[b]! || a - b);
  // A typed array sorts numbers natively, with no comparator called per pair.
  const keys = new Float64Array(starts.length);
  for (let k = 0; k < starts.length; k++) keys[k] = starts[k]! * INDEX_SPAN + k;
  keys.sort();
  const order: number[] = [];
  for (const key of keys) order.push(key % INDEX_SPAN);
  return order;
}

// The first mention starting at or after an offset.
function firstMentionFrom(mentions: MentionIndex, offset: number): number {
  return firstAtOrAfter(mentions.starts, offset);
}

// Moves a cursor over the mentions to the first one starting at or after an offset.
function advance(mentions: MentionIndex, k: number, offset: number): number {
  while (k < mentions.starts.length && mentions.starts[k]! < offset) k++;
  return k;
}

const byName = new WeakMap<readonly Entity[], Map<string, Entity>>();

// The entities by lower-cased name and alias, indexed once per entity list.
function nameIndex(entities: readonly Entity[]): Map<string, Entity> {
  let index = byName.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), e);
    byName.set(entities, index);
  }
  return index;
}

/** Finds the entity whose name or alias is this name, if any (indexed once per entity list). */
export function entityNamed(entities: readonly Entity[], name: string): Entity | null {
  return nameIndex(entities).get(name.toLowerCase()) ?? null;
}

/**
 * Finds a sentence's candidates: entity mentions first, then, where no mention
 * covers them, runs of capitalised words, demonyms (standing for their country),
 * group nouns after a definite determiner and subject pronouns (resolved later).
 */
export function findCandidates(
  view: SentenceView,
  lex: EventsLexicon,
  mentions: MentionIndex,
  entities: readonly Entity[],
  gazetteer: Gazetteer | null,
): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  // A word in lower case is a candidate only as a pronoun or a demonym: most are ruled out by their shape.
  const shapes = candidateShapesOf(lex, gazetteer);
  // Words and mentions are both in text order: a cursor walks the mentions along the words.
  let m = words.length > 0 ? firstMentionFrom(mentions, words[0]!.start) : 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    m = advance(mentions, m, w.start);
    if (m < mentions.starts.length && mentions.starts[m] === w.start) {
      const end = mentions.ends[m]!;
      let j = i;
      // A mention that ends inside a word takes the whole word ("South Sudan’s" is one token).
      while (j < words.length && words[j]!.start < end) j++;
      const e = mentions.entities[m]!;
      out.push({ from: i, to: Math.max(j, i + 1), name: e.name, entity: e.id, type: e.type, kind: "entity" });
      i = Math.max(j, i + 1) - 1;
      continue;
    }
    if (w.kind !== "word" || (!upperAt(w.text, 0) && !hasShapeOf(shapes, w.text))) continue;
    const info = view.info(i);
    const code = gazetteer ? demonymCode(info, gazetteer) : undefined;
    if (code && gazetteer) {
      const country = gazetteer.namesOf.get(code)?.[0] ?? w.text;
      const pretty = countryNameOf(country);
      const e = entityNamed(entities, pretty);
      out.push({ from: i, to: i + 1, name: e?.name ?? pretty, entity: e?.id ?? null, type: "LOC", kind: "demonym" });
      continue;
    }
    const facts = wordFacts(info, w.text, lex);
    if (facts.pronoun) {
      const next = i + 1 < words.length ? wordFacts(view.info(i + 1), words[i + 1]!.text, lex).impersonal : lex.roles.impersonal.has("");
      if (next) continue;
      out.push({ from: i, to: i + 1, name: w.text, entity: null, type: null, kind: "pronoun" });
      continue;
    }
    // "nous", "on", "we" stand for the speaker of the quotation that holds them, and for no one outside one.
    if (facts.self) {
      out.push({ from: i, to: i + 1, name: w.text, entity: null, type: null, kind: "self" });
      continue;
    }
    // A group named by its noun ("la préfecture a ordonné", "the trust has called on") acts as a name would;
    // without a definite determiner the noun is generic ("une association", "any union").
    if (facts.groupNoun && i > 0 && (lex.roles.definites.has(view.info(i - 1).low) || pairedAfterBetween(view, i - 1, lex))) {
      out.push({ from: i, to: i + 1, name: w.text, entity: null, type: "ORG", kind: "nominal" });
      continue;
    }
    // People who act together are named by their plural after any determiner or a count ("700 salariés", "the farmers").
    if (facts.peopleNoun && (i === 0 || countsOrDetermines(view, i - 1, lex))) {
      out.push({ from: i, to: i + 1, name: w.text, entity: null, type: "ORG", kind: "people" });
      continue;
    }
    if (facts.startsName) {
      let j = i + 1;
      let n = m;
      let name = w.text;
      for (; j < words.length && words[j]!.kind === "word" && upperAt(words[j]!.text, 0); j++) {
        n = advance(mentions, n, words[j]!.start);
        if (n < mentions.starts.length && mentions.starts[n] === words[j]!.start) break;
        name += ` ${words[j]!.text}`;
      }
      const low = name.toLowerCase();
      const e = nameIndex(entities).get(low) ?? null;
      const code = gazetteer?.countries.get(low);
      out.push({ from: i, to: j, name, entity: e?.id ?? null, type: e?.type ?? (code ? "LOC" : null), kind: "name" });
      i = j - 1;
    }
  }
  return dropTitleModifiers(out, view, lex);
}

// A demonym or a one-word name followed closely by a person's name is part of
// that person's title ("le ministre chinois des Affaires étrangères Wang Yi").
const TITLE_REACH = 5;

function isStrong(c: Candidate): boolean {
  return c.type === "PER" || (c.kind === "name" && c.to - c.from >= 2) || (c.kind === "entity" && c.to - c.from >= 2 && c.type !== "LOC");
}

/** A possessive ending ("Kenya’s"). */
export const POSSESSIVE = /['’]s$/;

function dropTitleModifiers(candidates: Candidate[], view: SentenceView, lex: EventsLexicon): Candidate[] {
  return candidates.filter((c, k) => {
    // "le collectif Terre Vive 44", "the union Unite": the name that follows a group noun is the group's.
    if (c.kind === "nominal" || c.kind === "people") return candidates[k + 1]?.from !== c.to;
    if (isStrong(c) || c.kind === "pronoun" || c.kind === "self") return true;
    // "Kenya’s Foreign Ministry": the possessor is a party of its own, not a title.
    if (POSSESSIVE.test(view.words[c.to - 1]!.text)) return true;
    for (let n = k + 1; n < candidates.length; n++) {
      const next = candidates[n]!;
      if (next.from - c.to > TITLE_REACH) break;
      if (titleBroken(view, c.to, next.from, lex)) break;
      if (isStrong(next)) return false;
    }
    return true;
  });
}

// Whether punctuation, a coordinator, a verb form, "with" or "by" stands between two words.
function titleBroken(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    if (w.kind === "punct" || wordFacts(view.info(i), w.text, lex).breaksTitle) return true;
  }
  return false;
}

const countryNames = new Map<string, string>();

// Country display names, memoised: a handful of countries recur in every article.
function countryNameOf(low: string): string {
  let name = countryNames.get(low);
  if (name === undefined) {
    if (countryNames.size > 10_000) countryNames.clear();
    countryNames.set(low, (name = countryName(low)));
  }
  return name;
}

// The gazetteer keeps names lower-cased; a country's display name capitalises each word but particles.
function countryName(low: string): string {
  return low.replace(/(^|[\s-])(\p{L})/gu, (m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(De|Du|Des|La|Le|Of|And|The)\b(?!$)/g, (m) => m.toLowerCase()).replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
}

/**
 * Whether a word lets a plural noun after it name a group: a determiner, a number (digits), or the
 * bare plurals of a pairing ("entre manifestants et policiers", "between farmers and police").
 */
function countsOrDetermines(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  const code = view.words[i]!.text.charCodeAt(0);
  const low = view.info(i).low;
  const r = lex.roles;
  return (code >= 48 && code <= 57) || r.determiners.has(low) || r.definites.has(low) || r.between.has(low) || (r.and.has(low) && afterBetween(view, i, lex));
}

/** Whether a group noun stands bare in a pairing ("between police and protesters"): it names the body then. */
function pairedAfterBetween(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  const low = view.info(i).low;
  return lex.roles.between.has(low) || (lex.roles.and.has(low) && afterBetween(view, i, lex));
}

// How far back "entre"/"between" may open the pairing that a coordinator continues.
const PAIR_REACH = 3;

function afterBetween(view: SentenceView, i: number, lex: EventsLexicon): boolean {
  for (let j = i - 1; j >= Math.max(0, i - PAIR_REACH); j--) if (lex.roles.between.has(view.info(j).low)) return true;
  return false;
}
