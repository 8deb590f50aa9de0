// Controls that separate lines become line breaks, so that dropping them never glues two words.
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028]/g;
// Invisible characters that split words for every matcher downstream: soft hyphen,
// zero-width space/joiners, word joiner, BOM, and C0/C1 controls other than \n and \t.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/g;
// Horizontal space at a line end carries nothing; no-break spaces inside a line are typography and stay.
const TRAILING_SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+$/gm;

/**
 * Normalises line endings to \n, drops invisible junk and trailing spaces.
 * Typography (« », ’, no-break spaces, dashes) is left exactly as written.
 */
export function normalizeCharacters(raw: string): string {
  return raw
    .replace(LINE_BREAKS, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(INVISIBLE, "")
    .replace(TRAILING_SPACE, "");
}
