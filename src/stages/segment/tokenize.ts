import type { Token } from "../../model/annotations.js";
import type { SegmentLexicon } from "./types.js";

// One pass of a sticky regex: numbers first (so "85 000" and "7,2" stay whole),
// then words (letters, inner hyphens and apostrophes), then any other visible character.
const SPACE = "[ \\u00a0\\u202f]";
const TOKEN = new RegExp(
  [
    `(?<number>\\d{1,3}(?:${SPACE}\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)`,
    `(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\d]|[-‐'’](?=[\\p{L}\\d]))*\\.?)`,
    `(?<punct>\\.{3}|[\\p{P}])`,
    `(?<symbol>\\S)`,
  ].join("|"),
  "gu",
);

const APOSTROPHE = /['’]/;

/**
 * Splits a text into tokens with exact offsets. Elided articles and
 * pronouns ("l’", "qu’") become tokens of their own; compound words with
 * hyphens stay whole; a trailing period stays on a word only when the
 * locale lists it as an abbreviation.
 */
export function tokenize(text: string, lexicon: SegmentLexicon, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    const start = m.index;
    const groups = m.groups!;
    if (groups.number !== undefined) {
      tokens.push({ start, end: start + m[0].length, text: m[0], kind: "number" });
    } else if (groups.word !== undefined) {
      pushWord(tokens, m[0], start, lexicon);
    } else if (groups.punct !== undefined) {
      tokens.push({ start, end: start + m[0].length, text: m[0], kind: "punct" });
    } else {
      tokens.push({ start, end: start + m[0].length, text: m[0], kind: "symbol" });
    }
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number, lexicon: SegmentLexicon): void {
  let body = word;
  let period = false;
  if (body.endsWith(".")) {
    const bare = body.slice(0, -1);
    if (!lexicon.abbreviations.has(bare.toLowerCase()) && !/^\p{Lu}$/u.test(bare)) {
      body = bare;
      period = true;
    }
  }
  let at = start;
  // Peel elisions off the front: "qu’aujourd’hui" → "qu’" + "aujourd’hui".
  for (;;) {
    const apostrophe = body.search(APOSTROPHE);
    if (apostrophe <= 0) break;
    const head = body.slice(0, apostrophe).toLowerCase();
    if (!lexicon.elisions.has(head)) break;
    tokens.push({ start: at, end: at + apostrophe + 1, text: body.slice(0, apostrophe + 1), kind: "word" });
    at += apostrophe + 1;
    body = body.slice(apostrophe + 1);
  }
  if (body.length > 0) tokens.push({ start: at, end: at + body.length, text: body, kind: "word" });
  if (period) tokens.push({ start: at + body.length, end: at + body.length + 1, text: ".", kind: "punct" });
}
