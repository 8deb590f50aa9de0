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

// The fine shape adds the second, third and last-but-one characters (29 bits in all), or -1 as above.
function fineShapeAt(text: string, start: number, end: number): number {
  const n = end - start;
  const second = n > 1 ? text.charCodeAt(start + 1) : 0;
  const third = n > 2 ? text.charCodeAt(start + 2) : 0;
  const beforeLast = n > 1 ? text.charCodeAt(end - 2) : 0;
  if ((second | third | beforeLast) > 0xff) return -1;
  return ((shapeAt(text, start, end) * 32 + (LATIN1_LOWER[second]! & 31)) * 32 + (LATIN1_LOWER[third]! & 31)) * 32 + (LATIN1_LOWER[beforeLast]! & 31);
}

// The fine shapes are kept hashed into a bit set of 2^FINE_BITS bits (8 kB): a collision only
// lets a word through to its look-up, and a bit test costs less than a Set's hashing.
const FINE_BITS = 16;
const FINE_MASK = (1 << FINE_BITS) - 1;

// Where a fine shape falls in the fine bit set: its bits folded (the shape spans 29 bits).
function fineSlot(fine: number): number {
  return (fine ^ (fine >>> FINE_BITS) ^ (fine >>> 7)) & FINE_MASK;
}

/** The shapes of a set of lower-cased words: a bit set of coarse shapes, then one of finer ones (see {@link hasShapeOf}). */
export interface ShapeSet {
  coarse: Uint32Array;
  fine: Uint32Array;
}

/** Builds the shape set of some lower-cased words. */
export function shapeSet(...lists: Iterable<string>[]): ShapeSet {
  const coarse = new Uint32Array((1 << SHAPE_BITS) >>> 5);
  const fine = new Uint32Array((1 << FINE_BITS) >>> 5);
  for (const list of lists) {
    for (const low of list) {
      const shape = shapeAt(low, 0, low.length);
      if (shape >= 0) coarse[shape >>> 5]! |= 1 << (shape & 31);
      // A word with a character outside Latin-1 where the shape reads has no fine shape: hasShapeAt lets all such words through.
      const f = fineShapeAt(low, 0, low.length);
      if (f >= 0) fine[fineSlot(f) >>> 5]! |= 1 << (fineSlot(f) & 31);
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
  // shapeAt and fineShapeAt, computed once here: this runs for every word of a document.
  const n = end - start;
  if (n <= 0) return true;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if ((first | last) > 0xff) return true;
  const shape = ((n > 15 ? 15 : n) << 10) | ((LATIN1_LOWER[first]! & 31) << 5) | (LATIN1_LOWER[last]! & 31);
  if ((shapes.coarse[shape >>> 5]! & (1 << (shape & 31))) === 0) return false;
  const second = n > 1 ? text.charCodeAt(start + 1) : 0;
  const third = n > 2 ? text.charCodeAt(start + 2) : 0;
  const beforeLast = n > 1 ? text.charCodeAt(end - 2) : 0;
  if ((second | third | beforeLast) > 0xff) return true;
  const slot = fineSlot(((shape * 32 + (LATIN1_LOWER[second]! & 31)) * 32 + (LATIN1_LOWER[third]! & 31)) * 32 + (LATIN1_LOWER[beforeLast]! & 31));
  return (shapes.fine[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}
