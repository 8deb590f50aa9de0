import type { Token } from "../../model/annotations.js";
import { CHAR_CLASS, LETTER, MARK, PUNCT, SPACE, UPPER } from "./char-classes.js";
import type { SegmentLexicon } from "./types.js";

// One pass over the characters: numbers first (so "85 000" and "7,2" stay whole),
// then words (letters, inner hyphens and apostrophes), then any other visible character.
// A hand scanner rather than one regex: a match object per token was most of the cost.

/**
 * Splits a text into tokens with exact offsets. Elided articles and
 * pronouns ("l’", "qu’") become tokens of their own; compound words with
 * hyphens stay whole; a trailing period stays on a word only when the
 * locale lists it as an abbreviation.
 */
export function tokenize(text: string, lexicon: SegmentLexicon, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = offset;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classAt(text, i, c);
    if (cls & SPACE) {
      i++;
      continue;
    }
    if (i >= end) break;
    const start = i;
    if (isDigit(c)) {
      i = numberEnd(text, i);
      tokens.push({ start, end: i, text: text.slice(start, i), kind: "number" });
    } else if (cls & (LETTER | MARK)) {
      let apostrophe = false;
      i += width(c);
      for (;;) {
        const d = text.charCodeAt(i);
        if (i < n && (isDigit(d) || classAt(text, i, d) & (LETTER | MARK))) i += width(d);
        else if (i + 1 < n && isJoiner(d) && (isDigit(text.charCodeAt(i + 1)) || classAt(text, i + 1, text.charCodeAt(i + 1)) & LETTER)) {
          if (d !== 0x2d && d !== 0x2010) apostrophe = true;
          i += 1 + width(text.charCodeAt(i + 1));
        } else break;
      }
      const period = text.charCodeAt(i) === 0x2e;
      if (period) i++;
      pushWord(tokens, text, start, i, period, apostrophe, lexicon);
    } else if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
      i += 3;
      tokens.push({ start, end: i, text: "...", kind: "punct" });
    } else if (cls & PUNCT) {
      i++;
      tokens.push({ start, end: i, text: text[start]!, kind: "punct" });
    } else {
      // A surrogate pair is one symbol: an emoji stays whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      tokens.push({ start, end: i, text: text.slice(start, i), kind: "symbol" });
    }
  }
  return tokens;
}

const ASTRAL_LETTER = /\p{L}/uy;
const ASTRAL_MARK = /\p{M}/uy;

// The class bits at `i`; letters and marks outside the BMP (a surrogate pair) are looked up by regex, being rare.
function classAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff) return CHAR_CLASS[c] ?? 0;
  ASTRAL_LETTER.lastIndex = i;
  if (ASTRAL_LETTER.test(text)) return LETTER;
  ASTRAL_MARK.lastIndex = i;
  return ASTRAL_MARK.test(text) ? MARK : 0;
}

function width(c: number): number {
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Hyphens and apostrophes that join two parts of one word: "Saint-Denis", "aujourd’hui".
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x27 || c === 0x2019;
}

function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f;
}

function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * End of the number at `i`: digits grouped by thousands with a space ("85 000", "1 234,5"),
 * else digits with inner periods and commas ("7,2", "3.5", "1.234.567").
 */
function numberEnd(text: string, i: number): number {
  const run = digitsEnd(text, i);
  if (run - i <= 3) {
    // Groups of a space and exactly three digits; the last one kept must not run on into more digits.
    let end = run;
    let best = -1;
    while (isGroupSpace(text.charCodeAt(end)) && digitsEnd(text, end + 1) - (end + 1) >= 3) {
      end += 4;
      if (!isDigit(text.charCodeAt(end))) best = end;
    }
    if (best >= 0) {
      const sep = text.charCodeAt(best);
      if ((sep === 0x2e || sep === 0x2c) && isDigit(text.charCodeAt(best + 1))) return digitsEnd(text, best + 1);
      return best;
    }
  }
  let end = run;
  for (;;) {
    const sep = text.charCodeAt(end);
    if ((sep === 0x2e || sep === 0x2c) && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
    else return end;
  }
}

function pushWord(tokens: Token[], text: string, start: number, end: number, period: boolean, apostrophe: boolean, lexicon: SegmentLexicon): void {
  let bodyEnd = end;
  let split = false;
  if (period) {
    const bare = text.slice(start, end - 1);
    if (!lexicon.abbreviations.has(bare.toLowerCase()) && !isSingleCapital(bare)) {
      bodyEnd = end - 1;
      split = true;
    }
  }
  let at = start;
  // Peel elisions off the front: "qu’aujourd’hui" → "qu’" + "aujourd’hui".
  while (apostrophe) {
    let apos = -1;
    for (let k = at; k < bodyEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x27 || c === 0x2019) {
        apos = k;
        break;
      }
    }
    if (apos <= at) break;
    if (!lexicon.elisions.has(text.slice(at, apos).toLowerCase())) break;
    tokens.push({ start: at, end: apos + 1, text: text.slice(at, apos + 1), kind: "word" });
    at = apos + 1;
  }
  if (bodyEnd > at) tokens.push({ start: at, end: bodyEnd, text: text.slice(at, bodyEnd), kind: "word" });
  if (split) tokens.push({ start: bodyEnd, end: bodyEnd + 1, text: ".", kind: "punct" });
}

function isSingleCapital(s: string): boolean {
  if (s.length === 1) return (CHAR_CLASS[s.charCodeAt(0)]! & UPPER) !== 0;
  return s.length === 2 && /^\p{Lu}$/u.test(s);
}
