import { isValidDay } from "./calendar-math.js";
import { B, E, S, rx, whole } from "./patterns.js";
import { dayMonthRelation, dayMonthValue } from "./resolve.js";
import type { TimeRule } from "./types.js";

/** A holiday on a fixed day of the year, as a locale names it. */
export interface Holiday {
  /** The name as a regex source, spaces written as plain spaces ("New Year's Day", "Noël"). */
  name: string;
  month: number;
  day: number;
}

const YEAR = `(?:1[5-9]|20)\\d{2}(?!\\d)`;

// A name's spaces as any run of spaces, its apostrophes as either apostrophe (lookarounds kept as written).
function spaced(name: string): string {
  return name.replace(/'/g, "['’]").replace(/ (?![^(]*\))/g, S);
}

/**
 * A rule for holidays on fixed days ("Noël", "la Toussaint", "New Year's Eve"),
 * with a year if one follows; without one the day resolves like any day named
 * without a year, by the tense around it. Feasts whose day moves (Easter) are
 * left out: their date takes a calendar computation the text rarely needs.
 */
export function holidayRule(holidays: readonly Holiday[], articles: readonly string[]): TimeRule {
  const names = holidays.map((h) => spaced(h.name)).join("|");
  const article = articles.length > 0 ? `(?:(?:${articles.join("|")})${S})?` : "";
  const pattern = rx(`${B}${article}(?<name>${names})(?:${S}(?<year>${YEAR}))?${E}`);
  // First words of the names, past any lookbehind: the words a match holds.
  const firstWords = [...new Set(holidays.map((h) => h.name.replace(/^\(\?<!.*?\)/, "").split(/[ '’(]/)[0]!.toLowerCase()))];
  const matchers = new Map(holidays.map((h) => [h, new RegExp(`^(?:${h.name})$`, "iu")]));
  return {
    id: "holiday",
    lookback: articles.length > 0 ? 1 : 0,
    triggers: firstWords,
    opens: [...articles.map((a) => a.toLowerCase()), ...firstWords],
    pattern,
    extract(m, ctx) {
      const name = m.groups!.name!.replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'").toLowerCase();
      const holiday = holidays.find((h) => matchers.get(h)!.test(name));
      if (!holiday) return null;
      const year = m.groups!.year ? +m.groups!.year : undefined;
      const relation = year !== undefined ? "this" : dayMonthRelation(ctx, holiday.month, holiday.day, m.index, m.index + m[0].length);
      const value = dayMonthValue(ctx, holiday.month, holiday.day, relation, year);
      if (!isValidDay(+value.slice(0, 4) || 2000, holiday.month, holiday.day)) return null;
      return whole(m, "", "DATE", value, year === undefined ? { implied: true } : {});
    },
  };
}
