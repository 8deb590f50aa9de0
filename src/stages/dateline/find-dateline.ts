import { monthNumber, type CalendarLexicon } from "../../locales/calendar.js";
import type { Span } from "../../model/span.js";

/** A publication date read from a dateline. */
export interface Dateline {
  /** YYYY-MM-DD */
  date: string;
  span: Span;
  /** Whether the year was not written and had to be guessed. */
  yearGuessed: boolean;
}

const DASH = "[-–—]";
const DAY = "(?<day>\\d{1,2})(?:er|st|nd|rd|th)?";
const MONTH = "(?<month>\\p{L}+\\.?)";
const YEAR = "(?<year>\\d{4})";
const PLACE = "(?:[\\p{Lu}][\\p{L}\\p{M}'’. -]{1,40}?,\\s+)?";
const AGENCY = "(?:\\s*\\((?:[\\p{L} ./-]{2,30})\\))?";

// Datelines open a paragraph: "6 novembre 2012. –", "22 août 2012, Espagne. –",
// "PARIS, 3 mars (AFP) -", "WASHINGTON, March 3 (Reuters) -", "Feb. 21, 2022 —".
const PATTERNS: RegExp[] = [
  new RegExp(`^${PLACE}${DAY}\\s+${MONTH}(?:\\s+${YEAR})?(?:,\\s*[\\p{L}\\p{M}' -]{2,40})?\\.?${AGENCY}\\s*${DASH}`, "u"),
  new RegExp(`^${PLACE}${MONTH}\\s+${DAY}(?:,\\s*${YEAR})?\\.?${AGENCY}\\s*${DASH}`, "u"),
  new RegExp(`^(?:[\\p{L}]+\\s+)?${DAY}\\s+${MONTH}\\s+${YEAR}\\s*$`, "u"),
  new RegExp(`^(?:[\\p{L}]+,?\\s+)?${MONTH}\\s+${DAY},\\s+${YEAR}\\s*$`, "u"),
];

/** How many opening paragraphs may hold a dateline (title and subheadings come first). */
const SEARCH_PARAGRAPHS = 4;

/**
 * Finds a dateline in the first paragraphs and reads its date. A dateline
 * without a year takes the latest year the text mentions, or `fallbackYear`.
 */
export function findDateline(
  text: string,
  paragraphs: readonly Span[],
  calendar: CalendarLexicon,
  fallbackYear: number,
): Dateline | null {
  for (const paragraph of paragraphs.slice(0, SEARCH_PARAGRAPHS)) {
    const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
    for (const pattern of PATTERNS) {
      const m = pattern.exec(head);
      if (!m?.groups) continue;
      const month = monthNumber(calendar, m.groups.month!);
      const day = Number(m.groups.day);
      if (month === null || day < 1 || day > daysIn(month)) continue;
      const yearGuessed = m.groups.year === undefined;
      const year = yearGuessed ? latestYear(text, fallbackYear) : Number(m.groups.year);
      return {
        date: `${year}-${pad(month)}-${pad(day)}`,
        span: { start: paragraph.start, end: paragraph.start + m[0].length },
        yearGuessed,
      };
    }
  }
  return null;
}

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function latestYear(text: string, fallback: number): number {
  let best = 0;
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    if (y <= fallback && y > best) best = y;
  }
  return best || fallback;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
