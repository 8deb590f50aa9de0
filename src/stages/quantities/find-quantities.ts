import type { Quantity, Token } from "../../model/annotations.js";
import type { Span } from "../../model/span.js";
import { overlaps } from "../../model/span.js";
import { parseDigits, parseNumberWords } from "./parse-number.js";
import type { QuantitiesLexicon } from "./types.js";

const LOOKS_LIKE_YEAR = /^(?:1[5-9]|20)\d\d$/;

/** A quantity before ids are given. */
type Found = Omit<Quantity, "id">;

/**
 * Finds quantities in a token stream: digits or number words, an optional
 * multiplier ("milliards", "million"), currency and percent marks around
 * them, approximate counts ("des dizaines de"), and the noun they count.
 * Numbers inside time expressions are left to the times stage.
 */
export function findQuantities(text: string, tokens: readonly Token[], lexicon: QuantitiesLexicon, skip: readonly Span[]): Found[] {
  const found: Found[] = [];
  // Digits and punctuation have no case: only words (and symbols, which may be letter-like numerals) are lower-cased.
  const lower = tokens.map((t) => (t.kind === "number" || t.kind === "punct" ? t.text : t.text.toLowerCase()));
  const phrases = phrasesOf(lexicon);
  // Both lists are in text order: one pointer walks the spans to skip.
  const skipped = [...skip].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (k < skipped.length && skipped[k]!.end <= token.start) k++;
    if (k < skipped.length && overlaps(skipped[k]!, token)) continue;
    let value: number | null = null;
    let last = i;
    let approximate = false;
    let rule = "";
    if (token.kind === "number") {
      if (gluedToWord(token, tokens[i + 1], tokens[i - 1])) continue;
      value = parseDigits(token.text, lexicon.decimal);
      rule = "digits";
    } else if (isNumberWord(lower[i]!, lexicon)) {
      // A run of number words joined by spaces, hyphens or "et"/"and".
      let j = i;
      const words: string[] = [];
      while (j < tokens.length) {
        const joiner = lower[j] === "et" || lower[j] === "and";
        if (joiner ? !isNumberWord(lower[j + 1] ?? "", lexicon) || words.length === 0 : !isNumberWord(lower[j]!, lexicon)) break;
        words.push(...lower[j]!.split(HYPHEN_SPLIT));
        j++;
      }
      // A lone article ("un", "une", "a") is not a count unless a multiplier follows.
      const isArticleOnly = words.length === 1 && lexicon.numberWords.get(words[0]!) === 1 && !lexicon.multipliers.has(lower[j] ?? "");
      if (words.length > 0 && !isArticleOnly) {
        value = parseNumberWords(words, lexicon.numberWords);
        last = j - 1;
        rule = "words";
      }
    } else if (lexicon.approximateCounts.has(lower[i]!) && isCountContext(lower, i, lexicon)) {
      value = lexicon.approximateCounts.get(lower[i]!)!;
      approximate = true;
      rule = "approximate-count";
    }
    if (value === null) continue;

    let start = token.start;
    let end = tokens[last]!.end;
    let percent = false;
    let currency: string | undefined;
    // Multiplier: "7,2 milliards", "1.5 million", "3 000 milliers" does not occur.
    const multiplier = rule !== "approximate-count" ? lexicon.multipliers.get(lower[last + 1] ?? "") : undefined;
    if (multiplier !== undefined && !(rule === "words" && lexicon.numberWords.get(lower[last + 1]!) === multiplier)) {
      value *= multiplier;
      last++;
      end = tokens[last]!.end;
    }
    // Currency sign before: "$7.2 billion", "€5".
    const before = tokens[i - 1];
    if (before && before.end === token.start && lexicon.currencies.has(lower[i - 1]!) && before.kind !== "word") {
      currency = lexicon.currencies.get(lower[i - 1]!);
      start = before.start;
    }
    // Percent or currency after: "12 %", "12 pour cent", "5 €", "100 dollars", "7,2 milliards d’euros".
    let next = last + 1;
    const percentWord = matchPhrase(lower, next, phrases.percentWords);
    if (percentWord > 0) {
      percent = true;
      last = next + percentWord - 1;
      end = tokens[last]!.end;
    } else if (!currency) {
      const linked = lexicon.unitLinkers.includes(lower[next] ?? "") ? next + 1 : next;
      const code = lexicon.currencies.get(lower[linked] ?? "");
      if (code && (linked === next || multiplier !== undefined || approximate)) {
        currency = code;
        last = linked;
        end = tokens[last]!.end;
      }
    }
    if (rule === "digits" && !currency && !percent && multiplier === undefined && LOOKS_LIKE_YEAR.test(token.text)) {
      // A bare four-digit number from 1500 to 2099 is far more often a year than a count.
      const unitAfter = countedUnit(tokens, lower, last + 1, lexicon);
      if (!unitAfter) continue;
    }
    const unit = currency ?? (percent ? "%" : countedUnit(tokens, lower, last + 1, lexicon));
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit,
      ...(approximate || hasApproximator(lower, i, phrases.approximators) ? { approximate: true } : {}),
      ...(currency ? { currency } : {}),
      ...(percent ? { percent: true } : {}),
      ruleId: `quantities/${rule}`,
    });
    i = Math.max(i, last);
  }
  return found;
}

/** "quatre-vingt-dix", "twenty-five", "et-un": every hyphenated part is a number word. */
function isNumberWord(word: string, lexicon: QuantitiesLexicon): boolean {
  if (!HYPHEN.test(word)) return lexicon.numberWords.has(word);
  const parts = word.split(HYPHEN_SPLIT);
  return parts.some((p) => lexicon.numberWords.has(p)) && parts.every((p) => lexicon.numberWords.has(p) || p === "et");
}

const HYPHEN = /[-‐]/;
const HYPHEN_SPLIT = /[-‐]/;

/** A lexicon's phrases split into words once, not once per number. */
interface SplitPhrases {
  percentWords: readonly (readonly string[])[];
  approximators: readonly (readonly string[])[];
}

const splitPhrases = new WeakMap<QuantitiesLexicon, SplitPhrases>();

function phrasesOf(lexicon: QuantitiesLexicon): SplitPhrases {
  let split = splitPhrases.get(lexicon);
  if (!split) {
    split = { percentWords: lexicon.percentWords.map((p) => p.split(" ")), approximators: lexicon.approximators.map((p) => p.split(" ")) };
    splitPhrases.set(lexicon, split);
  }
  return split;
}

/** "dizaines" counts only as "des dizaines de …" / "dozens of …" / "hundreds of …". */
function isCountContext(lower: readonly string[], i: number, lexicon: QuantitiesLexicon): boolean {
  return lexicon.unitLinkers.includes(lower[i + 1] ?? "");
}

/** The noun a number counts: the next word, or the word after "de"/"of". */
function countedUnit(tokens: readonly Token[], lower: readonly string[], at: number, lexicon: QuantitiesLexicon): string | null {
  let j = at;
  if (lexicon.unitLinkers.includes(lower[j] ?? "")) j++;
  const t = tokens[j];
  if (!t || t.kind !== "word") return null;
  const w = lower[j]!;
  if (lexicon.nonUnits.has(w) || lexicon.numberWords.has(w) || w.length < 2 || /['’]$/.test(w)) return null;
  if (!/^\p{Ll}/u.test(t.text)) return null;
  return t.text;
}

function matchPhrase(lower: readonly string[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const words of phrases) {
    if (words.every((w, k) => lower[at + k] === w)) return words.length;
  }
  return 0;
}

function hasApproximator(lower: readonly string[], i: number, approximators: readonly (readonly string[])[]): boolean {
  return approximators.some((words) => words.every((w, k) => lower[i - words.length + k] === w));
}

/** "G7", "A320", "COVID-19", "16e", "1er": parts of names or ordinals, not counts. */
function gluedToWord(token: Token, next: Token | undefined, previous: Token | undefined): boolean {
  if (next && next.start === token.end && next.kind === "word") return true;
  return previous !== undefined && previous.end === token.start && previous.kind === "word";
}
