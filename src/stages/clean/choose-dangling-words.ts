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
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    const word = m[0].toLowerCase().replace("’", "'");
    for (let i = 0; i < sets.length; i++) if (sets[i]!.has(word)) hits[i]!++;
  }
  let best = 0;
  for (let i = 1; i < sets.length; i++) if (hits[i]! > hits[best]!) best = i;
  return sets[best]!;
}
