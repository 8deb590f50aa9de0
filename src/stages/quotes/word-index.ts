/**
 * A fixed list of lower-case words and their indexes, behind two bitmaps of
 * the (first two letters, length) and (last two letters, length) the words
 * have. Every token of a document is looked up in a few such lists: most
 * fail a bitmap after four character reads, before a Map would hash them.
 */
export interface WordIndex {
  index: Map<string, number>;
  heads: Uint8Array;
  tails: Uint8Array;
}

/** The (first two letters, length) key of the word `src.slice(start, end)`. */
export const headKeyAt = (src: string, start: number, end: number): number =>
  ((src.charCodeAt(start) * 31 + (end - start > 1 ? src.charCodeAt(start + 1) : 0)) * 31 + (end - start)) & 0xffff;
/** The (last two letters, length) key of the word `src.slice(start, end)`. */
export const tailKeyAt = (src: string, start: number, end: number): number =>
  ((src.charCodeAt(end - 1) * 31 + (end - start > 1 ? src.charCodeAt(end - 2) : 0)) * 31 + (end - start)) & 0xffff;
const headKey = (w: string): number => headKeyAt(w, 0, w.length);
const tailKey = (w: string): number => tailKeyAt(w, 0, w.length);

/** Indexes a list of words (a word listed twice keeps its last index; the empty word is never found). */
export function wordIndex(words: readonly string[]): WordIndex {
  const out: WordIndex = { index: new Map(), heads: new Uint8Array(0x10000), tails: new Uint8Array(0x10000) };
  words.forEach((w, i) => {
    if (w.length === 0) return;
    out.index.set(w, i);
    out.heads[headKey(w)] = 1;
    out.tails[tailKey(w)] = 1;
  });
  return out;
}

/** The index of a word in the list, or -1. */
export function indexOfWord(words: WordIndex, w: string): number {
  if (w.length === 0 || words.heads[headKey(w)] === 0 || words.tails[tailKey(w)] === 0) return -1;
  return words.index.get(w) ?? -1;
}

/** The same, for a word whose two keys are known (read off the document's text, which is cheaper than off the word). */
export function indexOfKeyed(words: WordIndex, w: string, head: number, tail: number): number {
  if (w.length === 0 || words.heads[head] === 0 || words.tails[tail] === 0) return -1;
  return words.index.get(w) ?? -1;
}
