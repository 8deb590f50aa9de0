// Word shapes: a cheap, exact-when-negative test of whether a token may be one of a set of
// words, read from a few characters without lower-casing or hashing the token.

// Lower case of each Latin-1 character, which stays in Latin-1: what lowerSameLength makes of it.
const LATIN1_LOWER = Uint8Array.from({ length: 256 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
// A coarse shape packs the length (up to 15) and two characters folded to five bits: 2^14 bits, 2 kB,
// small enough to stay in cache while the other stages run.
const SHAPE_BITS = 14;

// A word's coarse shape: its length and its first and last characters lower-cased and folded,
// or -1 when one of them lies outside Latin-1 (lower-casing it there is not a table look-up).
function shapeAt(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return -1;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if ((first | last) > 0xff) return -1;
  return ((n > 15 ? 15 : n) << 10) | ((LATIN1_LOWER[first]! & 31) << 5) | (LATIN1_LOWER[last]! & 31);
}

// The fine shape adds the second, third and last-but-one characters (a small integer, for a Set), or -1 as above.
function fineShapeAt(text: string, start: number, end: number): number {
  const n = end - start;
  const second = n > 1 ? text.charCodeAt(start + 1) : 0;
  const third = n > 2 ? text.charCodeAt(start + 2) : 0;
  const beforeLast = n > 1 ? text.charCodeAt(end - 2) : 0;
  if ((second | third | beforeLast) > 0xff) return -1;
  return ((shapeAt(text, start, end) * 32 + (LATIN1_LOWER[second]! & 31)) * 32 + (LATIN1_LOWER[third]! & 31)) * 32 + (LATIN1_LOWER[beforeLast]! & 31);
}

/** The shapes of a set of lower-cased words: a bit set of coarse shapes, then a set of finer ones (see {@link hasShapeOf}). */
export interface ShapeSet {
  coarse: Uint32Array;
  fine: Set<number>;
}

/** Builds the shape set of some lower-cased words. */
export function shapeSet(...lists: Iterable<string>[]): ShapeSet {
  const coarse = new Uint32Array((1 << SHAPE_BITS) >>> 5);
  const fine = new Set<number>();
  for (const list of lists) {
    for (const low of list) {
      const shape = shapeAt(low, 0, low.length);
      if (shape >= 0) coarse[shape >>> 5]! |= 1 << (shape & 31);
      fine.add(fineShapeAt(low, 0, low.length));
    }
  }
  return { coarse, fine };
}

/**
 * Whether a word as written may lower-case to one of the set's words, by its
 * shape (length and a few letters at both ends) alone, without a look-up.
 * False is certain; true says to look the word up.
 */
export function hasShapeOf(shapes: ShapeSet, text: string): boolean {
  return hasShapeAt(shapes, text, 0, text.length);
}

/** {@link hasShapeOf} for the word text.slice(start, end), read in place: no string is touched but the text. */
export function hasShapeAt(shapes: ShapeSet, text: string, start: number, end: number): boolean {
  const shape = shapeAt(text, start, end);
  if (shape >= 0 && (shapes.coarse[shape >>> 5]! & (1 << (shape & 31))) === 0) return false;
  const fine = shape < 0 ? -1 : fineShapeAt(text, start, end);
  return fine < 0 || shapes.fine.has(fine);
}
