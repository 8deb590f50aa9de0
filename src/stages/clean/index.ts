import type { CleanLexicon } from "./types.js";
import { compileLexicons } from "./compile-lexicons.js";
import { normalizeCharacters } from "./normalize-characters.js";
import { removeBoilerplate, type Removal } from "./remove-boilerplate.js";

export type { CleanLexicon } from "./types.js";
export type { Removal } from "./remove-boilerplate.js";

/** The clean text and what was taken out of it. */
export interface CleanResult {
  text: string;
  removed: Removal[];
}

/**
 * Turns decoded source text into the clean article text that every offset
 * points into: normalised line breaks, no invisible junk, no page furniture.
 * Runs before the document exists, so it takes the lexicons of every
 * candidate language.
 */
export function cleanText(raw: string, lexicons: readonly CleanLexicon[]): CleanResult {
  const { lines, removed } = removeBoilerplate(normalizeCharacters(raw), compileLexicons(lexicons));
  const text = lines
    .join("\n")
    // Removed lines leave their blank neighbours behind: one blank line is a paragraph break, more is noise.
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
    .trimEnd();
  return { text, removed };
}
