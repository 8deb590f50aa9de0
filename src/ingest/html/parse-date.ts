/** A calendar day as the page wrote it, with the time when it came with one. */
export interface PageDate {
  year: number;
  month: number;
  day: number;
  /** The ISO 8601 form: YYYY-MM-DD, or the full timestamp in the page's own offset. */
  iso: string;
}

/** Month names and abbreviations, French and English first, then the languages news pages often come in. */
export const MONTHS: Readonly<Record<string, number>> = buildMonths({
  1: ["janvier", "janv", "jan", "january", "januar", "jänner", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
  2: ["février", "fevrier", "févr", "fevr", "fév", "fev", "february", "feb", "februar", "febrero", "febbraio", "fevereiro", "februari"],
  3: ["mars", "march", "mar", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "mrt"],
  4: ["avril", "avr", "april", "apr", "abril", "abr", "aprile"],
  5: ["mai", "may", "mayo", "maggio", "mag", "maio", "mei"],
  6: ["juin", "june", "jun", "juni", "junio", "giugno", "giu", "junho"],
  7: ["juillet", "juil", "july", "jul", "juli", "julio", "luglio", "lug", "julho"],
  8: ["août", "aout", "august", "aug", "agosto", "ago", "augustus"],
  9: ["septembre", "sept", "sep", "september", "septiembre", "settembre", "set", "setembro"],
  10: ["octobre", "oct", "october", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"],
  11: ["novembre", "nov", "november", "noviembre", "novembro"],
  12: ["décembre", "decembre", "déc", "dec", "december", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"],
});

function buildMonths(table: Record<number, string[]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [m, names] of Object.entries(table)) for (const n of names) out[n] = Number(m);
  return out;
}

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const SLASHED_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const NUMERIC_DMY = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/;
const MONTH_WORD = "([\\p{L}]{3,10})\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?\\s*(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})\\b`, "u");
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "u");
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/;

/**
 * Reads the first date in a string: ISO 8601, day-month-year in words
 * (French, English, German…), month-day-year, or numeric. `monthFirst`
 * reads ambiguous numeric dates as US month/day. No conversion to UTC: the
 * day is the one the page wrote.
 */
export function parseDate(input: string, monthFirst = false): PageDate | null {
  const s = input.trim();
  if (s.length === 0) return null;
  let m = ISO.exec(s);
  if (m) {
    const base = make(+m[1]!, +m[2]!, +m[3]!);
    if (!base) return null;
    if (m[4] === undefined) return base;
    const time = `${m[4]!.padStart(2, "0")}:${m[5]}:${m[6] ?? "00"}`;
    const zone = m[7] ? (m[7] === "Z" ? "Z" : m[7].includes(":") ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`) : "";
    return { ...base, iso: `${base.iso}T${time}${zone}` };
  }
  if ((m = COMPACT.exec(s))) return make(+m[1]!, +m[2]!, +m[3]!);
  if ((m = SLASHED_YMD.exec(s))) return make(+m[1]!, +m[2]!, +m[3]!);
  if ((m = DAY_MONTH_YEAR.exec(s))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return make(+m[3]!, month, +m[1]!);
  }
  if ((m = MONTH_DAY_YEAR.exec(s))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return make(+m[3]!, month, +m[2]!);
  }
  if ((m = NUMERIC_DMY.exec(s))) {
    let a = +m[1]!;
    let b = +m[2]!;
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    if ((monthFirst && a <= 12) || b > 12) [a, b] = [b, a];
    return make(year, b, a);
  }
  return null;
}

function make(year: number, month: number, day: number): PageDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { year, month, day, iso };
}
