// Per decimal separator: digits grouped by the decimal sign ("127,000" in French), and by the other sign ("1.234,5").
const SEPARATORS = {
  ",": { grouped: /^\d{1,3}(?:,\d{3})+$/, thousandsGrouped: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/ },
  ".": { grouped: /^\d{1,3}(?:\.\d{3})+$/, thousandsGrouped: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/ },
} as const;

/** Reads a number written in digits with the language's separators ("85 000", "7,2", "85,000", "1.5"). */
export function parseDigits(raw: string, decimal: "," | "."): number | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, "");
  const thousands = decimal === "," ? "." : ",";
  const { grouped, thousandsGrouped } = SEPARATORS[decimal];
  // "127,000" in French text or "127.000" in English text: a thousands group, not a decimal.
  if (grouped.test(s) && s.split(decimal).length > 2) s = s.split(decimal).join("");
  s = s.split(thousands).length > 1 && thousandsGrouped.test(s)
    ? s.split(thousands).join("")
    : s;
  if (decimal === ",") s = s.replace(",", ".");
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a run of number words ("deux cents", "quatre-vingt-dix", "twenty-five",
 * "trois mille") given their values; returns null when the run is not a number.
 */
export function parseNumberWords(words: readonly string[], values: ReadonlyMap<string, number>): number | null {
  let total = 0;
  let current = 0;
  let previous = 0;
  let seen = false;
  for (const word of words) {
    const value = values.get(word);
    if (value === undefined) {
      if (word === "et" || word === "and") continue;
      return null;
    }
    seen = true;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 20 && previous === 4 && current % 100 === 4) current += 76; // quatre-vingt(s)
    else current += value;
    previous = value;
  }
  return seen ? total + current : null;
}
