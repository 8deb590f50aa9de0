/** Month and weekday names of one language, lower-cased, with their usual abbreviations. */
export interface CalendarLexicon {
  /** Index 0 is January; each entry lists the forms of that month. */
  months: readonly (readonly string[])[];
  /** Index 0 is Monday (ISO 8601); each entry lists the forms of that day. */
  weekdays: readonly (readonly string[])[];
}

/** Month number (1–12) of a lower-cased month word, or null. */
export function monthNumber(calendar: CalendarLexicon, word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = calendar.months.findIndex((forms) => forms.includes(w));
  return i < 0 ? null : i + 1;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a lower-cased day word, or null. */
export function weekdayNumber(calendar: CalendarLexicon, word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = calendar.weekdays.findIndex((forms) => forms.includes(w));
  return i < 0 ? null : i + 1;
}
