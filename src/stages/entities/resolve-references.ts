import type { Entity, Mention } from "../../model/annotations.js";
import { textSpan } from "../../model/span.js";
import { isCapitalised, looksAdjective, wordFilter, lowOf, type Scan } from "./scan.js";
import type { Gender } from "./types.js";
import { DEMONYM, is, ROLE_HEAD, ROLE_MODIFIER } from "./word-classes.js";

/** An entity under construction, with what reference resolution needs. */
export interface EntityDraft {
  entity: Entity;
  gender: Gender | null;
}

/** Token indices where a name starts or ends, to tell "le porte-parole" from "le porte-parole X". */
export interface NameBounds {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

// Roles and country names recur across articles ("président de la République"): their words are kept,
// and the cache is dropped whole when it grows large.
const wordsCache = new Map<string, readonly string[]>();

function wordsOf(s: string): readonly string[] {
  let words = wordsCache.get(s);
  if (words === undefined) {
    if (wordsCache.size > 20_000) wordsCache.clear();
    words = s.toLowerCase().replace(/[’ʼ]/g, "'").split(/[^\p{L}\p{M}'-]+/u).filter(Boolean);
    wordsCache.set(s, words);
  }
  return words;
}

/** Adds the title-only mentions ("le porte-parole", "the president") to the person holding that role. */
export function resolveTitles(scan: Scan, drafts: EntityDraft[], bounds: NameBounds): void {
  const lex = scan.lex;
  if (!drafts.some(isRoleHolder)) return;
  // Built at the first title phrase: many articles have none.
  let holders: Holder[] | null = null;
  const heads = wordFilter(lex.roleHeads);
  for (let h = 1; h < scan.tokens.length; h++) {
    if (!heads.mayHaveToken(scan, h) || !is(scan, h, ROLE_HEAD)) continue;
    const phrase = titlePhrase(scan, h);
    if (!phrase) continue;
    holders ??= drafts.filter(isRoleHolder).map((d) => ({ draft: d, roleWords: expandAbbreviations(lex.roleAbbreviations, d.entity.roles.flatMap(wordsOf)) }));
    const { from, to } = phrase;
    // A title next to a name is that name's role, already recorded.
    if (bounds.starts.has(to + 1) || (scan.tokens[to + 1]?.text === "," && bounds.starts.has(to + 2))) continue;
    const det = from - 1;
    if (bounds.ends.has(det - 2) && scan.tokens[det - 1]?.text === ",") continue;
    if (bounds.ends.has(from - 1) || bounds.starts.has(from)) continue;
    const modifiers: string[] = [];
    for (let k = from; k <= to; k++) {
      const w = lowOf(scan, k)!;
      if (k !== h && !lex.connectors.has(w) && !lex.determiners.has(w)) modifiers.push(w);
    }
    const start = scan.tokens[from]!.start;
    const target = bestHolder(scan, holders, lowOf(scan, h)!, modifiers, start);
    if (target) target.entity.mentions.push({ ...textSpan(scan.text, start, scan.tokens[to]!.end), kind: "title" });
  }
}

/**
 * Gives a title that opens a sentence with no name ("La maire de Saint-Brevin a estimé…") to the person
 * first named at the start of the next one ("Hélène Cazals a assuré…"), as wire copy introduces people.
 */
export function resolveTitlesAhead(scan: Scan, drafts: EntityDraft[], bounds: NameBounds): void {
  const lex = scan.lex;
  const sentences = scan.sentenceTokens;
  let firstNamed: Map<number, EntityDraft> | null = null;
  for (let si = 0; si + 1 < sentences.length; si++) {
    const [from, to] = sentences[si]!;
    // The cheap test first: an article, maybe a modifier, then a title head.
    if (!lex.definiteSingular.has(lowOf(scan, from)!)) continue;
    // "the deputy mayor", "the head of": the last head among the first words ("deputy" and "head" modify too).
    let h = -1;
    for (let k = from + 1; k < to && k - from <= 3 && is(scan, k, ROLE_MODIFIER | ROLE_HEAD); k++) if (is(scan, k, ROLE_HEAD)) h = k;
    if (h < 0) continue;
    const phrase = titlePhrase(scan, h);
    if (!phrase || phrase.from - 1 !== from || bounds.starts.has(phrase.to + 1) || scan.tokens[phrase.to + 1]?.text === ",") continue;
    firstNamed ??= firstMentions(drafts);
    const next = sentences[si + 1]![0];
    const person = firstNamed.get(scan.tokens[next]!.start);
    if (!person || person.entity.roles.length > 0) continue;
    const gender = lex.roleHeads.get(lowOf(scan, h)!) ?? null;
    if (gender !== null && person.gender !== null && gender !== person.gender) continue;
    const last = complementEnd(scan, phrase.to);
    const start = scan.tokens[phrase.from]!.start;
    const end = organisationEnd(drafts, start, scan.tokens[last]!.end);
    person.entity.roles.push(scan.text.slice(start, end));
    person.entity.mentions.unshift({ ...textSpan(scan.text, start, end), kind: "title" });
  }
}

// "directeur de l’usine de Vitré", "head of the union": particles and the nouns they bring, up to the verb.
function complementEnd(scan: Scan, to: number): number {
  const sentence = scan.sentenceOf[to];
  let end = to;
  let k = to + 1;
  while (k - to <= 8 && scan.sentenceOf[k] === sentence) {
    let n = k;
    while (n - k < 2 && (scan.lex.connectors.has(lowOf(scan, n)!) || lowOf(scan, n) === "of" || scan.lex.definiteSingular.has(lowOf(scan, n)!)) && !isCapitalised(scan, n)) n++;
    if (n === k || scan.sentenceOf[n] !== sentence || scan.tokens[n]!.kind !== "word" || scan.lex.phraseBreakers.has(lowOf(scan, n)!)) break;
    if (!isCapitalised(scan, n) && scan.lex.stopwords.has(lowOf(scan, n)!)) break;
    // "of the port authority": a lower-case organisation noun completes the complement.
    if (!isCapitalised(scan, n + 1) && scan.sentenceOf[n + 1] === sentence && scan.lex.orgHeads.has(lowOf(scan, n + 1) ?? "")) n++;
    end = n;
    k = n + 1;
  }
  return end;
}

// The people whose first mention is a name, by where it starts.
function firstMentions(drafts: readonly EntityDraft[]): Map<number, EntityDraft> {
  const out = new Map<number, EntityDraft>();
  for (const d of drafts) {
    const m = d.entity.mentions[0];
    if (d.entity.type === "PER" && m && m.kind === "name") out.set(m.start, d);
  }
  return out;
}

// "président de la Fédération de la boulangerie de Moselle": the title runs to the end of the body it names.
function organisationEnd(drafts: readonly EntityDraft[], start: number, end: number): number {
  let out = end;
  for (const d of drafts) {
    if (d.entity.type !== "ORG") continue;
    for (const m of d.entity.mentions) if (m.start > start && m.start < end && m.end > out) out = m.end;
  }
  return out;
}

function isRoleHolder(d: EntityDraft): boolean {
  return d.entity.type === "PER" && d.entity.roles.length > 0;
}

// "Sen. Lindsey Graham", then "the senator": an abbreviated title also holds the word it abbreviates.
function expandAbbreviations(abbreviations: ReadonlyMap<string, string>, words: readonly string[]): Set<string> {
  const out = new Set(words);
  for (const w of words) {
    const full = abbreviations.get(w);
    if (full) out.add(full);
  }
  return out;
}

function titlePhrase(scan: Scan, h: number): { from: number; to: number } | null {
  const lex = scan.lex;
  if (lex.modifiersPrecedeHead) {
    let k = h - 1;
    while (k >= 0 && h - k <= 4 && !lex.definiteSingular.has(lowOf(scan, k)!) && (is(scan, k, ROLE_MODIFIER) || is(scan, k, DEMONYM) || isCapitalised(scan, k))) k--;
    if (k < 0 || !lex.definiteSingular.has(lowOf(scan, k)!)) return null;
    return { from: k + 1, to: h };
  }
  let d = h - 1;
  while (d >= 0 && is(scan, d, ROLE_MODIFIER)) d--;
  if (d < 0 || !lex.definiteSingular.has(lowOf(scan, d)!)) return null;
  let to = h;
  let k = h + 1;
  while (k < scan.tokens.length && k - h <= 6 && scan.sentenceOf[k] === scan.sentenceOf[h]) {
    const w = lowOf(scan, k)!;
    if (scan.tokens[k]!.kind !== "word") break;
    // "Le chercheur estime que…": a speech verb that happens to end like an adjective ends the title.
    if (/^\p{Ll}/u.test(scan.tokens[k]!.text) && looksAdjective(scan, w) && !lex.phraseBreakers.has(w) && !lex.speechVerbs.has(w)) {
      to = k++;
      continue;
    }
    if (lex.connectors.has(w) && !isCapitalised(scan, k)) {
      let n = k + 1;
      if (lex.connectors.has(lowOf(scan, n) ?? "") && !isCapitalised(scan, n)) n++;
      if (isCapitalised(scan, n)) {
        to = n;
        k = n + 1;
        continue;
      }
    }
    break;
  }
  return { from: d + 1, to };
}

interface Holder {
  draft: EntityDraft;
  roleWords: ReadonlySet<string>;
}

function bestHolder(scan: Scan, holders: readonly Holder[], head: string, modifiers: string[], before: number): EntityDraft | null {
  let best: EntityDraft | null = null;
  let bestAt = -1;
  for (const { draft: d, roleWords } of holders) {
    if (!roleWords.has(head)) continue;
    if (!modifiers.every((m) => roleWords.has(m) || demonymMatches(scan, m, roleWords))) continue;
    const last = lastMentionBefore(d.entity.mentions, before);
    if (last > bestAt) (best = d), (bestAt = last);
  }
  return best;
}

// "le président français" for a role "président de la France": the demonym names the country.
function demonymMatches(scan: Scan, demonym: string, roleWords: ReadonlySet<string>): boolean {
  const code = scan.gaz.demonyms.get(demonym);
  if (!code) return false;
  for (const w of roleWords) if (scan.gaz.demonyms.get(w) === code) return true;
  return (scan.gaz.namesOf.get(code) ?? []).some((n) => wordsOf(n).every((x) => roleWords.has(x)));
}

// Mentions are kept in text order while references are resolved, so a binary search finds the last one before.
function lastMentionBefore(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : mentions[lo - 1]!.start;
}

/** Links "il", "elle", "he", "she" to the one person of that gender mentioned just before, when there is only one. */
export function resolvePronouns(scan: Scan, drafts: EntityDraft[]): void {
  const people: PersonMention[] = [];
  for (const d of drafts) {
    if (d.entity.type !== "PER") continue;
    for (const m of d.entity.mentions) people.push({ start: m.start, end: m.end, draft: d });
  }
  if (people.length === 0) return;
  people.sort((a, b) => a.start - b.start);
  const found: { draft: EntityDraft; mention: Mention }[] = [];
  const pronouns = wordFilter(scan.lex.pronouns);
  for (let i = 0; i < scan.tokens.length; i++) {
    // A pronoun inside quotation marks is the speaker's word: it is ruled out before it is looked up.
    if (!pronouns.mayHaveToken(scan, i) || scan.inQuote[i]) continue;
    const gender = scan.lex.pronouns.get(lowOf(scan, i)!);
    if (gender === undefined || isImpersonal(scan, i)) continue;
    const target = antecedent(scan, people, i, gender);
    const t = scan.tokens[i]!;
    if (target) found.push({ draft: target, mention: { ...textSpan(scan.text, t.start, t.end), kind: "pronoun" } });
  }
  // Added after the scan, so that a linked pronoun never serves as an antecedent itself.
  for (const { draft, mention } of found) draft.entity.mentions.push(mention);
}

interface PersonMention {
  start: number;
  end: number;
  draft: EntityDraft;
}

function antecedent(scan: Scan, people: readonly PersonMention[], i: number, gender: Gender | null): EntityDraft | null {
  const sentence = scan.sentenceOf[i]!;
  const floorSentence = Math.max(0, sentence - 1);
  const floor = scan.tokens[scan.sentenceTokens[floorSentence]?.[0] ?? 0]?.start ?? 0;
  const at = scan.tokens[i]!.start;
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < floor) lo = mid + 1;
    else hi = mid;
  }
  let one: EntityDraft | null = null;
  for (let k = lo; k < people.length && people[k]!.start < at; k++) {
    const d = people[k]!.draft;
    if (people[k]!.end > at || (gender !== null && d.gender !== null && d.gender !== gender)) continue;
    if (one !== null && one !== d) return null;
    one = d;
  }
  return one;
}

function isImpersonal(scan: Scan, i: number): boolean {
  const lex = scan.lex;
  const next = lowOf(scan, i + 1) ?? "";
  if (lex.impersonalAfterPronoun.has(next)) return true;
  if (next === "n'" || next === "n’" || next === "ne") {
    if (lex.impersonalAfterPronoun.has(lowOf(scan, i + 2) ?? "")) return true;
  }
  // "il est trop tôt pour", "il était difficile de": être + adjective + de/que.
  if (/^(?:est|était|sera|serait|fut|a été)$/u.test(next)) {
    for (let k = i + 2; k <= i + 5 && k < scan.tokens.length; k++) {
      if (/^(?:de|d'|que|qu')$/u.test(lowOf(scan, k)!)) return true;
      if (scan.tokens[k]!.kind === "punct") break;
    }
  }
  return false;
}
