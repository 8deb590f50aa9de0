import type { CleanLexicon } from "./types.js";

export type { CleanLexicon } from "./types.js";

/** The clean text and what was taken out of it. */
export interface CleanResult {
  text: string;
  removed: { text: string; reason: string }[];
}

/**
 * Turns decoded source text into the clean article text that every offset
 * points into. Runs before the document exists, so it takes the lexicons
 * of every candidate language.
 */
export function cleanText(raw: string, _lexicons: readonly CleanLexicon[]): CleanResult {
  const text = raw.replace(/\r\n?/g, "\n");
  return { text, removed: [] };
}
