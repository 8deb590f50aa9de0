import type { Quantity, Token } from "../../model/annotations.js";
import type { Span } from "../../model/span.js";
import { overlaps } from "../../model/span.js";
import { parseDigits, parseNumberWords } from "./parse-number.js";
import type { QuantitiesLexicon } from "./types.js";

const LOOKS_LIKE_YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * Finds quantities in a token stream, numbered in text order: digits or number words, an optional
 * multiplier ("milliards", "million"), currency and percent marks around
 * them, approximate counts ("des dizaines de"), and the noun they count.
 * Numbers inside time expressions are left to the times stage.
 */
export function findQuantities(text: string, tokens: readonly Token[], lexicon: QuantitiesLexicon, skip: readonly Span[]): Quantity[] {
  const found: Quantity[] = [];
  const lower = new LowerTokens(tokens);
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
      if (gluedToWord(token, tokens[i + 1], tokens[i - 1], lower, i, lexicon)) continue;
      value = parseDigits(token.text, lexicon.decimal);
      rule = "digits";
    } else if (token.kind === "word" && !mayCount(token.text, phrases.starts)) {
      // Most words cannot open a number or a count: they are never lower-cased.
      continue;
    } else if (isNumberWord(lower.at(i)!, lexicon)) {
      // A run of number words joined by spaces, hyphens or "et"/"and".
      let j = i;
      const words: string[] = [];
      while (j < tokens.length) {
        const joiner = lower.at(j) === "et" || lower.at(j) === "and";
        if (joiner ? !isNumberWord(lower.at(j + 1) ?? "", lexicon) || words.length === 0 : !isNumberWord(lower.at(j)!, lexicon)) break;
        words.push(...lower.at(j)!.split(HYPHEN_SPLIT));
        j++;
      }
      // A lone article ("un", "une", "a") is not a count unless a multiplier follows.
      const isArticleOnly = words.length === 1 && lexicon.numberWords.get(words[0]!) === 1 && !lexicon.multipliers.has(lower.at(j) ?? "");
      if (words.length > 0 && !isArticleOnly) {
        value = parseNumberWords(words, lexicon.numberWords);
        last = j - 1;
        rule = "words";
      }
    } else if (lexicon.approximateCounts.has(lower.at(i)!) && isCountContext(lower, i, lexicon)) {
      value = lexicon.approximateCounts.get(lower.at(i)!)!;
      approximate = true;
      rule = "approximate-count";
    }
    if (value === null) continue;

    let start = token.start;
    let end = tokens[last]!.end;
    let percent = false;
    let currency: string | undefined;
    // Multiplier: "7,2 milliards", "1.5 million", "3 000 milliers" does not occur.
    let multiplier = rule !== "approximate-count" ? lexicon.multipliers.get(lower.at(last + 1) ?? "") : undefined;
    // A one-letter scale ("m", "k", "M") is also a unit of length or weight: it scales only money ("£4.2m", "45 M€").
    if (multiplier !== undefined && lower.at(last + 1)!.length === 1 && !nextToCurrency(tokens, lower, i, last + 1, lexicon)) multiplier = undefined;
    if (multiplier !== undefined && !(rule === "words" && lexicon.numberWords.get(lower.at(last + 1)!) === multiplier)) {
      value *= multiplier;
      last++;
      end = tokens[last]!.end;
    }
    // Currency sign before: "$7.2 billion", "€5".
    const before = tokens[i - 1];
    if (before && before.end === token.start && lexicon.currencies.has(lower.at(i - 1)!) && before.kind !== "word") {
      currency = lexicon.currencies.get(lower.at(i - 1)!);
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
      const linked = lexicon.unitLinkers.includes(lower.at(next) ?? "") ? next + 1 : next;
      const code = lexicon.currencies.get(lower.at(linked) ?? "");
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
    // Keys in contract order, optional ones set only when true: one object per quantity, no spread copies.
    const quantity: Quantity = { id: `n${found.length + 1}`, start, end, text: text.slice(start, end), value, unit };
    if (approximate || hasApproximator(lower, i, phrases.approximators)) quantity.approximate = true;
    if (currency) quantity.currency = currency;
    if (percent) quantity.percent = true;
    quantity.ruleId = `quantities/${rule}`;
    found.push(quantity);
    i = Math.max(i, last);
  }
  return found;
}

/** Whether a currency sign sits right before the number at `first` or right after the scale word at `scale`. */
function nextToCurrency(tokens: readonly Token[], lower: LowerTokens, first: number, scale: number, lexicon: QuantitiesLexicon): boolean {
  const before = tokens[first - 1];
  if (before && before.end === tokens[first]!.start && before.kind !== "word" && lexicon.currencies.has(lower.at(first - 1)!)) return true;
  return scale + 1 < tokens.length && lexicon.currencies.has(lower.at(scale + 1)!);
}

/** "quatre-vingt-dix", "twenty-five", "et-un": every hyphenated part is a number word. */
function isNumberWord(word: string, lexicon: QuantitiesLexicon): boolean {
  if (!hasHyphen(word)) return lexicon.numberWords.has(word);
  const parts = word.split(HYPHEN_SPLIT);
  return parts.some((p) => lexicon.numberWords.has(p)) && parts.every((p) => lexicon.numberWords.has(p) || p === "et");
}

const HYPHEN_SPLIT = /[-‐]/;

// Two plain searches rather than a regex test: this runs on many words.
function hasHyphen(word: string): boolean {
  return word.includes("-") || word.includes("‐");
}

/** Token texts lower-cased on first use: only the words around a number are ever read so. */
class LowerTokens {
  private readonly lowered: (string | undefined)[];

  constructor(private readonly tokens: readonly Token[]) {
    // Sized up front: writes at scattered indices into an empty array would turn it into a dictionary.
    this.lowered = new Array<string | undefined>(tokens.length);
  }

  /** The token at `j` lower-cased (digits and punctuation as written), or undefined past either end. */
  at(j: number): string | undefined {
    if (j < 0 || j >= this.tokens.length) return undefined;
    let w = this.lowered[j];
    if (w === undefined) {
      const t = this.tokens[j]!;
      // Digits and punctuation have no case: only words (and symbols, which may be letter-like numerals) are lower-cased.
      w = t.kind === "number" || t.kind === "punct" ? t.text : t.text.toLowerCase();
      this.lowered[j] = w;
    }
    return w;
  }
}

/** Per first letter (both cases) of a lexicon's number words and counts, a bit per length of the words it opens. */
type Starts = Uint32Array;

/** Whether a word may be a number word ("Deux", "quatre-vingt-dix") or an approximate count, judged by its first letter and length. */
function mayCount(word: string, starts: Starts): boolean {
  const lengths = starts[word.charCodeAt(0)] ?? 0;
  if (lengths === 0) return false;
  if (lengths & (1 << Math.min(word.length, 31))) return true;
  // A hyphenated run of number words is longer than any one of them.
  return hasHyphen(word);
}

function startsOf(lexicon: QuantitiesLexicon): Starts {
  const starts: Starts = new Uint32Array(0x10000);
  // "et-un" is a run of number words too: it opens on the joiner.
  for (const word of [...lexicon.numberWords.keys(), ...lexicon.approximateCounts.keys(), "et", "and"]) {
    const first = word[0]!;
    for (const c of new Set([first, first.toUpperCase(), first.toLowerCase()])) {
      if (c.length !== 1) continue;
      const code = c.charCodeAt(0);
      starts[code]! |= 1 << Math.min(word.length, 31);
    }
  }
  return starts;
}

/** A lexicon's phrases split into words once, not once per number. */
interface SplitPhrases {
  percentWords: readonly (readonly string[])[];
  approximators: readonly (readonly string[])[];
  starts: Starts;
}

const splitPhrases = new WeakMap<QuantitiesLexicon, SplitPhrases>();

function phrasesOf(lexicon: QuantitiesLexicon): SplitPhrases {
  let split = splitPhrases.get(lexicon);
  if (!split) {
    split = {
      percentWords: lexicon.percentWords.map((p) => p.split(" ")),
      approximators: lexicon.approximators.map((p) => p.split(" ")),
      starts: startsOf(lexicon),
    };
    splitPhrases.set(lexicon, split);
  }
  return split;
}

/** "dizaines" counts only as "des dizaines de …" / "dozens of …" / "hundreds of …". */
function isCountContext(lower: LowerTokens, i: number, lexicon: QuantitiesLexicon): boolean {
  return lexicon.unitLinkers.includes(lower.at(i + 1) ?? "");
}

/** The noun a number counts: the next word, or the word after "de"/"of". */
function countedUnit(tokens: readonly Token[], lower: LowerTokens, at: number, lexicon: QuantitiesLexicon): string | null {
  let j = at;
  if (lexicon.unitLinkers.includes(lower.at(j) ?? "")) j++;
  const t = tokens[j];
  if (!t || t.kind !== "word") return null;
  const w = lower.at(j)!;
  if (lexicon.nonUnits.has(w) || lexicon.numberWords.has(w) || w.length < 2 || /['’]$/.test(w)) return null;
  if (!/^\p{Ll}/u.test(t.text)) return null;
  return t.text;
}

function matchPhrase(lower: LowerTokens, at: number, phrases: readonly (readonly string[])[]): number {
  for (const words of phrases) {
    if (words.every((w, k) => lower.at(at + k) === w)) return words.length;
  }
  return 0;
}

function hasApproximator(lower: LowerTokens, i: number, approximators: readonly (readonly string[])[]): boolean {
  return approximators.some((words) => words.every((w, k) => lower.at(i - words.length + k) === w));
}

/** "G7", "A320", "COVID-19", "16e", "1er": parts of names or ordinals, not counts. */
// Digits glued to a word are part of a name or a code ("G7", "3D", "Covid19"), unless the word scales them ("1.5bn").
function gluedToWord(token: Token, next: Token | undefined, previous: Token | undefined, lower: LowerTokens, i: number, lexicon: QuantitiesLexicon): boolean {
  if (next && next.start === token.end && next.kind === "word" && !lexicon.multipliers.has(lower.at(i + 1)!)) return true;
  return previous !== undefined && previous.end === token.start && previous.kind === "word";
}
