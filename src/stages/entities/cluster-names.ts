import { FIRST_NAMES } from "./first-names.js";
import type { NameCandidate } from "./find-names.js";
import { isAcronym, looksAdjective, type Scan } from "./scan.js";

/** A spelling key that forgets accents and the usual transliteration variants (y/i/j, doubled letters). */
export function translitKey(word: string): string {
  let key = translitCache.get(word);
  if (key === undefined) {
    // Names recur across articles; the cache is dropped whole when it grows large.
    if (translitCache.size > 50_000) translitCache.clear();
    key = computeTranslitKey(word);
    translitCache.set(word, key);
  }
  return key;
}

const translitCache = new Map<string, string>();

function computeTranslitKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’\-.]/g, "")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1");
}

function strongPlaceOrOrg(c: NameCandidate): boolean {
  return c.scores.LOC >= 4 || c.scores.ORG >= 4;
}

function personLike(c: NameCandidate): boolean {
  return !strongPlaceOrOrg(c) || c.scores.PER > Math.max(c.scores.ORG, c.scores.LOC);
}

// The words but the connectors; most names have none, and share their word list (it is only read).
function nameWords(scan: Scan, c: NameCandidate): readonly string[] {
  const connectors = scan.lex.connectors;
  return c.words.some((w) => connectors.has(w)) ? c.words.filter((w) => !connectors.has(w)) : c.words;
}

// "Ferlac de Vierzon", "Crédit agricole de Bretagne": a known town after the particle, with no first name
// at the head, is a seat that the text names on its own too, not a surname ("Kito de Pavant" keeps his).
function seatAfterParticle(scan: Scan, c: NameCandidate): boolean {
  const n = c.words.length;
  if (n < 3 || !PARTICLES.has(c.words[n - 2]!) || FIRST_NAMES.has(c.words[0]!)) return false;
  const seat = c.words[n - 1]!;
  return scan.gaz.cities.has(seat) || scan.gaz.knownPlaces.has(seat);
}

const PARTICLES = new Set(["de", "du", "des", "d'", "of"]);

/** Groups the name candidates that refer to one referent: same name, surname of a full name, spelling variants, acronyms. */
export function clusterNames(scan: Scan, cands: readonly NameCandidate[]): number[][] {
  const parent = cands.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const forDistinct = (fn: (c: NameCandidate, i: number) => void): void => {
    for (const i of distinct) fn(cands[i]!, i);
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byKey = new Map<string, number>();
  // Candidates with a name already seen are joined to its first occurrence; the rules below
  // then compare distinct names only, which keeps them linear in practice on long texts.
  const distinct: number[] = [];
  cands.forEach((c, i) => {
    const seen = byKey.get(c.key);
    if (seen === undefined) (byKey.set(c.key, i), distinct.push(i));
    else union(seen, i);
    if (c.aliasOf !== null) union(c.aliasOf, i);
  });

  // The name words of each distinct candidate, asked for by three rules below.
  const words: (readonly string[] | undefined)[] = new Array(cands.length);
  const nameWordsOf = (c: NameCandidate, i: number): readonly string[] => (words[i] ??= nameWords(scan, c));

  // "Wikimédia France" and "Wikimedia France": one name spelt with and without accents.
  const bySpelling = new Map<string, number>();
  forDistinct((c, i) => {
    if (c.words.length < 2) return;
    const k = c.words.map(translitKey).join(" ");
    const other = bySpelling.get(k);
    if (other === undefined) bySpelling.set(k, i);
    else union(other, i);
  });

  // Full personal names, by the spelling key of their last word.
  const bySurname = new Map<string, number[]>();
  forDistinct((c, i) => {
    const w = nameWordsOf(c, i);
    if (w.length < 2 || !personLike(c) || c.scores.ORG >= 4 || seatAfterParticle(scan, c)) return;
    const k = translitKey(w[w.length - 1]!);
    const list = bySurname.get(k) ?? [];
    list.push(i);
    bySurname.set(k, list);
  });
  // "Hillary" after "Hillary Clinton": a known first name alone refers to the one full name it starts.
  const byGiven = new Map<string, number[]>();
  forDistinct((c, i) => {
    const w = nameWordsOf(c, i);
    if (w.length < 2 || !FIRST_NAMES.has(w[0]!) || c.scores.PER <= Math.max(c.scores.ORG, c.scores.LOC)) return;
    const k = translitKey(w[0]!);
    const list = byGiven.get(k) ?? [];
    if (!list.some((j) => cands[j]!.key === c.key)) list.push(i);
    byGiven.set(k, list);
  });
  for (const [k, list] of byGiven) if (new Set(list.map((j) => cands[j]!.key)).size > 1) byGiven.delete(k);
  // "Ferlac" after "Ferlac de Vierzon": the brand alone names the body its seat qualifies.
  const byBrand = new Map<string, number[]>();
  forDistinct((c, i) => {
    if (!seatAfterParticle(scan, c) || c.words.length !== 3 || scan.lex.orgHeads.has(c.words[0]!) || scan.lex.stopwords.has(c.words[0]!)) return;
    const k = translitKey(c.words[0]!);
    const list = byBrand.get(k) ?? [];
    list.push(i);
    byBrand.set(k, list);
  });
  const singles = new Map<string, number>();
  forDistinct((c, i) => {
    const w = nameWordsOf(c, i);
    if (w.length === 1) {
      if (isAcronym(scan.tokens[c.first]!.text) || (strongPlaceOrOrg(c) && c.scores.PER === 0)) return;
      const k = translitKey(w[0]!);
      const full = bySurname.get(k) ?? byGiven.get(k) ?? byBrand.get(k);
      if (full) union(nearest(cands, full, c), i);
      const other = singles.get(k);
      if (other !== undefined) union(other, i);
      else singles.set(k, i);
      return;
    }
    // "Mykhailo Fedorov" and "Mykhaylo Fedorov": same surname key, close first names.
    const full = bySurname.get(translitKey(w[w.length - 1]!));
    if (!full) return;
    for (const j of full) {
      if (j === i) continue;
      const wj = nameWordsOf(cands[j]!, j);
      if (similarGiven(w[0]!, wj[0]!)) union(j, i);
    }
  });

  // "Conseil de sécurité" then "Conseil de sécurité russe": the longer one adds only adjectives.
  forDistinct((c, i) => {
    if (c.scores.ORG < 4 || c.words.length < 3) return;
    for (let cut = c.words.length - 1; cut >= 2; cut--) {
      const tail = c.words.slice(cut);
      if (!tail.every((w) => looksAdjective(scan, w))) break;
      const shorter = byKey.get(c.words.slice(0, cut).join(" "));
      if (shorter !== undefined && cands[shorter]!.scores.ORG >= 4) union(shorter, i);
    }
  });

  const groups = new Map<number, number[]>();
  cands.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  return [...groups.values()];
}

function nearest(cands: readonly NameCandidate[], options: number[], c: NameCandidate): number {
  let best = options[0]!;
  let bestDistance = Infinity;
  for (const j of options) {
    const o = cands[j]!;
    // A full name stated before the short form is the better antecedent.
    const d = o.start <= c.start ? c.start - o.start : (o.start - c.start) * 4;
    if (d < bestDistance) (best = j), (bestDistance = d);
  }
  return best;
}

function similarGiven(a: string, b: string): boolean {
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka === kb) return true;
  if (ka[0] !== kb[0]) return false;
  // Initials ("V.") match any given name with that letter.
  if (ka.length === 1 || kb.length === 1) return true;
  return editDistance(ka, kb) <= 2 && Math.min(ka.length, kb.length) >= 4;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
