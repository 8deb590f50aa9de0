import { alternation } from "./patterns.js";

/** Number words of one language: plain values, and the words that multiply what came before. */
export interface NumberWords {
  /** "deux" → 2, "vingt" → 20, "a" → 1. */
  values: Readonly<Record<string, number>>;
  /** "cent" → 100, "hundred" → 100: multiply the running group. */
  multipliers: Readonly<Record<string, number>>;
  /** "mille" → 1000, "thousand" → 1000: close the running group. */
  scales: Readonly<Record<string, number>>;
  /** Glue words between parts ("et", "and"). */
  glue: readonly string[];
  /** Decimal separator of digits in this language. */
  decimal: "," | ".";
}

/** A regex source for a written number: digits, or number words joined by spaces, hyphens and glue. */
export function numberPattern(words: NumberWords): string {
  const all = alternation([...Object.keys(words.values), ...Object.keys(words.multipliers), ...Object.keys(words.scales)]);
  const glue = words.glue.length ? `(?:${alternation(words.glue)})[-\\s]+` : "";
  const sep = words.decimal === "," ? "," : "\\.";
  return `(?:\\d+(?:${sep}\\d+)?|(?:${all})(?:[-\\s]+(?:${glue})?(?:${all}))*)(?![\\p{L}\\p{N}])`;
}

/** Reads a written number ("dix-huit", "30,4", "twenty-one"), or null when it is none. */
export function parseNumber(text: string, words: NumberWords): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d/.test(t)) {
    const n = Number(words.decimal === "," ? t.replace(",", ".") : t);
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let group = 0;
  let seen = false;
  for (const w of t.split(/[-\s]+/)) {
    if (words.glue.includes(w)) continue;
    const value = words.values[w];
    const mult = words.multipliers[w.replace(/s$/, "")] ?? words.multipliers[w];
    const scale = words.scales[w];
    if (value !== undefined) {
      // "quatre-vingt": a small number before twenty multiplies it.
      if (value === 20 && group > 1 && group < 10) group *= 20;
      else group += value;
    } else if (mult !== undefined) {
      group = (group || 1) * mult;
    } else if (scale !== undefined) {
      total += (group || 1) * scale;
      group = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + group : null;
}
