// Controls that separate lines become line breaks, so that dropping them never glues two words.
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028]/g;
// Invisible characters that split words for every matcher downstream: soft hyphen,
// zero-width space/joiners, word joiner, BOM, and C0/C1 controls other than \n and \t.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/g;
// Anything either replacement above (or the paragraph separator) would touch: most texts have none, and one search says so.
const ANY_JUNK = /[\r\u000B\u000C\u0085\u2028\u2029\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/;

/**
 * Normalises line endings to \n, drops invisible junk and trailing spaces.
 * Typography (« », ’, no-break spaces, dashes) is left exactly as written.
 */
export function normalizeCharacters(raw: string): string {
  const text = ANY_JUNK.test(raw) ? raw.replace(LINE_BREAKS, "\n").replace(/\u2029/g, "\n\n").replace(INVISIBLE, "") : raw;
  return trimLineEnds(text);
}

// Horizontal space at a line end carries nothing; no-break spaces inside a line are typography and stay.
function isTrailingSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

// A scan from line end to line end rather than a regex, which would try every space of the text as a line end.
function trimLineEnds(text: string): string {
  let out = "";
  let from = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let end = lineEnd;
    while (end > lineStart && isTrailingSpace(text.charCodeAt(end - 1))) end--;
    if (end < lineEnd) {
      out += text.slice(from, end);
      from = lineEnd;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
