import type { Entity, Mention } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import type { Stage } from "../../pipeline/stage.js";
import { clusterNames } from "./cluster-names.js";
import { CITY_CUE, findNames, type NameCandidate, type TypeScores } from "./find-names.js";
import { findInstitutions } from "./find-institutions.js";
import { findRoles } from "./find-roles.js";
import { resolveNominals, type OrgGroup } from "./resolve-nominals.js";
import { resolvePronouns, resolveTitles, resolveTitlesAhead, type EntityDraft } from "./resolve-references.js";
import { isAcronym, isAllUpper, releaseScan, scanDocument, type Scan } from "./scan.js";
import type { Gender } from "./types.js";

export type { EntitiesLexicon, Gender } from "./types.js";
export { entityAt, mentionAt, personBefore, resolveNominal } from "./lookup.js";

/** People, organisations and places, with roles and coreference, from capitalised runs and cue lexicons. */
export const entitiesStage: Stage = {
  name: "entities",
  requires: ["sentences", "tokens"],
  assigns: ["entities"],
  run(doc, ctx) {
    const scan = scanDocument(doc, ctx.locale.entities, ctx.locale.calendar);
    doc.layers.entities = findEntities(scan);
    releaseScan(scan);
  },
};

/** Runs the matchers and refiners of the stage over a scanned document. */
export function findEntities(scan: Scan): Entity[] {
  const cands = findNames(scan);
  // Appended, not merged: acronym links hold indices into the names found before.
  for (const c of findInstitutions(scan)) cands.push(c);
  for (const c of cands) {
    if (c.scores.LOC >= 4 || c.scores.ORG >= 4) continue;
    // "délégué CGT", "élue CFDT": a lone acronym after a title is the body the title belongs to.
    if (c.first === c.last && c.scores.ORG > 0 && isAcronym(scan.tokens[c.first]!.text)) continue;
    for (const role of findRoles(scan, c)) {
      c.roles.push(role.text);
      c.scores.PER += 4;
      c.gender ??= role.gender;
    }
  }
  const drafts: EntityDraft[] = [];
  const orgs: OrgGroup[] = [];
  for (const group of clusterNames(scan, cands)) {
    const members = group.map((i) => cands[i]!);
    const draft = buildEntity(scan, members);
    if (!draft) continue;
    drafts.push(draft);
    if (draft.entity.type === "ORG") orgs.push({ entity: draft.entity, members });
  }
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of cands) {
    starts.add(c.first);
    if (c.titleTokens) starts.add(c.titleTokens[0]);
    ends.add(c.last);
  }
  resolveTitles(scan, drafts, { starts, ends });
  resolveTitlesAhead(scan, drafts, { starts, ends });
  resolveNominals(scan, orgs, { starts, ends });
  resolvePronouns(scan, drafts);
  const entities = drafts.map((d) => d.entity);
  // Sorting allocates even when nothing moves, and most lists are in order already.
  for (const e of entities) if (!inOrder(e.mentions, (m) => m.start)) e.mentions.sort((a, b) => a.start - b.start);
  if (!inOrder(entities, (e) => e.mentions[0]!.start)) entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, n) => (e.id = `e${n + 1}`));
  return entities;
}

// Whether a list is sorted by a key already: sorting it (stably) would then change nothing.
function inOrder<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]!) > key(items[i]!)) return false;
  return true;
}

const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;

function buildEntity(scan: Scan, members: NameCandidate[]): EntityDraft | null {
  let scores: TypeScores = members[0]!.scores;
  let gender: Gender | null = members[0]!.gender;
  if (members.length > 1) {
    scores = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
    // Each spelling counts once, with its best cue per type: a weak cue repeated by every
    // "Clinton" must not outweigh the one first name or title of "Hillary Clinton".
    const byKey = new Map<string, TypeScores>();
    // "Obama" after "Barack Obama": the surname of a person named in full is no town.
    const person = members.some((c) => c.words.length > 1 && c.scores.PER >= 1 && c.scores.PER > Math.max(c.scores.LOC, c.scores.ORG));
    for (const c of members) {
      const own = { ...c.scores };
      if (person && c.city) own.LOC -= CITY_CUE;
      const best = byKey.get(c.key);
      if (!best) byKey.set(c.key, own);
      else for (const t of TYPES) best[t] = Math.max(best[t], own[t]);
      gender ??= c.gender;
    }
    for (const best of byKey.values()) for (const t of TYPES) scores[t] += best[t];
  }
  const type = bestType(scores);
  // A capitalised word with no cue at all (no title, no first name, no gazetteer entry) is left out.
  if (scores[type] <= 0) return null;
  const mentions: Mention[] = [];
  // The distinct spellings, in order of first mention.
  const forms: string[] = [];
  let hasRoles = false;
  for (const c of members) {
    const text = scan.text.slice(c.start, c.end);
    mentions.push({ start: c.start, end: c.end, text, kind: "name" });
    if (!forms.includes(text)) forms.push(text);
    if (c.roles.length > 0) hasRoles = true;
  }
  const name = forms.length === 1 ? forms[0]! : forms.reduce((a, b) => (better(a, b) ? b : a));
  const roles = hasRoles ? dedupeRoles(members.flatMap((c) => c.roles)) : [];
  const strongest = members.length === 1 ? members[0]! : members.reduce((a, b) => (b.scores[type] > a.scores[type] ? b : a));
  const entity: Entity = {
    id: "",
    type,
    name,
    roles,
    aliases: forms.filter((f) => f !== name),
    mentions,
    ruleId: strongest.ruleId,
  };
  return { entity, gender: type === "PER" ? gender : null };
}

// The type with the highest score; on a tie, the first of LOC, ORG, PER, MISC.
function bestType(scores: TypeScores): Entity["type"] {
  let type: Entity["type"] = "LOC";
  if (scores.ORG > scores[type]) type = "ORG";
  if (scores.PER > scores[type]) type = "PER";
  if (scores.MISC > scores[type]) type = "MISC";
  return type;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

// "SPRINGFIELD" in a dateline, "Springfield" in the text: the name is written as running text writes it.
function shouted(s: string): boolean {
  return s.length > 1 && isAllUpper(s) && s !== s.toLowerCase() && /\p{Lu}{3}/u.test(s);
}

function better(a: string, b: string): boolean {
  return shouted(a) !== shouted(b) ? shouted(a) : wordCount(b) > wordCount(a) || (wordCount(b) === wordCount(a) && b.length > a.length);
}

// A role contained in a longer one ("président" in "président de la République") goes.
function dedupeRoles(roles: string[]): string[] {
  const unique = [...new Set(roles)];
  if (unique.length === 1) return unique;
  // Each role normalised once, not once per pair.
  const normal = unique.map((s) => s.toLowerCase().replace(/[’ʼ]/g, "'"));
  // Of two roles spelt alike but for case ("President", "president"), the first stays.
  return unique.filter((_, i) => !unique.some((_, j) => j !== i && (normal[j] === normal[i] ? j < i : normal[j]!.includes(normal[i]!))));
}

/** The annotations layer of a document's entities, for callers that hold only the document. */
export function entitiesOf(doc: VeilleDocument): readonly Entity[] {
  return doc.layers.entities;
}
