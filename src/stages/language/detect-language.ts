import { voteFrenchOrEnglish } from "./stopword-vote.js";

/** The language of a text, as eld sees it. */
export interface LanguageGuess {
  /** ISO 639-1 code, or "" when nothing could be told. */
  code: string;
  /** eld's own confidence flag. */
  reliable: boolean;
}

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };
let detector: Detector | undefined;

/** How much text is enough to tell a language; more only costs time. */
const SAMPLE_CHARS = 1500;

/**
 * Detects the language of a text: a vote on French and English function
 * words first, which settles nearly every article in either language at
 * little cost; else eld with its smallest database (~130 MB resident rather
 * than ~400 MB for the large one), loaded on first use.
 */
export async function detectLanguage(text: string): Promise<LanguageGuess> {
  const voted = voteFrenchOrEnglish(text);
  if (voted) return { code: voted, reliable: true };
  detector ??= (await import("eld/extrasmall")).eld as Detector;
  const sample = sampleOf(text);
  if (sample.trim().length === 0) return { code: "", reliable: false };
  const result = detector.detect(sample);
  return { code: result.language, reliable: result.isReliable() };
}

// Paragraphs from the whole text, not just its head: a first line can be a
// title in another language or a dateline.
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const paragraphs = text.split(/\n+/).filter((p) => p.length > 40);
  const picked: string[] = [];
  let size = 0;
  const step = Math.max(1, Math.floor(paragraphs.length / 12));
  for (let i = 0; i < paragraphs.length && size < SAMPLE_CHARS; i += step) {
    const p = paragraphs[i]!.slice(0, 300);
    picked.push(p);
    size += p.length;
  }
  return picked.join("\n");
}
