import type { CalendarLexicon } from "../../locales/calendar.js";

/** Month and weekday numbers of a calendar's words, read from maps instead of searched form by form. */
export interface CalendarWords {
  /** Month number (1–12) of a month word in any case, with or without its final period, or null. */
  month(word: string): number | null;
  /** ISO weekday (1 = Monday … 7 = Sunday) of a day word in any case, with or without its final period, or null. */
  weekday(word: string): number | null;
}

// Built once per calendar: rules look a month or a day up for every date they read.
const built = new WeakMap<CalendarLexicon, CalendarWords>();

/** The month and weekday lookups of a calendar: the same answers as `monthNumber` and `weekdayNumber`. */
export function calendarWords(calendar: CalendarLexicon): CalendarWords {
  let words = built.get(calendar);
  if (!words) {
    const months = numberOfForms(calendar.months);
    const weekdays = numberOfForms(calendar.weekdays);
    words = {
      month: (word) => months.get(lowerWithoutPeriod(word)) ?? null,
      weekday: (word) => weekdays.get(lowerWithoutPeriod(word)) ?? null,
    };
    built.set(calendar, words);
  }
  return words;
}

// The first entry that lists a form wins, as a search in order finds it.
function numberOfForms(entries: readonly (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  entries.forEach((forms, i) => {
    for (const form of forms) if (!numbers.has(form)) numbers.set(form, i + 1);
  });
  return numbers;
}

function lowerWithoutPeriod(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}
