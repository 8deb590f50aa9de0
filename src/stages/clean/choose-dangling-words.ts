/** How much of the text the vote reads: enough to tell French from English. */
const SAMPLE_CHARS = 20_000;
const WORD = /\p{L}+['’]?/gu;

/**
 * Picks the dangling-word set of the language the text is mostly written in,
 * by counting how many of the text's words each set holds. The language is
 * not known yet when cleaning runs, and the sets disagree ("an" is a year in
 * French, "or" is gold), so they are not merged.
 */
export function chooseDanglingWords(text: string, sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  if (sets.length <= 1) return sets[0] ?? new Set();
  const hits = sets.map(() => 0);
  const longest = longestWord(sets);
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    // Most words are longer than any dangling word: no need to lower-case them.
    if (m[0].length > longest) continue;
    const word = m[0].toLowerCase().replace("’", "'");
    for (let i = 0; i < sets.length; i++) if (sets[i]!.has(word)) hits[i]!++;
  }
  let best = 0;
  for (let i = 1; i < sets.length; i++) if (hits[i]! > hits[best]!) best = i;
  return sets[best]!;
}

const longestOf = new WeakMap<ReadonlySet<string>, number>();

function longestWord(sets: readonly ReadonlySet<string>[]): number {
  let longest = 0;
  for (const set of sets) {
    let n = longestOf.get(set);
    if (n === undefined) {
      n = 0;
      for (const w of set) n = Math.max(n, w.length);
      longestOf.set(set, n);
    }
    longest = Math.max(longest, n);
  }
  return longest;
}

/**
 * Whether `word` (lower-cased, ’ as ') is a dangling word of the text's
 * language, voting on the language only when the sets disagree on it.
 */
export function isDanglingWord(word: string, sets: readonly ReadonlySet<string>[], chosen: () => ReadonlySet<string>): boolean {
  let inAll = true;
  let inAny = false;
  for (const set of sets) {
    if (set.has(word)) inAny = true;
    else inAll = false;
  }
  if (!inAny) return false;
  return inAll || chosen().has(word);
}
