import { isValidDay } from "./calendar-math.js";
import { B, E, S, rx, whole } from "./patterns.js";
import { dayMonthRelation, dayMonthValue } from "./resolve.js";
import type { TimeRule } from "./types.js";

/** A holiday on a fixed day of the year, as a locale names it. */
export interface Holiday {
  /** The name, words separated by single spaces ("New Year's Day", "Noël"). */
  name: string;
  month: number;
  day: number;
  /** The name names a thing, not the day, when the text before it ends so ("le marché de Noël"). */
  notAfter?: RegExp;
  /** … or when the text after it starts so ("the Christmas market"). */
  notBefore?: RegExp;
}

const YEAR = `(?:1[5-9]|20)\\d{2}(?!\\d)`;
/** How much text around a name its exclusions read. */
const CONTEXT_CHARS = 12;

/**
 * A rule for holidays on fixed days ("Noël", "la Toussaint", "New Year's Eve"),
 * with a year if one follows; without one the day resolves like any day named
 * without a year, by the tense around it. Feasts whose day moves (Easter) are
 * left out: their date takes a calendar computation the text rarely needs.
 */
export function holidayRule(holidays: readonly Holiday[], articles: readonly string[]): TimeRule {
  // One named group per holiday tells which one matched.
  const names = holidays.map((h, i) => `(?<h${i}>${h.name.replace(/'/g, "['’]").replace(/ /g, S)})`).join("|");
  const article = articles.length > 0 ? `(?:(?:${articles.join("|")})${S})?` : "";
  const firstWords = [...new Set(holidays.map((h) => h.name.split(/[ '’]/)[0]!.toLowerCase()))];
  return {
    id: "holiday",
    lookback: articles.length > 0 ? 1 : 0,
    triggers: firstWords,
    opens: [...articles.map((a) => a.toLowerCase()), ...firstWords],
    pattern: rx(`${B}${article}(?:${names})(?:${S}(?<year>${YEAR}))?${E}`),
    extract(m, ctx) {
      const index = holidays.findIndex((_, i) => m.groups![`h${i}`] !== undefined);
      const holiday = holidays[index];
      if (!holiday) return null;
      const end = m.index + m[0].length;
      if (holiday.notAfter?.test(ctx.text.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index))) return null;
      if (holiday.notBefore?.test(ctx.text.slice(end, end + CONTEXT_CHARS))) return null;
      const year = m.groups!.year ? +m.groups!.year : undefined;
      const relation = year !== undefined ? "this" : dayMonthRelation(ctx, holiday.month, holiday.day, m.index, end);
      const value = dayMonthValue(ctx, holiday.month, holiday.day, relation, year);
      if (!isValidDay(+value.slice(0, 4) || 2000, holiday.month, holiday.day)) return null;
      return whole(m, "", "DATE", value, year === undefined ? { implied: true } : {});
    },
  };
}
