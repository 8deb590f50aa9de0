/** Bits of {@link CHAR_CLASS}. */
export const LETTER = 1;
export const MARK = 2;
export const PUNCT = 4;
export const SPACE = 8;
export const UPPER = 16;
export const NUMBER = 32;

/**
 * The class bits of every BMP code unit, read by the tokenizer one character
 * at a time (no regex match, no string per character). Surrogates have none:
 * the tokenizer keeps a pair whole as a symbol.
 */
export const CHAR_CLASS: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  let all = "";
  for (let c = 0; c < 0x10000; c++) all += c >= 0xd800 && c <= 0xdfff ? "\u0000" : String.fromCharCode(c);
  const mark = (pattern: RegExp, bit: number) => {
    for (const m of all.matchAll(pattern)) for (let i = m.index; i < m.index + m[0].length; i++) table[i]! |= bit;
  };
  mark(/\p{L}+/gu, LETTER);
  mark(/\p{M}+/gu, MARK);
  mark(/\p{P}+/gu, PUNCT);
  mark(/\s+/gu, SPACE);
  mark(/\p{Lu}+/gu, UPPER);
  mark(/\p{N}+/gu, NUMBER);
  return table;
}
