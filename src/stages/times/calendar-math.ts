import type { Direction } from "./types.js";

/** A calendar day (month 1–12). */
export interface CalDate {
  y: number;
  m: number;
  d: number;
}

/** Reads the day of a DCT (YYYY-MM-DD or ISO 8601), or null. */
export function parseDct(dct: string | null): CalDate | null {
  return dct ? readDay(dct) : null;
}

/** The day a value opens on, "YYYY-MM-DD…", or null: what `/^(\d{4})-(\d{2})-(\d{2})/` reads, read by character codes. */
export function readDay(value: string): CalDate | null {
  if (value.length < 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return null;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  return y < 0 || m < 0 || d < 0 ? null : { y, m, d };
}

// The number the ASCII digits of value[from, to) write, or -1 when one is not a digit.
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function toUtc(d: CalDate): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromUtc(ms: number): CalDate {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day `n` days after `d` (before when negative). */
export function addDays(d: CalDate, n: number): CalDate {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalDate): number {
  return ((new Date(toUtc(d)).getUTCDay() + 6) % 7) + 1;
}

/** Whether a day exists (30 February does not). */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = fromUtc(Date.UTC(y, m - 1, d));
  return t.m === m && t.d === d;
}

/** Zero-pads a number to `n` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD`. */
export function formatDay(d: CalDate): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of a day, `YYYY-Www` (the year is the week's, not always the day's). */
export function formatWeek(d: CalDate): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((toUtc(thursday) - jan1) / 86_400_000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Relative position a weekday, month or date must take with respect to the DCT. */
export type Relation = Direction | "last" | "next" | "this";

/**
 * The day of a weekday seen from the DCT: the latest one on or before it in
 * the past, the first on or after it in the future, strictly before/after for
 * "dernier"/"next", and the closer of the two otherwise.
 */
export function resolveWeekday(dct: CalDate, weekday: number, relation: Relation): CalDate {
  const today = isoWeekday(dct);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (relation) {
    case "past":
      return addDays(dct, -back);
    case "future":
      return addDays(dct, ahead);
    case "last":
      return addDays(dct, -(back || 7));
    case "next":
      return addDays(dct, ahead || 7);
    default:
      // "ce lundi", or a present tense: the closer one, the past on a tie (news report what happened).
      return addDays(dct, back <= ahead ? -back : ahead);
  }
}

/** Year of a month named without one: the one the tense points to, the DCT's own month staying put. */
export function resolveMonthYear(dct: CalDate, month: number, relation: Relation): number {
  if (relation === "last") return month < dct.m ? dct.y : dct.y - 1;
  if (relation === "next") return month > dct.m ? dct.y : dct.y + 1;
  if (month === dct.m || relation === "this") return dct.y;
  if (relation === "past") return month < dct.m ? dct.y : dct.y - 1;
  if (relation === "future") return month > dct.m ? dct.y : dct.y + 1;
  const diff = month - dct.m;
  if (diff > 6) return dct.y - 1;
  if (diff < -6) return dct.y + 1;
  return dct.y;
}

/** Year of a day and month named without one, by the same logic at day granularity. */
export function resolveDayYear(dct: CalDate, month: number, day: number, relation: Relation): number {
  const cmp = month !== dct.m ? month - dct.m : day - dct.d;
  if (relation === "last") return cmp < 0 ? dct.y : dct.y - 1;
  if (relation === "next") return cmp > 0 ? dct.y : dct.y + 1;
  if (cmp === 0 || relation === "this") return dct.y;
  if (relation === "past") return cmp < 0 ? dct.y : dct.y - 1;
  if (relation === "future") return cmp > 0 ? dct.y : dct.y + 1;
  const diff = (month - dct.m) * 31 + (day - dct.d);
  if (diff > 186) return dct.y - 1;
  if (diff < -186) return dct.y + 1;
  return dct.y;
}

/** Days from the DCT to the next occurrence of a day and month (0 on the DCT itself). */
export function daysUntil(dct: CalDate, month: number, day: number): number {
  const cmp = month !== dct.m ? month - dct.m : day - dct.d;
  const y = cmp >= 0 ? dct.y : dct.y + 1;
  return Math.round((Date.UTC(y, month - 1, day) - toUtc(dct)) / 86_400_000);
}

/** A two-digit year ("98", "'05") read in the century that puts it at most ten years after the DCT. */
export function expandTwoDigitYear(yy: number, dct: CalDate | null): number {
  const ref = dct?.y ?? new Date().getUTCFullYear();
  const century = Math.floor(ref / 100) * 100;
  const y = century + yy;
  return y > ref + 10 ? y - 100 : y;
}

/** TIMEX3 season codes, spring first; with the month that sits in the middle of each. */
export const SEASONS = { SP: 4, SU: 7, FA: 10, WI: 1 } as const;

/** A TIMEX3 season code. */
export type Season = keyof typeof SEASONS;
