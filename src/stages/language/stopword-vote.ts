import { CHAR_CLASS, LETTER } from "../segment/char-classes.js";

/**
 * A quick vote between French and English on function words that only one
 * of the two uses (and that Spanish, Italian, German, Dutch or Portuguese
 * use little): news text in either language is a fifth made of them.
 */

// No word shared with a neighbour language: "de", "la", "que", "en", "se", "il", "in", "is", "was", "an" are left out.
const FRENCH_WORDS = [
  "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "pas", "au", "aux", "sur", "avec", "elle",
  "ont", "été", "à", "cette", "mais", "sont", "leur", "nous", "vous", "ce", "plus", "ces", "était", "aussi",
  "l", "d", "qu", "n", "s", "c", "j", "où", "après", "depuis", "sans", "entre", "lors", "selon",
];
const ENGLISH_WORDS = [
  "the", "of", "and", "to", "that", "for", "on", "with", "as", "by", "at", "it", "from", "he", "she", "his",
  "her", "are", "be", "has", "have", "had", "this", "said", "not", "which", "they", "their", "but", "or", "were",
  "been", "who", "would", "its", "after", "about", "than", "when", "into", "more", "will", "there", "what",
];

/** Longest word in either list: longer words are counted, never looked up. */
const LONGEST_LISTED = 6;

/** Per Latin-1 code unit: its lower-case form, or 0 when it is not a letter of that range (no listed word has one). */
const LOWER_LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (/\p{L}/u.test(lower) && lower.length === 1 && lower.charCodeAt(0) < 256) LOWER_LATIN1[c] = lower.charCodeAt(0);
}

// A word of up to six Latin-1 letters, lower-cased, packed into one number (8 bits a letter, exact in a
// double): the vote looks words up without making a string for each.
function packWord(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 256 + LOWER_LATIN1[word.charCodeAt(i)]!;
  return key;
}

const FRENCH = new Set(FRENCH_WORDS.map(packWord));
const ENGLISH = new Set(ENGLISH_WORDS.map(packWord));
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
  // A scan over letter runs (BMP letters, as the tokenizer reads them), packing only the short ones:
  // a regex match object and a lower-cased string per word were most of the cost of this vote.
  const n = text.length;
  let i = 0;
  while (words < MAX_WORDS && i < n) {
    while (i < n && (CHAR_CLASS[text.charCodeAt(i)]! & LETTER) === 0) i++;
    if (i >= n) break;
    const start = i;
    let key = 0;
    for (let c = text.charCodeAt(i); i < n && (CHAR_CLASS[c]! & LETTER) !== 0; c = text.charCodeAt(++i)) {
      // Past six letters, or on a letter outside Latin-1, the word is in neither list: stop packing it.
      if (key >= 0) key = i - start < LONGEST_LISTED && c < 256 && LOWER_LATIN1[c] !== 0 ? key * 256 + LOWER_LATIN1[c]! : -1;
    }
    words++;
    if (key < 0) continue;
    if (FRENCH.has(key)) fr++;
    else if (ENGLISH.has(key)) en++;
  }
  if (words < MIN_WORDS) return null;
  if (fr >= MIN_SHARE * words && fr >= MIN_RATIO * en) return "fr";
  if (en >= MIN_SHARE * words && en >= MIN_RATIO * fr) return "en";
  return null;
}
