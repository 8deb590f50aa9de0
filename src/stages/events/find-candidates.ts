import type { Entity } from "../../model/annotations.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { SentenceView } from "./sentence-view.js";
import type { EventsLexicon } from "./types.js";
import { candidateShapesOf, demonymCode, upperAt, wordFacts } from "./word-info.js";
import { hasShapeOf } from "./word-shapes.js";

/** Something in a sentence that can fill a participant slot. */
export interface Candidate {
  /** Word indices in the sentence. */
  from: number;
  to: number;
  name: string;
  entity: string | null;
  /** Entity type when known; demonyms stand for their country (LOC). */
  type: Entity["type"] | null;
  kind: "entity" | "name" | "demonym" | "pronoun";
}

/** Where entity mentions start, by character offset, built once per document. */
export type MentionIndex = Map<number, { end: number; entity: Entity }>;

/** Indexes every entity mention by its start offset. */
export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const prev = index.get(m.start);
      if (!prev || prev.end < m.end) index.set(m.start, { end: m.end, entity });
    }
  }
  return index;
}

const byName = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** Finds the entity whose name or alias is this name, if any (indexed once per entity list). */
export function entityNamed(entities: readonly Entity[], name: string): Entity | null {
  let index = byName.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), e);
    byName.set(entities, index);
  }
  return index.get(name.toLowerCase()) ?? null;
}


/**
 * Finds a sentence's candidates: entity mentions first, then, where no mention
 * covers them, runs of capitalised words, demonyms (standing for their country)
 * and subject pronouns (resolved later).
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
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const mention = mentions.get(w.start);
    if (mention) {
      let j = i;
      while (j < words.length && words[j]!.end <= mention.end) j++;
      const e = mention.entity;
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
    if (facts.startsName) {
      let j = i + 1;
      while (j < words.length && words[j]!.kind === "word" && upperAt(words[j]!.text, 0) && !mentions.has(words[j]!.start)) j++;
      const name = words.slice(i, j).map((x) => x.text).join(" ");
      const e = entityNamed(entities, name);
      const code = gazetteer?.countries.get(name.toLowerCase());
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

function dropTitleModifiers(candidates: Candidate[], view: SentenceView, lex: EventsLexicon): Candidate[] {
  return candidates.filter((c, k) => {
    if (isStrong(c) || c.kind === "pronoun") return true;
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
