import { CHAR_CLASS, LETTER } from "../segment/char-classes.js";

/**
 * A quick vote between French and English on function words that only one
 * of the two uses (and that Spanish, Italian, German, Dutch or Portuguese
 * use little): news text in either language is a fifth made of them.
 */

// No word shared with a neighbour language: "de", "la", "que", "en", "se", "il", "in", "is", "was", "an" are left out.
const FRENCH = new Set([
  "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "pas", "au", "aux", "sur", "avec", "elle",
  "ont", "été", "à", "cette", "mais", "sont", "leur", "nous", "vous", "ce", "plus", "ces", "était", "aussi",
  "l", "d", "qu", "n", "s", "c", "j", "où", "après", "depuis", "sans", "entre", "lors", "selon",
]);
const ENGLISH = new Set([
  "the", "of", "and", "to", "that", "for", "on", "with", "as", "by", "at", "it", "from", "he", "she", "his",
  "her", "are", "be", "has", "have", "had", "this", "said", "not", "which", "they", "their", "but", "or", "were",
  "been", "who", "would", "its", "after", "about", "than", "when", "into", "more", "will", "there", "what",
]);

/** Longest word in either list: longer words are counted, never sliced or looked up. */
const LONGEST_LISTED = 6;
/** Words read: enough for a clear vote. */
const MAX_WORDS = 200;
/** Fewer words than this, and the vote abstains. */
const MIN_WORDS = 25;
/** Share of the words that the winner's list must hold: other languages stay far below. */
const MIN_SHARE = 0.15;
/** The loser's share must be this many times smaller. */
const MIN_RATIO = 4;

/** "fr" or "en" when the function words leave no doubt, else null (ask a real detector). */
export function voteFrenchOrEnglish(text: string): "fr" | "en" | null {
  let words = 0;
  let fr = 0;
  let en = 0;
  // A scan over letter runs (BMP letters, as the tokenizer reads them), slicing only the short ones:
  // a regex match object per word was most of the cost of this vote.
  const n = text.length;
  let i = 0;
  while (words < MAX_WORDS && i < n) {
    while (i < n && (CHAR_CLASS[text.charCodeAt(i)]! & LETTER) === 0) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && (CHAR_CLASS[text.charCodeAt(i)]! & LETTER) !== 0) i++;
    words++;
    if (i - start > LONGEST_LISTED) continue;
    const w = text.slice(start, i).toLowerCase();
    if (FRENCH.has(w)) fr++;
    else if (ENGLISH.has(w)) en++;
  }
  if (words < MIN_WORDS) return null;
  if (fr >= MIN_SHARE * words && fr >= MIN_RATIO * en) return "fr";
  if (en >= MIN_SHARE * words && en >= MIN_RATIO * fr) return "en";
  return null;
}
