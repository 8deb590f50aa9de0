import type { CalendarLexicon } from "../../calendar.js";
import { expandTwoDigitYear, isValidDay, type Relation, type Season } from "../../../stages/times/calendar-math.js";
import { isAnaphoricUnit } from "../../../stages/times/anchor-periods.js";
import { calendarWords } from "../../../stages/times/calendar-words.js";
import { holidayRule } from "../../../stages/times/holidays.js";
import { numberPattern, parseNumber } from "../../../stages/times/number-words.js";
import { APOS, B, E, S, groupSpan, isCapitalised, monthPatterns, rx, weekdayPattern, whole } from "../../../stages/times/patterns.js";
import {
  clockSuffix,
  dayMonthRelation,
  dayMonthValue,
  durationValue,
  monthValue,
  seasonValue,
  shiftedValue,
  weekdayRelation,
  weekdayValue,
  periodValue,
  type CalendarPeriod,
  type DayPart,
  type TimeUnit,
} from "../../../stages/times/resolve.js";
import type { RuleContext, TimeRule } from "../../../stages/times/types.js";
import { NUMBER_WORDS } from "./numbers.js";

const NUM = numberPattern(NUMBER_WORDS);
const UNIT_WORDS = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries"];
const YEAR = `(?:1[5-9]|20)\\d{2}(?!\\d)`;
const PART = "morning|afternoon|evening|night";
const UNIT = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century";
const APPROX = `about|around|nearly|almost|roughly|some|more${S}than|over|less${S}than|under|at${S}least|up${S}to|barely|just`;
// Prepositions that make a bare capitalised "May" the month: not "by", "after" or "and", which take the name as often.
const MAY_PREPOSITION = /(?:^|[^\p{L}])(?:in|since|until|till|through|during|of)[\s\u00a0]+$/iu;
// After "a second", a word that makes it the ordinal: anything but a preposition or a word of time.
const SECOND_THEN_NOUN = /^[\s\u00a0]+(?!(?:ago|later|earlier|before|after|or|and|to|in|of|for|longer|more|too|each|per|at|on)(?![\p{L}]))\p{L}/iu;
// A determiner, maybe with one adjective, just before a word: "the weekly", "a now-defunct weekly".
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|its|his|her|their|our)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+)?$/iu;
const COUNTED = /^[\s\u00a0]*(?:%|€|\$|£|people|persons|troops|soldiers|civilians|residents|dollars|euros|pounds|km|miles|tons|tonnes|metres|meters|feet|votes)/iu;

function partCode(word: string): DayPart {
  const w = word.toLowerCase();
  if (w.startsWith("morn")) return "MO";
  if (w.startsWith("after")) return "AF";
  if (w.startsWith("even")) return "EV";
  if (w === "noon" || w === "midday") return "MI";
  return "NI";
}

function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase().replace(/-/g, "");
  if (w.startsWith("second")) return "second";
  if (w.startsWith("minute")) return "minute";
  if (w.startsWith("hour")) return "hour";
  if (w.startsWith("day")) return "day";
  if (w.startsWith("week")) return "week";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("year")) return "year";
  if (w.startsWith("decade")) return "decade";
  if (w.startsWith("centur")) return "century";
  return null;
}

// Determiners that count from a time named before rather than from the DCT.
const ANAPHORIC_DET = /^the (previous|preceding|following)$/;
const SINCE_BEFORE = /(?:^|[\s\u00a0])since[\s\u00a0]+$/i;
// "until Thursday", "through Friday": in news mostly a deadline or a forecast, so the coming day (a past
// span, "stayed closed until Friday", is read wrong: the clause break "until" hides the past verb).
const UNTIL_BEFORE = /(?:^|[\s\u00a0])(?:until|till|through|thru)[\s\u00a0]+$/i;

function relationWord(word: string | undefined, ctx: RuleContext, start: number, end: number): Relation {
  const w = word?.toLowerCase();
  if (w === "last" || w === "past" || w === "previous") return "last";
  if (w === "next" || w === "coming") return "next";
  if (w === "this") return "this";
  return ctx.direction(start, end);
}

// Without a word that fixes it, a season in a present sentence is any season ("winter is cold").
function generalOrTense(rel: string | undefined, direction: Relation): Relation | "generic" {
  return rel || direction !== "present" ? direction : "generic";
}

function modOf(word: string | undefined): string | undefined {
  const w = word?.toLowerCase() ?? "";
  if (/early|beginning|start/.test(w)) return "START";
  if (/late|end/.test(w)) return "END";
  if (/mid|middle/.test(w)) return "MID";
  return undefined;
}

function approxMod(word: string | undefined): string | undefined {
  const w = word?.toLowerCase().replace(/\s+/g, " ");
  if (!w) return undefined;
  if (/^(?:about|around|nearly|almost|roughly|some)$/.test(w)) return "APPROX";
  if (w === "more than" || w === "over") return "MORE_THAN";
  if (w === "less than" || w === "under" || w === "barely") return "LESS_THAN";
  if (w === "at least") return "EQUAL_OR_MORE";
  if (w === "up to") return "EQUAL_OR_LESS";
  return undefined;
}

/** Builds the English rules from the locale's calendar. */
export function buildRules(calendar: CalendarLexicon): TimeRule[] {
  const MONTH = monthPatterns(calendar);
  const WD = weekdayPattern(calendar);
  const { month: monthNumber, weekday: weekdayNumber } = calendarWords(calendar);
  const month = (word: string): number => monthNumber(word)!;
  const MONTHS = calendar.months.flat();
  const WEEKDAYS_ALL = calendar.weekdays.flatMap((forms) => [...forms, ...forms.map((f) => `${f}s`)]);
  // English capitalises months: "march" and "may" in lower case are verbs.
  const monthCased = (word: string): boolean => isCapitalised(word);

  const dayMonth: TimeRule = {
    id: "day-month",
    // "Monday, the 3rd of March": six tokens before the month ("3rd" is two).
    lookback: 6,
    triggers: MONTHS,
    pattern: rx(
      `${B}(?:(?<wd>${WD}),?${S})?(?:(?:the${S})?(?<day1>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:${S}of)?${S}(?<month1>${MONTH.any})|(?<month2>${MONTH.any})${S}(?<day2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]))(?:,?${S}(?<year>${YEAR}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const monthWord = (g.month1 ?? g.month2)!;
      if (!monthCased(monthWord)) return null;
      const mo = month(monthWord);
      const day = +(g.day1 ?? g.day2)!;
      const year = g.year ? +g.year : undefined;
      // A year given fixes the date: the tense is read only without one.
      const value = dayMonthValue(ctx, mo, day, year === undefined ? dayMonthRelation(ctx, mo, day, m.index, m.index + m[0].length) : "this", year);
      if (!isValidDay(+value.slice(0, 4) || 2000, mo, day)) return null;
      return whole(m, "", "DATE", value, year === undefined ? { implied: true } : {});
    },
  };

  const numericDate: TimeRule = {
    id: "numeric-date",
    // Opens on its first number, itself a trigger.
    lookback: 0,
    triggers: ["#number"],
    numbers: /^(?:[01]?\d|\d{4})$/,
    pattern: rx(`${B}(?<a>[01]?\\d)/(?<b>[0-3]?\\d)/(?<y>\\d{4})${E}|${B}(?<iy>\\d{4})-(?<im>[01]\\d)-(?<id>[0-3]\\d)${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      // US order in slashes; ISO order with hyphens.
      const [y, mo, d] = g.iy ? [+g.iy, +g.im!, +g.id!] : [+g.y!, +g.a!, +g.b!];
      if (!isValidDay(y, mo, d)) return null;
      return whole(m, "", "DATE", dayMonthValue(ctx, mo, d, "this", y));
    },
  };

  const monthRule: TimeRule = {
    id: "month",
    // "the end of last March".
    lookback: 4,
    triggers: MONTHS,
    pattern: rx(
      `${B}(?:(?<mod>early|late|mid-?|(?:the${S})?(?:end|beginning|start|middle)${S}of)(?:${S})?)?(?:(?<rel>last|next|this|past|coming)${S})?(?<month>${MONTH.full})(?:,?${S}(?<year>${YEAR}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      if (!monthCased(g.month!)) return null;
      const [ms, me] = groupSpan(m, "month")!;
      // "May" is a month only with a year, a word that fixes it or a preposition of time ("in May", "until May");
      // otherwise it is the modal or a name ("Theresa May", "backed by May"), and "May’s" is the name.
      if (g.month!.toLowerCase() === "may" && !g.year && !g.rel && !g.mod) {
        if (!MAY_PREPOSITION.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) || /^['’]s\b/.test(ctx.text.slice(me, me + 3))) return null;
      }
      if (/^\s+\p{Lu}/u.test(ctx.text.slice(me, me + 2)) && !g.year) return null;
      const year = g.year ? +g.year : undefined;
      const relation = year === undefined ? relationWord(g.rel, ctx, ms, me) : "this";
      const mod = modOf(g.mod);
      return whole(m, "", "DATE", monthValue(ctx, month(g.month!), relation, year), {
        ...(mod ? { mod } : {}),
        ...(year === undefined ? { implied: true } : {}),
      });
    },
  };

  const weekday: TimeRule = {
    id: "weekday",
    // "last Monday".
    lookback: 1,
    triggers: WEEKDAYS_ALL,
    pattern: rx(`${B}(?:(?<rel>last|next|this|coming|past|on)${S})?(?<wd>${WD})(?<plural>s)?(?:${S}(?<part>${PART}))?${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.wd!)) return null;
      const [ws, we] = groupSpan(m, "wd")!;
      // "the Sunday Times", "Black Friday sales", "Saturday Night Live": a weekday inside a name.
      const nameGoesOn = /^\s+\p{Lu}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2));
      if (nameGoesOn && (!g.part || isCapitalised(g.part))) return null;
      if (/(?:Black|Good|Cyber|Super|Bloody|Ash|Palm|Easter)[\s\u00a0]+$/.test(ctx.text.slice(Math.max(0, ws - 8), ws))) return null;
      const wd = weekdayNumber(g.wd!)!;
      const rel = g.rel?.toLowerCase();
      const start = rel === "on" ? ws : m.index;
      if (g.plural) return { start, end: m.index + m[0].length, type: "SET", value: `XXXX-WXX-${wd}`, rule: "set" };
      // "since Monday": the one gone, whatever the tense.
      const before = ctx.text.slice(Math.max(0, ws - 9), ws);
      const since = rel === undefined && SINCE_BEFORE.test(before);
      const until = rel === undefined && UNTIL_BEFORE.test(before);
      const relation = since ? "past" : until ? "future" : rel === "on" || rel === undefined ? weekdayRelation(ctx.direction(ws, we)) : relationWord(rel, ctx, ws, we);
      const day = weekdayValue(ctx, wd, relation);
      if (g.part) return { start, end: m.index + m[0].length, type: "TIME", value: `${day}T${partCode(g.part)}`, rule: "part", implied: true };
      return { start, end: m.index + m[0].length, type: "DATE", value: day, rule: "", implied: true };
    },
  };

  const relativeDay: TimeRule = {
    id: "relative-day",
    // "the day before yesterday".
    lookback: 3,
    triggers: ["yesterday", "today", "tomorrow", "tonight", "night"],
    pattern: rx(
      `${B}(?<w>the${S}day${S}before${S}yesterday|the${S}day${S}after${S}tomorrow|yesterday|today|tomorrow|tonight|last${S}night)(?:${S}(?<part>${PART}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const w = g.w!.toLowerCase().replace(/\s+/g, " ");
      // Capitalised mid-sentence or in quotes of its own, "Today" is a name: "USA Today", NBC's “Today” show.
      if (isCapitalised(g.w!) && (!ctx.sentenceInitial(m.index) || /^(?:['’]{1,2}|[”"])(?!s\b)/.test(ctx.text.slice(m.index + m[0].length)))) return null;
      // "the world of today", "today's Europe" in the abstract: the present.
      if (w === "today" && /of[\s\u00a0]+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return whole(m, "present-ref", "DATE", "PRESENT_REF");
      const offset = w.includes("before yesterday") ? -2 : w.includes("after tomorrow") ? 2 : w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      const day = shiftedValue(ctx, offset, "day") ?? "XXXX-XX-XX";
      if (w === "tonight" || w === "last night") return whole(m, "part", "TIME", `${day}TNI`);
      if (g.part) return whole(m, "part", "TIME", `${day}T${partCode(g.part)}`);
      return whole(m, "", "DATE", day);
    },
  };

  const thisPart: TimeRule = {
    id: "this-part",
    // "this morning".
    lookback: 1,
    triggers: ["morning", "afternoon", "evening", "night"],
    pattern: rx(`${B}this${S}(?<part>${PART})${E}`),
    extract(m, ctx) {
      return whole(m, "", "TIME", `${shiftedValue(ctx, 0, "day") ?? "XXXX-XX-XX"}T${partCode(m.groups!.part!)}`);
    },
  };

  const anchoredPart: TimeRule = {
    id: "anchored-part",
    // "late in the night".
    lookback: 3,
    triggers: ["morning", "afternoon", "evening", "night", "overnight"],
    pattern: rx(`${B}(?:in|during|late${S}in|early${S}in|through)${S}(?<span>the${S}(?<part>${PART}))(?!${S}of)${E}|${B}(?<over>overnight)${E}`),
    extract(m) {
      const span = groupSpan(m, "span") ?? groupSpan(m, "over")!;
      const part = m.groups!.part ?? "night";
      return { start: span[0], end: span[1], type: "TIME", value: "", rule: "", anchor: `T${partCode(part)}` };
    },
  };

  const eveDay: TimeRule = {
    id: "eve",
    // "the previous day".
    lookback: 2,
    triggers: ["day"],
    pattern: rx(`${B}(?:the${S}(?<w>day${S}before|previous${S}day|next${S}day|following${S}day|day${S}after))(?!${S}(?:yesterday|tomorrow))${E}`),
    extract(m) {
      const w = m.groups!.w!.toLowerCase();
      return whole(m, "", "DATE", "", { anchor: "", anchorShift: /before|previous/.test(w) ? -1 : 1 });
    },
  };

  const period: TimeRule = {
    id: "period",
    // "the end of the past week".
    lookback: 5,
    triggers: ["week", "weekend", "week-end", "month", "year", "quarter"],
    pattern: rx(
      `${B}(?:(?<adv>earlier|later|early|late|(?:the${S})?(?:end|beginning|start|middle)${S}of|mid-?)(?:${S})?)?(?<det>this|last|next|all|the${S}past|the${S}previous|the${S}preceding|the${S}following|the${S}coming|the${S}next|the${S}last)${S}(?<unit>week|weekend|week-end|month|year|quarter)${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const det = g.det!.toLowerCase().replace(/\s+/g, " ");
      const unit = g.unit!.toLowerCase().replace("-", "");
      // "all week", "all month": the running one; "all year" is all year round.
      if (det === "all" && (unit === "year" || unit === "quarter" || g.adv)) return null;
      // "the previous year", "the following month": the period before or after the date named just before.
      const anaphoric = ANAPHORIC_DET.exec(det);
      if (anaphoric && isAnaphoricUnit(unit) && !g.adv) {
        const shift = anaphoric[1] === "following" ? 1 : -1;
        return whole(m, "anaphor", "DATE", periodValue(ctx, unit, shift, () => "this"), { anaphor: { unit, shift } });
      }
      // "the past week", "the next month" are stretches of time, not calendar periods.
      if (det.startsWith("the ")) return whole(m, "span", "DURATION", durationValue(1, unitOf(unit === "weekend" ? "day" : unit) ?? "year"));
      const offset = det === "last" ? -1 : det === "next" ? 1 : 0;
      const mod = g.adv && /^(?:earlier|later)$/i.test(g.adv) ? undefined : modOf(g.adv);
      const extra = mod ? { mod } : {};
      const period: CalendarPeriod = unit === "weekend" ? "weekend" : unit === "quarter" ? "quarter" : unit === "week" ? "week" : unit === "month" ? "month" : "year";
      return whole(m, period, "DATE", periodValue(ctx, period, offset, () => ctx.direction(m.index, m.index + m[0].length)), extra);
    },
  };

  const year: TimeRule = {
    id: "year",
    // "the end of 2020".
    lookback: 3,
    triggers: ["#number"],
    numbers: /^(?:1[5-9]|20)\d\d$/,
    pattern: rx(
      `(?<![\\d][\\s\\u00a0.,])${B}(?:(?<adv>early|late|mid-?|(?:the${S})?(?:end|beginning|start|middle)${S}of)(?:${S})?)?(?<year>${YEAR})${E}(?![.,]\\d)(?!${S}\\d{3}(?!\\d))`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const y = +g.year!;
      const [ys, ye] = groupSpan(m, "year")!;
      const before = ctx.text.slice(Math.max(0, ys - 6), ys);
      if (y < 1900 && !/in[\s\u00a0]+$/i.test(before)) return null;
      const after = ctx.text.slice(ye, ye + 20);
      if (COUNTED.test(after)) return null;
      const next = /^[\s\u00a0]+(\p{Ll}+)/u.exec(after)?.[1];
      if (next && next.length > 3 && /s$/.test(next) && !/^(?:was|has|is|as|this|thus|plus|versus)$/.test(next)) return null;
      if (/(?:no\.|#|€|\$|£|[+×*=])[\s\u00a0]*$/iu.test(before)) return null;
      const mod = modOf(g.adv);
      return whole(m, "", "DATE", String(y), mod ? { mod } : {});
    },
  };

  const decade: TimeRule = {
    id: "decade",
    // "the early ’90s".
    lookback: 3,
    triggers: ["#number", "1960s", "60s"],
    numbers: /^(?:(?:19|20)\d0|\d0)$/,
    pattern: rx(`${B}(?:the${S})?(?:(?<adv>early|late|mid-?)(?:${S})?)?(?<d>(?:19|20)\\d0|${APOS}?\\d0)s${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      const digits = g.d!.replace(/\D/g, "");
      const d = digits.length === 2 ? expandTwoDigitYear(+digits, ctx.dct) : +digits;
      const mod = modOf(g.adv);
      return whole(m, "", "DATE", String(Math.floor(d / 10)), mod ? { mod } : {});
    },
  };

  const season: TimeRule = {
    id: "season",
    // "in the summer".
    lookback: 2,
    triggers: ["spring", "summer", "autumn", "fall", "winter"],
    pattern: rx(
      `${B}(?:(?<rel>(?:this|last|next|early|late|the)${S}|mid-)|(?<pre>in|during)${S}(?:the${S})?)?(?<s>spring|summer|autumn|fall|winter)(?:(?:${S}of)?${S}(?<year>${YEAR}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const word = g.s!.toLowerCase();
      const [ss, se] = groupSpan(m, "s")!;
      if (word === "fall" && !g.rel && !g.pre && !g.year) return null;
      const code = ({ spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" } as const)[word as "spring"] as Season;
      const year = g.year ? +g.year : undefined;
      const rel = g.rel?.trim().toLowerCase();
      if (!g.rel && !g.pre && !g.year) return null;
      const relation: Relation | "generic" =
        rel === "last" || rel === "next" || rel === "this"
          ? relationWord(rel, ctx, ss, se)
          : year !== undefined
            ? "this"
            : generalOrTense(g.rel, ctx.direction(ss, se));
      const start = g.pre ? ss : m.index;
      const mod = modOf(rel);
      return { start, end: m.index + m[0].length, type: "DATE", value: seasonValue(ctx, code, relation, year), rule: "", ...(mod ? { mod } : {}) };
    },
  };

  const ago: TimeRule = {
    id: "ago",
    triggers: UNIT_WORDS,
    pattern: rx(`${B}(?:(?<approx>${APPROX})${S})?(?<n>${NUM}|an?)${S}(?<unit>days?|weeks?|months?|years?|decades?|centuries|century)${S}(?<w>ago|earlier|from${S}now)${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      const n = /^an?$/i.test(g.n!) ? 1 : parseNumber(g.n!, NUMBER_WORDS);
      const unit = unitOf(g.unit!);
      if (n === null || !unit || !Number.isInteger(n)) return null;
      const w = g.w!.toLowerCase();
      // "three years earlier" hangs on the narrative, not the DCT: leave it a duration-like date we cannot place.
      if (w === "earlier") return null;
      const value = shiftedValue(ctx, w === "ago" ? -n : n, unit);
      if (!value) return null;
      const mod = approxMod(g.approx);
      return whole(m, "", "DATE", value, mod ? { mod } : {});
    },
  };

  const clock: TimeRule = {
    id: "clock",
    // "at about twenty one o'clock".
    lookback: 4,
    triggers: ["#number", "o'clock"],
    // "7 pm", "7.30 pm" (one token), "19:30"; "seven o'clock" wakes it by its last word.
    numbers: /^(?:[01]?\d|2[0-3])(?:\.[0-5]\d)?$/,
    pattern: rx(
      `${B}(?:(?<prep>about|around|at|by|before|after|until|from|approximately)${S})?(?<time>(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?(?:${S})?(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)|(?<h24>[01]?\\d|2[0-3]):(?<min24>[0-5]\\d)(?![\\d:])|(?<hw>${NUM})${S}o['’]clock)(?![\\p{L}\\p{N}])`,
    ),
    extract(m) {
      const g = m.groups!;
      const [start, end] = groupSpan(m, "time")!;
      let h: number;
      let min = 0;
      if (g.ap) {
        h = +g.h!;
        min = g.min ? +g.min : 0;
        if (h > 12) return null;
        const pm = /^p/i.test(g.ap);
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else if (g.h24) {
        h = +g.h24;
        min = +g.min24!;
      } else {
        const n = parseNumber(g.hw!, NUMBER_WORDS);
        if (n === null) return null;
        h = n;
      }
      const suffix = clockSuffix(h, min);
      if (!suffix) return null;
      const mod = approxMod(g.prep);
      return { start, end, type: "TIME", value: "", rule: "", anchor: suffix, ...(mod ? { mod } : {}) };
    },
  };

  const noon: TimeRule = {
    id: "noon",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["noon", "midday", "midnight"],
    pattern: rx(`${B}(?<w>noon|midday|midnight)${E}`),
    extract(m) {
      const suffix = m.groups!.w!.toLowerCase() === "midnight" ? "T24:00" : "T12:00";
      return whole(m, "", "TIME", "", { anchor: suffix });
    },
  };

  const duration: TimeRule = {
    id: "duration",
    triggers: UNIT_WORDS,
    pattern: rx(
      `${B}(?:(?<approx>${APPROX})${S})?(?:(?<span>the${S}(?:past|last|next|first|coming)${S})?(?<n>${NUM}|an?)|(?<vague>several|a${S}few|few|many|some|the${S}past${S}few|the${S}last${S}few))(?:${S}and${S}a${S}half)?(?:${S}|-)(?<unit>${UNIT})(?<half>${S}and${S}a${S}half)?${E}(?!-old|${S}old|${S}of${S}age)`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const unit = unitOf(g.unit!);
      if (!unit && !/^fortnight/i.test(g.unit!)) return null;
      let n: number | null = null;
      if (g.n) {
        n = /^an?$/i.test(g.n) ? 1 : parseNumber(g.n, NUMBER_WORDS);
        if (n === null) return null;
        // "a day after", "once a year": not a stretch of time.
        if (/^an?$/i.test(g.n) && /(?:once|twice|times)[\s\u00a0]+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) {
          return whole(m, "set", "SET", durationValue(1, unit!));
        }
        if (/^(?:one|a)$/i.test(g.n) && unit === "day" && !g.span) return null;
        // "a second term", "a second time": the ordinal, unless a word of time follows ("a second later").
        if (/^(?:an?|one)$/i.test(g.n) && unit === "second" && SECOND_THEN_NOUN.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      }
      if (g.half && n !== null) n += 0.5;
      if (unit === "year" && /(?:aged|age)[\s\u00a0]+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const value = /^fortnight/i.test(g.unit!) ? (n === null ? "PXW" : `P${2 * n}W`) : durationValue(n, unit!);
      const mod = approxMod(g.approx);
      return whole(m, "", "DURATION", value, mod ? { mod } : {});
    },
  };

  const forYears: TimeRule = {
    id: "vague-duration",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["for"],
    pattern: rx(`${B}for${S}(?<unit>years|decades|months|weeks|days|hours|centuries)${E}`),
    extract(m) {
      const [start, end] = groupSpan(m, "unit")!;
      return { start, end, type: "DURATION", value: durationValue(null, unitOf(m.groups!.unit!)!), rule: "" };
    },
  };

  const set: TimeRule = {
    id: "set",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "annual", "quarterly"],
    pattern: rx(
      `${B}(?:every|each)${S}(?:(?<n>${NUM}|other)${S})?(?<unit>days?|weeks?|months?|years?|hours?|minutes?|mornings?|evenings?|nights?|weekends?|summers?|winters?|(?:${WD}))${E}|${B}(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|annual|quarterly)${E}|${B}per${S}(?<per>day|week|month|year|hour|annum)${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      if (g.adv) {
        if (isCapitalised(g.adv) && !ctx.sentenceInitial(m.index)) return null;
        // "the now-defunct weekly.": a noun, a paper; "a weekly meeting" stays a set.
        const end = m.index + m[0].length;
        if (DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)) && !/^[\s\u00a0]+\p{L}/u.test(ctx.text.slice(end, end + 2))) return null;
        const w = g.adv.toLowerCase();
        const value = w === "daily" ? "P1D" : w === "weekly" ? "P1W" : w === "monthly" ? "P1M" : w === "hourly" ? "PT1H" : w === "nightly" ? "XXXX-XX-XXTNI" : w === "quarterly" ? "P3M" : "P1Y";
        return whole(m, "adverb", "SET", value);
      }
      if (g.per) {
        const [start, end] = groupSpan(m, "per")!;
        const w = g.per.toLowerCase();
        return { start, end, type: "SET", value: durationValue(1, unitOf(w === "annum" ? "year" : w)!), rule: "per" };
      }
      const unitWord = g.unit!.toLowerCase().replace(/s$/, "");
      const n = g.n ? (g.n.toLowerCase() === "other" ? 2 : parseNumber(g.n, NUMBER_WORDS)) : 1;
      if (n === null) return null;
      const wd = weekdayNumber(unitWord);
      if (wd !== null) return whole(m, "", "SET", `XXXX-WXX-${wd}`);
      if (/^(?:morning|evening|night)$/.test(unitWord)) return whole(m, "", "SET", `XXXX-XX-XXT${partCode(unitWord)}`);
      if (unitWord === "weekend") return whole(m, "", "SET", "XXXX-WXX-WE");
      if (unitWord === "summer") return whole(m, "", "SET", "XXXX-SU");
      if (unitWord === "winter") return whole(m, "", "SET", "XXXX-WI");
      const unit = unitOf(unitWord);
      return unit ? whole(m, "", "SET", durationValue(n, unit)) : null;
    },
  };

  const refs: TimeRule = {
    id: "ref",
    // "once upon a time", "in the near future".
    lookback: 3,
    triggers: ["currently", "now", "nowadays", "present", "days", "moment", "recently", "formerly", "past", "time", "soon", "shortly", "future", "lately"],
    pattern: rx(
      `${B}(?<w>currently|now|nowadays|at${S}present|these${S}days|at${S}the${S}moment|right${S}now|recently|formerly|in${S}the${S}past|once${S}upon${S}a${S}time|soon|shortly|in${S}the${S}(?:near${S})?future|from${S}now${S}on|lately)${E}`,
    ),
    extract(m, ctx) {
      const w = m.groups!.w!.toLowerCase().replace(/\s+/g, " ");
      // "now that", "just now", "until now": still the present; but "by now" and "for now" too — keep all.
      // "the now-defunct paper": an adjective, not a time.
      if (/^-\p{L}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      if (w === "shortly" && /^[\s\u00a0]+(?:after|before)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      const value = /^(?:recently|formerly|in the past|once upon a time|lately)$/.test(w)
        ? "PAST_REF"
        : /^(?:soon|shortly|in the future|in the near future)$/.test(w)
          ? "FUTURE_REF"
          : "PRESENT_REF";
      return whole(m, "", "DATE", value);
    },
  };

  // Order breaks ties between equally long matches: the earlier rule wins.
  // Fixed-day holidays: "on Christmas Day", "by New Year's Eve".
  const holiday = holidayRule(
    [
      { name: "Christmas Day", month: 12, day: 25 },
      { name: "Christmas Eve", month: 12, day: 24 },
      // "the Christmas market", "Christmas trees" name things, not the day.
      { name: "Christmas", month: 12, day: 25, notBefore: /^[\s\u00a0]+\p{Ll}/u },
      { name: "New Year's Eve", month: 12, day: 31 },
      { name: "New Year's Day", month: 1, day: 1 },
      { name: "Valentine's Day", month: 2, day: 14 },
      { name: "Halloween", month: 10, day: 31 },
    ],
    [],
  );

  return [
    dayMonth, numericDate, relativeDay, thisPart, weekday, monthRule, period, decade, year, season, ago, clock, noon,
    anchoredPart, eveDay, set, duration, forYears, refs, holiday,
  ];
}
