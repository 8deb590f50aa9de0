import type { Entity, Mention } from "../../model/annotations.js";
import { textSpan } from "../../model/span.js";
import type { NameCandidate } from "./find-names.js";
import type { NameBounds } from "./resolve-references.js";
import { looksAdjective, wordFilter, lowOf, type Scan } from "./scan.js";
import { CONNECTOR, is, ORG_CONNECTOR, PHRASE_BREAKER } from "./word-classes.js";

/** An organisation and the name candidates it was built from. */
export interface OrgGroup {
  entity: Entity;
  members: readonly NameCandidate[];
}

// A nominal this far (in characters) after the last naming is too far to trust.
const MAX_DISTANCE = 3000;
const DEMONSTRATIVES = new Set(["ce", "cet", "cette", "this"]);

/**
 * Adds "le syndicat", "la centrale syndicale", "the company" as nominal mentions of the organisation
 * last named before them whose own name or cue word denotes the same kind of body.
 */
export function resolveNominals(scan: Scan, groups: readonly OrgGroup[], bounds: NameBounds): void {
  const heads = scan.lex.nominalHeads;
  if (heads.size === 0) return;
  const kinds = groups.map((g) => kindsOf(scan, g.members));
  if (!kinds.some((k) => k.size > 0)) return;
  const found: { entity: Entity; mention: Mention }[] = [];
  const n = scan.tokens.length;
  const definite = wordFilter(scan.lex.definiteSingular);
  const demonstrative = wordFilter(DEMONSTRATIVES);
  for (let i = 0; i + 1 < n; i++) {
    const det = lowOf(scan, i)!;
    if (!definite.mayHaveToken(scan, i) && !demonstrative.mayHaveToken(scan, i)) continue;
    if (!scan.lex.definiteSingular.has(det) && !DEMONSTRATIVES.has(det)) continue;
    const h = i + 1;
    if (scan.cap[h] && !scan.opens[i]) continue;
    // "la centrale syndicale" before "la centrale": the longest head wins.
    let last = h;
    let kind = h + 1 < n && scan.tokens[h + 1]!.kind === "word" ? heads.get(`${lowOf(scan, h)} ${lowOf(scan, h + 1)}`) : undefined;
    if (kind !== undefined) last = h + 1;
    else kind = heads.get(lowOf(scan, h)!);
    if (kind === undefined) continue;
    // "le syndicat SUD-PTT" names it; "le syndicat des pilotes", "the company's" say more than a back-reference.
    const after = last + 1;
    if (bounds.starts.has(h) || bounds.starts.has(after) || (after < n && (scan.cap[after] || is(scan, after, CONNECTOR) || is(scan, after, ORG_CONNECTOR)))) continue;
    if (after < n && /^['’]s?$/u.test(scan.tokens[after]!.text)) continue;
    const start = scan.tokens[i]!.start;
    const end = scan.tokens[last]!.end;
    const target = lastNamed(groups, kinds, kind, start);
    if (target) found.push({ entity: target, mention: { ...textSpan(scan.text, start, end), kind: "nominal" } });
  }
  // Added after the scan, so that a nominal never serves as an antecedent itself.
  for (const { entity, mention } of found) entity.mentions.push(mention);
}

// The kinds of body a group's names denote: a head noun inside the name ("Syndicat national…", "Democratic Party"),
// the cue noun before a mention ("le syndicat SUD-PTT"), a company suffix ("Acme Inc.").
function kindsOf(scan: Scan, members: readonly NameCandidate[]): Set<string> {
  const heads = scan.lex.nominalHeads;
  const kinds = new Set<string>();
  for (const c of members) {
    for (const w of c.words) {
      const k = heads.get(w);
      if (k) kinds.add(k);
    }
    const before = c.first - 1;
    if (before >= 0 && !scan.cap[before]) {
      const k = heads.get(lowOf(scan, before)!) ?? (before >= 1 ? heads.get(`${lowOf(scan, before - 1)} ${lowOf(scan, before)}`) : undefined);
      if (k) kinds.add(k);
      else if (before >= 1 && !scan.cap[before - 1] && !is(scan, before, PHRASE_BREAKER) && looksAdjective(scan, lowOf(scan, before)!)) {
        // "la centrale syndicale CGT": an adjective between the cue and the name.
        const k2 = heads.get(lowOf(scan, before - 1)!);
        if (k2) kinds.add(k2);
      }
    }
    const lastWord = c.words[c.words.length - 1]!.replace(/\.$/u, "");
    if (c.words.length > 1 && scan.lex.orgSuffixes.has(lastWord)) kinds.add("company");
  }
  return kinds;
}

function lastNamed(groups: readonly OrgGroup[], kinds: readonly Set<string>[], kind: string, before: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  groups.forEach((g, gi) => {
    if (!kinds[gi]!.has(kind)) return;
    for (const m of g.entity.mentions) {
      if (m.kind !== "name" || m.end > before) continue;
      if (m.start > bestAt) (best = g.entity), (bestAt = m.start);
    }
  });
  return best !== null && before - bestAt <= MAX_DISTANCE ? best : null;
}
