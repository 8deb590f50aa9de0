/**
 * A fixed list of lower-case words and their indexes, in an open-addressing
 * table keyed by a hash of the word's characters. The token reader
 * computes that hash while it reads each token's characters anyway, so a
 * token that is no listed word costs one or two reads of a small array
 * (16-bit marks), not a string hash and a Map probe.
 */
export interface WordIndex {
  /** Per slot: 0 when empty, else the high bits of the hash of the word there (never 0). */
  marks: Uint16Array;
  /** Per slot: the word there and its index in the list. */
  words: string[];
  ids: Int32Array;
  mask: number;
}

/** The hash of the empty word; each character then goes through `hashStep`. */
export const HASH_START = 0x811c9dc5 | 0;

/** The hash of a word one character longer (FNV-1a over UTF-16 code units). */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** The hash of a whole word, the same as `hashStep` over its characters. */
export function hashOf(w: string): number {
  let h = HASH_START;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
}

// FNV's low bits mix less than its high ones: fold them together for the slot, and keep the high ones as the mark.
const slotOf = (h: number, mask: number): number => (h ^ (h >>> 15)) & mask;
const markOf = (h: number): number => (h >>> 16) | 1;

/** Indexes a list of words (a word listed twice keeps its last index; the empty word is never found). */
export function wordIndex(words: readonly string[]): WordIndex {
  // At most half full: a word that is not listed meets an empty slot within a read or two, in one cache line.
  let size = 64;
  while (size < words.length * 2) size *= 2;
  const out: WordIndex = { marks: new Uint16Array(size), words: new Array<string>(size).fill(""), ids: new Int32Array(size), mask: size - 1 };
  words.forEach((w, i) => {
    if (w.length === 0) return;
    const h = hashOf(w);
    const mark = markOf(h);
    let slot = slotOf(h, out.mask);
    while (out.marks[slot] !== 0 && out.words[slot] !== w) slot = (slot + 1) & out.mask;
    out.marks[slot] = mark;
    out.words[slot] = w;
    out.ids[slot] = i;
  });
  return out;
}

/** The index of a word in the list, or -1. */
export function indexOfWord(words: WordIndex, w: string): number {
  return w.length === 0 ? -1 : indexOfHashed(words, w, hashOf(w));
}

/** The same, for a non-empty word whose hash is known (computed while its characters were read). */
export function indexOfHashed(words: WordIndex, w: string, h: number): number {
  const { marks, mask } = words;
  const mark = markOf(h);
  for (let slot = slotOf(h, mask); ; slot = (slot + 1) & mask) {
    const m = marks[slot]!;
    if (m === 0) return -1;
    if (m === mark && words.words[slot] === w) return words.ids[slot]!;
  }
}
