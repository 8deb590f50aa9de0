// Value builders shared by the locales' rules: each resolves against the DCT,
// and falls back to an underspecified TIMEX3 value when there is none.
import {
  SEASONS,
  addDays,
  daysUntil,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  pad,
  resolveDayYear,
  resolveMonthYear,
  resolveWeekday,
  type Relation,
  type Season,
} from "./calendar-math.js";
import type { RuleContext } from "./types.js";

/** Units a duration or an offset can be counted in. */
export type TimeUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second" | "decade" | "century";

/** TIMEX3 parts of the day. */
export type DayPart = "MO" | "MI" | "AF" | "EV" | "NI" | "DT";

/** The day a weekday names, or `XXXX-WXX-n` without a DCT. */
export function weekdayValue(ctx: RuleContext, weekday: number, relation: Relation): string {
  return ctx.dct ? formatDay(resolveWeekday(ctx.dct, weekday, relation)) : `XXXX-WXX-${weekday}`;
}

/** A month, with the year given or resolved (`XXXX-MM` without a DCT). */
export function monthValue(ctx: RuleContext, month: number, relation: Relation, year?: number): string {
  if (year !== undefined) return formatMonth(year, month);
  return ctx.dct ? formatMonth(resolveMonthYear(ctx.dct, month, relation), month) : `XXXX-${pad(month)}`;
}

/** A day of a month, with the year given or resolved (`XXXX-MM-DD` without a DCT). */
export function dayMonthValue(ctx: RuleContext, month: number, day: number, relation: Relation, year?: number): string {
  if (year !== undefined) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return ctx.dct ? `${pad(resolveDayYear(ctx.dct, month, day, relation), 4)}-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}-${pad(day)}`;
}

/**
 * How far ahead of the DCT a day named without a year ("on June 12", "le 12 juin") is still the coming one
 * under a past verb of another clause: a news writer names a date eleven months gone with its year.
 */
const NEAR_FUTURE_DAYS = 42;

/** Which way a day named without a year points: the tense, save that a day just ahead stays ahead unless its own clause is past. */
export function dayMonthRelation(ctx: RuleContext, month: number, day: number, start: number, end: number): Relation {
  const direction = ctx.direction(start, end);
  if (direction !== "past" || !ctx.dct) return direction;
  const ahead = daysUntil(ctx.dct, month, day);
  return ahead > 0 && ahead <= NEAR_FUTURE_DAYS && !ctx.clearlyPast(start, end) ? "future" : "past";
}

/** Which way a bare weekday points: without a past or future verb, one named in the present announces the coming one. */
export function weekdayRelation(direction: Relation): Relation {
  return direction === "present" ? "future" : direction;
}

/** The DCT shifted by whole units, at the granularity of the unit ("il y a trois mois" → a month). */
export function shiftedValue(ctx: RuleContext, n: number, unit: TimeUnit): string | null {
  const dct = ctx.dct;
  if (!dct) return null;
  switch (unit) {
    case "day":
      return formatDay(addDays(dct, n));
    case "week":
      return formatWeek(addDays(dct, 7 * n));
    case "month": {
      const index = dct.y * 12 + (dct.m - 1) + n;
      return formatMonth(Math.floor(index / 12), (index % 12) + 1);
    }
    case "year":
      return pad(dct.y + n, 4);
    case "decade":
      return String(Math.floor((dct.y + 10 * n) / 10));
    case "century":
      return String(Math.floor((dct.y + 100 * n) / 100));
    default:
      return null;
  }
}

/** A calendar period named relative to the DCT: "this/last/next week, month, year, quarter, weekend". */
export type CalendarPeriod = "week" | "month" | "year" | "quarter" | "weekend";

/**
 * The value of a calendar period `offset` periods from the DCT's own (-1 last, 0 this, 1 next);
 * "this weekend" takes its direction from the tense at `direction`.
 */
export function periodValue(ctx: RuleContext, period: CalendarPeriod, offset: number, direction: () => Relation): string {
  if (period === "weekend") return weekendValue(ctx, offset < 0 ? "last" : offset > 0 ? "next" : direction());
  if (period === "quarter") {
    if (!ctx.dct) return "XXXX-QX";
    const index = ctx.dct.y * 4 + Math.floor((ctx.dct.m - 1) / 3) + offset;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  return shiftedValue(ctx, offset, period) ?? (period === "week" ? "XXXX-WXX" : period === "month" ? "XXXX-XX" : "XXXX");
}

/** The weekend of the week the tense points to: the last one in the past, the coming one otherwise. */
export function weekendValue(ctx: RuleContext, relation: Relation): string {
  const dct = ctx.dct;
  if (!dct) return "XXXX-WXX-WE";
  const wd = isoWeekday(dct);
  let saturday = addDays(dct, 6 - wd);
  // Early in the week, "this weekend" without a future verb is the one just gone.
  if (relation === "last" || ((relation === "past" || (relation !== "future" && relation !== "next" && wd <= 2)) && wd < 6)) {
    saturday = addDays(saturday, -7);
  }
  if (relation === "next") saturday = addDays(saturday, 7);
  return `${formatWeek(saturday)}-WE`;
}

/** A season of the year the tense points to, or of the year given; `XXXX-SU` when generic. */
export function seasonValue(ctx: RuleContext, season: Season, relation: Relation | "generic", year?: number): string {
  if (year !== undefined) return `${pad(year, 4)}-${season}`;
  if (relation === "generic" || !ctx.dct) return `XXXX-${season}`;
  return `${pad(resolveMonthYear(ctx.dct, SEASONS[season], relation), 4)}-${season}`;
}

/** A TIMEX3 duration: `P3Y`, `PT2H`, `PT30.4S`, `PXD` for an unknown count. */
export function durationValue(n: number | null, unit: TimeUnit): string {
  const count = n === null ? "X" : String(Math.round(n * 1000) / 1000);
  switch (unit) {
    case "year":
      return `P${count}Y`;
    case "decade":
      return n === null ? "PXDE" : `P${count === "X" ? "X" : n * 10}Y`;
    case "century":
      return n === null ? "PXCE" : `P${n * 100}Y`;
    case "month":
      return `P${count}M`;
    case "week":
      return `P${count}W`;
    case "day":
      return `P${count}D`;
    case "hour":
      return `PT${count}H`;
    case "minute":
      return `PT${count}M`;
    case "second":
      return `PT${count}S`;
  }
}

/** A clock time suffix, `T15:30`, or null when the hour or minute is out of range. */
export function clockSuffix(hour: number, minute = 0): string | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return `T${pad(hour)}:${pad(minute)}`;
}
