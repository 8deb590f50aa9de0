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
import type { RuleContext, TimeRule, TimexDraft } from "../../../stages/times/types.js";
import { NUMBER_WORDS } from "./numbers.js";

const NUM = numberPattern(NUMBER_WORDS);
// The words a written number opens on.
const NUMBER_WORD_LIST = [...Object.keys(NUMBER_WORDS.values), ...Object.keys(NUMBER_WORDS.multipliers), ...Object.keys(NUMBER_WORDS.scales)];
const UNIT_WORDS = ["seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "journée", "journées", "nuit", "nuits", "semaine", "semaines", "mois", "an", "ans", "année", "années", "décennie", "décennies", "siècle", "siècles", "trimestre", "trimestres", "semestre", "semestres"];
const LAST = "derni(?:er|ère)s?|passée?s?|écoulée?s?|précédente?s?";
const NEXT = `prochaine?s?|suivante?s?|à${S}venir`;
const REL = `${LAST}|${NEXT}`;
// A two-digit year only before punctuation: "octobre 98." but not "le 3 mai 20 soldats".
const YY = `['’]?\\d{2}(?=\\s*(?:[,.;:)!?»]|$))`;
const YEAR = `(?:1[5-9]|20)\\d{2}(?!\\d)`;
const PART = "matin|midi|après-midi|soir|soirée|nuit";
const UNIT =
  "secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|années?|décennies?|siècles?|trimestres?|semestres?";
// Nouns a year is never followed by: the number counts them.
const COUNTED = /^[\s\u00a0\u202f]*(?:%|€|\$|£|euros?|francs?|dollars?|km|kg|m²|m\b|t\b|ha\b|habitants|personnes|mètres|tonnes|voix|morts|places|salariés|emplois)/iu;
// Nouns whose "de N ans" is a length of time, not an age.
const DURATION_HEADS =
  /^(?:peine|peines|période|durée|contrat|mandat|absence|séjour|plan|programme|bail|délai|retard|emprisonnement|prison|réclusion|détention|carrière|exil|guerre|conflit|travaux|chantier|moratoire|suspension|interdiction|sursis|garantie|crédit|prêt|emprunt|espace|intervalle|cycle|mission|règne|trêve|attente|terme|bout|total|maximum|minimum|minimum|plus|moins|près|environ|ans|an|lapse|laps|voyage|stage|tournée|procès|enquête|négociations|mariage|vie|service|concession|licence|pause|gel|calendrier|horizon)$/iu;
const AGE_BEFORE =
  /(?:âgée?s?|agée?s?|fillette|garçonnet|garçon|fille|fils|enfant|bébé|homme|femme|jeune|adolescente?|retraitée?|mère|père|victime|conducteur|conductrice|automobiliste|motard|piéton|quadragénaire|trentenaire|individu|suspect|frère|sœur|épouse|mari|veuve|veuf|octogénaire|nonagénaire)[\s\u00a0\u202f]+d(?:e[\s\u00a0\u202f]+|['’])(?:une?[\s\u00a0\u202f]+)?$/iu;

const LAST_WORD = new RegExp(`^(?:${LAST})$`, "iu");
const SINCE_BEFORE = /(?:^|[\s\u00a0])depuis[\s\u00a0]+$/iu;
// "d'ici vendredi", "jusqu'à jeudi": in news mostly a deadline or a forecast, so the coming day.
const UNTIL_BEFORE = /(?:^|[\s\u00a0])(?:jusqu['’]à|d['’]ici)[\s\u00a0]+$/iu;
// Words that count from a time named before rather than from the DCT.
const ANAPHORIC_WORD = /^(?:précédente?s?|suivante?s?)$/iu;

function relationOf(word: string | undefined, ctx: RuleContext, start: number, end: number): Relation {
  if (word) {
    if (LAST_WORD.test(word)) return "last";
    return "next";
  }
  return ctx.direction(start, end);
}

// A past verb of another clause ("Nos factures ont triplé. … je ferme en janvier") does not send a
// month back a year: the month then resolves to the nearest one.
function monthRelation(relation: Relation, word: string | undefined, ctx: RuleContext, start: number, end: number): Relation {
  return relation === "past" && !word && !ctx.clearlyPast(start, end) ? "present" : relation;
}

function partCode(word: string): DayPart {
  const w = word.toLowerCase();
  if (w.startsWith("mat")) return "MO";
  if (w === "midi") return "MI";
  if (w.startsWith("après")) return "AF";
  if (w.startsWith("soir")) return "EV";
  if (w.startsWith("nuit")) return "NI";
  return "DT";
}

function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase();
  if (w.startsWith("seconde")) return "second";
  if (w.startsWith("minute")) return "minute";
  if (w.startsWith("heure")) return "hour";
  if (w.startsWith("jour") || w.startsWith("nuit")) return "day";
  if (w.startsWith("semaine")) return "week";
  if (w === "mois") return "month";
  if (w === "an" || w === "ans" || w.startsWith("année")) return "year";
  if (w.startsWith("décenni")) return "decade";
  if (w.startsWith("siècle")) return "century";
  return null;
}

function dayNumber(word: string): number {
  return /^(?:1er|1re|premier)$/i.test(word) ? 1 : parseInt(word, 10);
}

function yearOf(word: string | undefined, ctx: RuleContext): number | undefined {
  if (!word) return undefined;
  const digits = word.replace(/\D/g, "");
  return digits.length === 2 ? expandTwoDigitYear(+digits, ctx.dct) : +digits;
}

function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes("début")) return "START";
  if (w.includes("fin")) return "END";
  if (w.includes("mi")) return "MID";
  return undefined;
}

function approxMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:environ|près de|presque|quelque|autour de|aux alentours de|vers)$/.test(w)) return "APPROX";
  if (/plus d/.test(w)) return "MORE_THAN";
  if (/moins d/.test(w)) return "LESS_THAN";
  if (w === "au moins") return "EQUAL_OR_MORE";
  if (w === "au plus") return "EQUAL_OR_LESS";
  return undefined;
}

// Without a determiner, a season in a present sentence is any season ("l'hiver, il neige").
function generalOrTense(det: string | undefined, direction: Relation): Relation | "generic" {
  return det || direction !== "present" ? direction : "generic";
}

// "dans la semaine qui suit", "dans le mois de mai": a period of something else.
const PERIOD_COMPLEMENT = /^[\s\u00a0\u202f]+(?:qui|de|du|d['’]|des|où|écoulée?|passée?)(?![\p{L}])/iu;

/** Whether "toute la semaine", "dans le mois" name the running period: "dans" only looking ahead, with nothing after. */
function runningPeriod(all: string, ctx: RuleContext, m: RegExpExecArray): boolean {
  if (!/^dans/i.test(all)) return true;
  const end = m.index + m[0].length;
  return ctx.direction(m.index, end) !== "past" && !PERIOD_COMPLEMENT.test(ctx.text.slice(end, end + 12));
}

/** Builds the French rules from the locale's calendar. */
export function buildRules(calendar: CalendarLexicon): TimeRule[] {
  const MONTH = monthPatterns(calendar);
  const WD = weekdayPattern(calendar);
  const { month: monthNumber, weekday: weekdayNumber } = calendarWords(calendar);
  const month = (m: RegExpExecArray): number => monthNumber(m.groups!.month!)!;
  const MONTHS = calendar.months.flat();
  const WEEKDAYS = calendar.weekdays.flat();
  const WEEKDAYS_FULL = calendar.weekdays.map((forms) => forms[0]!);
  const MONTHS_FULL = calendar.months.map((forms) => forms[0]!);

  const dayMonth: TimeRule = {
    id: "day-month",
    // "le lundi 1er mars": four tokens before the month ("1er" is two).
    lookback: 4,
    triggers: MONTHS,
    opens: ["le", ...WEEKDAYS_FULL, "premier", "#number"],
    pattern: rx(
      `${B}(?:(?<art>le)${S})?(?:(?<wd>${WD})${S})?(?<day>1er|1re|premier|[12]\\d|3[01]|0?[1-9])${S}(?<month>${MONTH.any})(?:${S}(?<year>${YEAR}|${YY}))?(?:${S}(?<rel>${REL}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const mo = month(m);
      const day = dayNumber(g.day!);
      const year = yearOf(g.year, ctx);
      // A year given fixes the date: the tense is read only without one.
      const relation = year !== undefined ? "this" : g.rel ? relationOf(g.rel, ctx, m.index, m.index + m[0].length) : dayMonthRelation(ctx, mo, day, m.index, m.index + m[0].length);
      const value = dayMonthValue(ctx, mo, day, relation, year);
      const y = +value.slice(0, 4);
      if (!Number.isNaN(y) && !isValidDay(y, mo, day)) return null;
      return whole(m, "", "DATE", value, year === undefined ? { implied: true } : {});
    },
  };

  // "les 6 et 13 avril prochains": the first day borrows the month of the second.
  const dayPair: TimeRule = {
    id: "day-pair",
    // "les 1er et 3 mai".
    lookback: 5,
    triggers: MONTHS,
    opens: ["les", "#number"],
    pattern: rx(
      `${B}(?<first>(?:les${S})?(?<d1>1er|[12]\\d|3[01]|0?[1-9]))${S}(?:et|ou|au)${S}(?<second>(?<d2>[12]\\d|3[01]|0?[1-9])${S}(?<month>${MONTH.any})(?:${S}(?<year>${YEAR}))?(?:${S}(?<rel>${REL}))?)${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const mo = month(m);
      const year = yearOf(g.year, ctx);
      const relation =
        year !== undefined ? "this" : g.rel ? relationOf(g.rel, ctx, m.index, m.index + m[0].length) : dayMonthRelation(ctx, mo, dayNumber(g.d2!), m.index, m.index + m[0].length);
      const out: TimexDraft[] = [];
      for (const [dayGroup, spanGroup] of [["d1", "first"], ["d2", "second"]] as const) {
        const day = dayNumber(g[dayGroup]!);
        const value = dayMonthValue(ctx, mo, day, relation, year);
        if (!isValidDay(+value.slice(0, 4) || 2000, mo, day)) return null;
        const [start, end] = groupSpan(m, spanGroup)!;
        out.push({ start, end, type: "DATE", value, rule: "", ...(year === undefined ? { implied: true } : {}) });
      }
      return out;
    },
  };

  const numericDate: TimeRule = {
    id: "numeric-date",
    // Opens on its first number, itself a trigger.
    lookback: 0,
    triggers: ["#number"],
    // "12/03/2022" opens on the token "12", "12.03.2022" is one token.
    numbers: /^[0-3]?\d(?:\.|$)/,
    pattern: rx(`${B}(?<d>[0-3]?\\d)(?<sep>[/.])(?<mo>[01]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})${E}(?![.,/]\\d)`),
    extract(m, ctx) {
      const g = m.groups!;
      const y = g.y!.length === 2 ? expandTwoDigitYear(+g.y!, ctx.dct) : +g.y!;
      if (!isValidDay(y, +g.mo!, +g.d!)) return null;
      return whole(m, "", "DATE", dayMonthValue(ctx, +g.mo!, +g.d!, "this", y));
    },
  };

  const monthRule: TimeRule = {
    id: "month",
    // "en fin de mois d’avril", "en la fin du mois de".
    lookback: 6,
    triggers: MONTHS,
    opens: ["en", "la", "le", "début", "fin", "milieu", "mi", "courant", "mois", ...MONTHS_FULL],
    pattern: rx(
      `${B}(?:(?<en>en)${S}(?=(?:${MONTH.full})(?![\\s\\u00a0\\u202f]*(?:\\d|${REL}))))?(?:(?<mod>(?:(?:la|le)${S})?(?:début|fin|milieu)${S}(?:(?:du${S}mois${S})?d(?:e${S}|['’]))?|mi-|courant${S})|(?<mois>(?:le${S})?mois${S}d(?:e${S}|['’])))?(?<month>${MONTH.full})(?:${S}(?<year>${YEAR}|${YY}))?(?:${S}(?<rel>${REL}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const [ms] = groupSpan(m, "month")!;
      // Capitalised mid-sentence with nothing else, "Mars" or "Mai" is a name.
      if (isCapitalised(g.month!) && !g.year && !g.mod && !g.mois && !ctx.sentenceInitial(m.index)) return null;
      // "mai" after "le 3" is the day-month rule's; "sept" alone is the number.
      if (g.month!.toLowerCase() === "sept") return null;
      const year = yearOf(g.year, ctx);
      const relation = year === undefined ? monthRelation(relationOf(g.rel, ctx, ms, m.index + m[0].length), g.rel, ctx, ms, m.index + m[0].length) : "this";
      const mod = modOf(g.mod);
      return whole(m, "", "DATE", monthValue(ctx, month(m), relation, year), {
        ...(mod ? { mod } : {}),
        ...(year === undefined ? { implied: true } : {}),
      });
    },
  };

  const weekday: TimeRule = {
    id: "weekday",
    // "ce même lundi".
    lookback: 2,
    triggers: WEEKDAYS,
    pattern: rx(
      `${B}(?:(?<det>ce|le)${S}(?:(?<same>même)${S})?)?(?<wd>${WD})(?:${S}(?<rel>${REL}))?(?:${S}(?<part>${PART}))?(?:${S}(?<rel2>${REL}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const [ws, we] = groupSpan(m, "wd")!;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "Journal du Dimanche", "Dimanche Ouest-France": a capitalised weekday inside a name.
      if (isCapitalised(g.wd!) && !ctx.sentenceInitial(ws) && (/^\s\p{Lu}/u.test(after) || /du\s$/i.test(ctx.text.slice(ws - 3, ws)))) {
        return null;
      }
      const wd = weekdayNumber(g.wd!)!;
      const rel = g.rel ?? g.rel2;
      const det = g.det?.toLowerCase();
      let relation: Relation;
      if (rel) relation = relationOf(rel, ctx, ws, we);
      else if (det === "ce") relation = "this";
      // "depuis lundi": the one gone, whatever the tense.
      else if (SINCE_BEFORE.test(ctx.text.slice(Math.max(0, ws - 8), ws))) relation = "past";
      else if (UNTIL_BEFORE.test(ctx.text.slice(Math.max(0, ws - 9), ws))) relation = "future";
      else relation = weekdayRelation(ctx.direction(ws, we));
      // "le mercredi" with nothing after is a habit in a present or future sentence: every Wednesday.
      if (det === "le" && !rel && !g.part && relation !== "past") {
        return whole(m, "set", "SET", `XXXX-WXX-${wd}`);
      }
      const day = weekdayValue(ctx, wd, relation);
      if (g.part) return whole(m, "part", "TIME", `${day}T${partCode(g.part)}`, { implied: true });
      return whole(m, "", "DATE", day, { implied: true });
    },
  };

  const nightBetween: TimeRule = {
    id: "night-between",
    // "la nuit".
    lookback: 1,
    triggers: ["nuit"],
    pattern: rx(`${B}la${S}nuit${S}d(?:e|u)${S}(?<wd>${WD})${S}(?:à|au)${S}(?<wd2>${WD})${E}`),
    extract(m, ctx) {
      const wd = weekdayNumber(m.groups!.wd!)!;
      const day = weekdayValue(ctx, wd, ctx.direction(m.index, m.index + m[0].length));
      return whole(m, "", "TIME", `${day}TNI`, { implied: true });
    },
  };

  const relativeDay: TimeRule = {
    id: "relative-day",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["hier", "demain", "aujourd'hui", "avant-hier", "après-demain"],
    pattern: rx(
      `${B}(?<w>avant-hier|après-demain|hier|aujourd${APOS}hui|demain)(?:${S}(?:(?<part>${PART})|(?<wd>${WD})(?![\\s\\u00a0]+\\d)))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const w = g.w!.toLowerCase().replace("’", "'");
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      // "la France d'aujourd'hui", "l'Europe de demain", "Aujourd'hui, la ville a changé": the present or the future, not a day.
      if (/(?:^|[\s\u00a0])d(?:e[\s\u00a0]+|['’])$/i.test(before) || (w === "aujourd'hui" && !g.part && !g.wd && ctx.sentenceInitial(m.index) && /^,/.test(ctx.text.slice(m.index + m[0].length)))) {
        if (w === "aujourd'hui") return whole(m, "present-ref", "TIME", "PRESENT_REF");
        if (w === "demain") return whole(m, "future-ref", "TIME", "FUTURE_REF");
      }
      const offset = { "avant-hier": -2, hier: -1, "aujourd'hui": 0, demain: 1, "après-demain": 2 }[w] ?? 0;
      const day = shiftedValue(ctx, offset, "day") ?? "XXXX-XX-XX";
      if (g.part) return whole(m, "part", "TIME", `${day}T${partCode(g.part)}`);
      return whole(m, "", "DATE", day);
    },
  };

  const thisPart: TimeRule = {
    id: "this-part",
    // "cette nuit".
    lookback: 1,
    triggers: ["matin", "midi", "après-midi", "soir", "nuit", "soirée", "matinée"],
    pattern: rx(`${B}(?:ce|cet|cette)${S}(?<part>matin|midi|après-midi|soir|nuit|soirée|matinée)(?:-(?:ci|là))?${E}`),
    extract(m, ctx) {
      return whole(m, "", "TIME", `${shiftedValue(ctx, 0, "day") ?? "XXXX-XX-XX"}T${partCode(m.groups!.part!)}`);
    },
  };

  // "dans la nuit", "en soirée": a part of the day named before or the DCT.
  const anchoredPart: TimeRule = {
    id: "anchored-part",
    // "au cours de la nuit".
    lookback: 4,
    triggers: ["nuit", "soirée", "matinée", "après-midi", "journée"],
    pattern: rx(
      `${B}(?:dans|pendant|durant|(?:au|en)${S}cours${S}de|tard${S}dans|toute|jusque${S}dans|en|en${S}fin${S}de|en${S}début${S}de)${S}(?<span>(?:la${S})?(?<part>nuit|soirée|matinée|après-midi|journée))(?!${S}(?:de|du|d['’]|suivante|précédente|dernière)${E})${E}`,
    ),
    extract(m) {
      const [start, end] = groupSpan(m, "span")!;
      const part = m.groups!.part!.toLowerCase();
      if (part === "journée") return { start, end, type: "DATE", value: "", rule: "", anchor: "" };
      return { start, end, type: "TIME", value: "", rule: "", anchor: `T${partCode(part)}` };
    },
  };

  const eveDay: TimeRule = {
    id: "eve",
    // "l’avant-veille".
    lookback: 1,
    triggers: ["veille", "lendemain", "avant-veille", "surlendemain"],
    pattern: rx(`${B}(?:la${S}veille|le${S}lendemain|l${APOS}avant-veille|le${S}surlendemain)${E}(?!${S}d)`),
    extract(m) {
      const w = m[0].toLowerCase();
      const shift = w.includes("avant-veille") ? -2 : w.includes("veille") ? -1 : w.includes("surlendemain") ? 2 : 1;
      return whole(m, "", "DATE", "", { anchor: "", anchorShift: shift });
    },
  };

  const period: TimeRule = {
    id: "period",
    // "la fin de la semaine".
    lookback: 4,
    triggers: ["semaine", "week-end", "weekend", "week", "mois", "année", "an", "trimestre"],
    pattern: rx(
      `${B}(?<adv>(?:(?:la|le)${S})?(?:fin|début|milieu)${S}(?:de${S}(?=la|l['’]|cette|ce|cet)|d['’]|du${S}(?=mois|week|trimestre|semestre))|plus${S}tôt${S}|plus${S}tard${S}|courant${S})?(?<all>(?:toute?|dans)${S}(?=la|le|l['’]))?(?<det>cette${S}|cet${S}|ce${S}|la${S}|le${S}|l['’])?(?<unit>semaine|week-end|week${S}end|weekend|mois|année|an|trimestre)(?<ci>-ci|-là)?(?:${S}(?<rel>${REL}|en${S}cours))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const det = g.det?.trim().toLowerCase().replace("’", "'");
      const adv = g.adv?.toLowerCase();
      const unit = g.unit!.toLowerCase().replace(/\s+/g, "-");
      const relWord = g.rel?.toLowerCase();
      let offset: number;
      let relation: Relation = "this";
      if (relWord && !relWord.startsWith("en")) {
        relation = relationOf(g.rel, ctx, m.index, m.index + m[0].length);
        offset = relation === "last" ? -1 : 1;
      } else if (det === "ce" || det === "cette" || det === "cet" || relWord) offset = 0;
      // "toute la semaine", "tout le mois", "dans la semaine": the running one; "toute l'année" is all year round.
      else if (g.all && det !== undefined && unit !== "année" && unit !== "an" && runningPeriod(g.all, ctx, m)) offset = 0;
      // "fin du mois", "début de l'année": the current one.
      else if (adv && (det === undefined || det === "la" || det === "le" || det === "l'") && !/^plus/.test(adv)) offset = 0;
      else return null;
      if (det === "cet" && unit !== "an") return null;
      if ((unit === "an" && !det && !adv) || (unit === "mois" && !det && !adv && !relWord)) return null;
      const mod = modOf(adv && !adv.startsWith("plus") && !adv.startsWith("courant") ? adv : undefined);
      const extra: Partial<TimexDraft> = mod ? { mod } : {};
      const period: CalendarPeriod = unit === "week-end" || unit === "weekend" ? "weekend" : unit === "trimestre" ? "quarter" : unit === "semaine" ? "week" : unit === "mois" ? "month" : "year";
      const value = periodValue(ctx, period, offset, () => ctx.direction(m.index, m.index + m[0].length));
      // "l'année précédente", "le mois suivant" count from the date named just before, not from the DCT.
      if (relWord && ANAPHORIC_WORD.test(relWord) && isAnaphoricUnit(period)) Object.assign(extra, { anaphor: { unit: period, shift: offset } });
      return whole(m, period, "DATE", value, extra);
    },
  };

  const year: TimeRule = {
    id: "year",
    // "la fin de l’année 2020".
    lookback: 5,
    triggers: ["#number"],
    numbers: /^(?:1[5-9]|20)\d\d$/,
    opens: ["la", "le", "fin", "début", "milieu", "mi", "courant", "l'", "cette", "en", "depuis", "dès", "#number"],
    pattern: rx(
      `(?<![\\d][\\s\\u00a0\\u202f.,])${B}(?:(?<adv>(?:(?:la|le)${S})?(?:fin|début|milieu)${S}(?:de${S}l['’](?:année|an)${S})?|mi-|courant${S}|(?:l['’]|cette${S})(?:année|an)${S})|(?<pre>en|depuis|dès|l['’]an)${S})?(?<year>${YEAR})${E}(?![.,]\\d)(?!${S}\\d{3}(?!\\d))`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const y = +g.year!;
      const [ys, ye] = groupSpan(m, "year")!;
      if (y < 1900 && !g.pre && !g.adv) return null;
      const after = ctx.text.slice(ye, ye + 20);
      if (COUNTED.test(after)) return null;
      // "2000 soldats": a plural noun right after counts it, unless it is a small word.
      const next = /^[\s\u00a0\u202f]+(\p{Ll}+)/u.exec(after)?.[1];
      if (next && next.length > 3 && /[sx]$/.test(next) && !/^(?:dans|sans|vers|alors|puis|depuis|mais|après|plus|moins|sous|pour|avec|parmi|dont|tous|toutes|très)$/.test(next)) return null;
      if (/(?:n°|nº|numéro|€|\$|£|[+×*=])[\s\u00a0]*$/iu.test(ctx.text.slice(Math.max(0, ys - 8), ys))) return null;
      const mod = modOf(g.adv && !/^(?:l|cette)/i.test(g.adv) ? g.adv : undefined);
      const start = g.adv ? m.index : g.pre?.toLowerCase().startsWith("l") ? m.index : ys;
      return { start, end: ye, type: "DATE", value: String(y), rule: "", ...(mod ? { mod } : {}) };
    },
  };

  const decade: TimeRule = {
    id: "decade",
    // "la fin des années".
    lookback: 3,
    triggers: ["années"],
    pattern: rx(`${B}(?:(?<adv>(?:(?:la|le)${S})?(?:fin|début|milieu)${S}des${S})|(?<det>les)${S})?années${S}(?<d>(?:19|20)?\\d0)(?!\\d)${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      const d = g.d!.length === 2 ? expandTwoDigitYear(+g.d!, ctx.dct) : +g.d!;
      const mod = modOf(g.adv);
      return whole(m, "", "DATE", String(Math.floor(d / 10)), mod ? { mod } : {});
    },
  };

  const season: TimeRule = {
    id: "season",
    // "la fin de l’hiver".
    lookback: 4,
    triggers: ["été", "hiver", "printemps", "automne"],
    opens: ["cet", "l'", "la", "le", "fin", "début", "milieu", "en", "au", "été", "hiver", "printemps", "automne"],
    pattern: rx(
      `${B}(?:(?<det>cet${S}|l['’]|(?:(?:la|le)${S})?(?:fin|début|milieu)${S}(?:de${S}l['’]|du${S}|d['’]))|(?<pre>en|au)${S})?(?<s>été|hiver|printemps|automne)(?:${S}(?<year>${YEAR}))?(?:${S}(?<rel>${REL}))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const word = g.s!.toLowerCase();
      const [ss] = groupSpan(m, "s")!;
      // Bare "été" is the participle of être.
      const bare = !g.det && !g.pre && !g.year && !g.rel;
      if (word === "été" && bare && !(isCapitalised(g.s!) && ctx.sentenceInitial(ss))) return null;
      // "Jeux d'hiver", "heure d'été": a kind of thing, not a time.
      if (bare && /d(?:e[\s\u00a0]+|['’])$/i.test(ctx.text.slice(Math.max(0, ss - 3), ss))) return null;
      const code = ({ été: "SU", hiver: "WI", printemps: "SP", automne: "FA" } as const)[word as "été"] as Season;
      const year = g.year ? +g.year : undefined;
      const relation: Relation | "generic" = g.rel
        ? relationOf(g.rel, ctx, ss, ss)
        : g.det?.trim().toLowerCase() === "cet" || year !== undefined
          ? "this"
          : generalOrTense(g.det, ctx.direction(ss, m.index + m[0].length));
      const start = g.pre ? ss : m.index;
      const mod = modOf(g.det);
      return { start, end: m.index + m[0].length, type: "DATE", value: seasonValue(ctx, code, relation, year), rule: "", ...(mod ? { mod } : {}) };
    },
  };

  const ago: TimeRule = {
    id: "ago",
    triggers: UNIT_WORDS,
    opens: ["il", "voici", "dans"],
    pattern: rx(`${B}(?<w>il${S}y${S}a|voici|dans)${S}(?:(?<approx>environ|près${S}de|presque|plus${S}de|moins${S}de)${S})?(?<n>${NUM})${S}(?<unit>jours?|semaines?|mois|ans|années?|décennies?|siècles?)${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      const n = parseNumber(g.n!, NUMBER_WORDS);
      const unit = unitOf(g.unit!);
      if (n === null || !unit || !Number.isInteger(n)) return null;
      const sign = g.w!.toLowerCase() === "dans" ? 1 : -1;
      const value = shiftedValue(ctx, sign * n, unit);
      if (!value) return null;
      const mod = approxMod(g.approx);
      return whole(m, "", "DATE", value, mod ? { mod } : {});
    },
  };

  const clock: TimeRule = {
    id: "clock",
    // "aux alentours de 15 h".
    lookback: 3,
    triggers: ["#number"],
    // The hour is a number of its own: "15 h 30", "15h30".
    numbers: /^(?:[01]?\d|2[0-4])$/,
    opens: ["vers", "aux", "autour", "environ", "à", "a", "dès", "avant", "après", "jusqu'", "depuis", "de", "entre", "en", "pendant", "durant", "sous", "les", "des", "#number"],
    pattern: rx(
      `${B}(?:(?<prep>vers|aux${S}alentours${S}de|autour${S}de|environ|à|a|dès|avant|après|jusqu['’]à|depuis|de|entre|en|pendant|durant|sous|les|des)${S})?(?<time>(?<h>[01]?\\d|2[0-4])(?:${S})?h(?:(?:${S})?(?<min>[0-5]\\d))?)${E}(?!${S}sur${S}24)`,
    ),
    extract(m) {
      const g = m.groups!;
      const [start, end] = groupSpan(m, "time")!;
      const prep = g.prep?.toLowerCase();
      const h = +g.h!;
      const min = g.min ? +g.min : 0;
      // "en 48 h", "pendant 3 h": a duration.
      if (prep && /^(?:en|pendant|durant|sous|les|des)$/.test(prep)) {
        return { start, end, type: "DURATION", value: min ? `PT${h}H${min}M` : `PT${h}H`, rule: "duration" };
      }
      const suffix = clockSuffix(h, min);
      if (!suffix) return null;
      const mod = approxMod(prep);
      return { start, end, type: "TIME", value: "", rule: "", anchor: suffix, ...(mod ? { mod } : {}) };
    },
  };

  const clockWords: TimeRule = {
    id: "clock-words",
    triggers: ["heure", "heures"],
    opens: ["vers", "à", "dès", "avant", "après", "jusqu'", "aux", "autour"],
    pattern: rx(
      `${B}(?:(?<prep>vers|à|dès|avant|après|jusqu['’]à|aux${S}alentours${S}de|autour${S}de)${S})(?<time>(?<h>\\d{1,2}|${NUM})${S}heures?(?:${S}(?<min>[0-5]\\d|et${S}demie|et${S}quart|moins${S}le${S}quart))?)${E}`,
    ),
    extract(m) {
      const g = m.groups!;
      const [start, end] = groupSpan(m, "time")!;
      let h = parseNumber(g.h!, NUMBER_WORDS);
      if (h === null) return null;
      let min = 0;
      const mw = g.min?.toLowerCase();
      if (mw?.includes("demie")) min = 30;
      else if (mw?.includes("moins")) {
        h -= 1;
        min = 45;
      } else if (mw?.includes("quart")) min = 15;
      else if (mw) min = +mw;
      const suffix = clockSuffix(h, min);
      if (!suffix) return null;
      const mod = approxMod(g.prep);
      return { start, end, type: "TIME", value: "", rule: "", anchor: suffix, ...(mod ? { mod } : {}) };
    },
  };

  const noon: TimeRule = {
    id: "noon",
    // "jusqu’à midi".
    lookback: 2,
    triggers: ["midi", "minuit"],
    pattern: rx(`${B}(?:(?<prep>vers|à|dès|avant|après|jusqu['’]à)${S}|(?<det>ce)${S})?(?<w>midi|minuit)(?:${S}(?<min>[0-5]\\d))?${E}`),
    extract(m, ctx) {
      const g = m.groups!;
      const [ws, we] = groupSpan(m, "w")!;
      // "le Midi", "Midi Libre": the south of France.
      if (isCapitalised(g.w!) && !ctx.sentenceInitial(ws)) return null;
      if (/(?:le|du|au)[\s\u00a0]+$/i.test(ctx.text.slice(Math.max(0, ws - 4), ws)) && !g.det) return null;
      const suffix = clockSuffix(g.w!.toLowerCase() === "midi" ? 12 : 24, g.min ? +g.min : 0);
      if (!suffix) return null;
      const mod = approxMod(g.prep);
      const start = g.det ? m.index : ws;
      const end = g.min ? m.index + m[0].length : we;
      if (g.det) return { start, end, type: "TIME", value: `${shiftedValue(ctx, 0, "day") ?? "XXXX-XX-XX"}${suffix}`, rule: "" };
      return { start, end, type: "TIME", value: "", rule: "", anchor: suffix, ...(mod ? { mod } : {}) };
    },
  };

  const duration: TimeRule = {
    id: "duration",
    triggers: UNIT_WORDS,
    opens: [
      "environ", "près", "presque", "quelque", "plus", "moins", "au", "pas", "bien", "plusieurs", "quelques", "de", "des", "certains", "certaines",
      "une", "un", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "demi",
      ...NUMBER_WORD_LIST, "#number",
    ],
    pattern: rx(
      `${B}(?:(?<approx>environ|près${S}de|presque|quelque|plus${S}de|moins${S}de|au${S}moins|au${S}plus|pas${S}moins${S}de|bien${S}plus${S}de)${S})?(?:(?<n>${NUM})|(?<vague>plusieurs|quelques|de${S}nombreu(?:x|ses)|des|certaine?s)|(?:une?${S})?(?<about>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)${S}d(?:e${S}|['’])|(?<quarter>un${S}quart${S}d(?:e${S}|['’]))|(?<half>(?:une?${S})?demi-))(?:${S})?(?<unit>${UNIT})(?:${S}et${S}(?<andhalf>demie?))?${E}`,
    ),
    extract(m, ctx) {
      const g = m.groups!;
      const unitWord = g.unit!.toLowerCase();
      const unit = unitOf(unitWord);
      if (!unit && !/^(?:trimestre|semestre)s?$/.test(unitWord)) return null;
      let n: number | null;
      let mod = approxMod(g.approx);
      if (g.n !== undefined) {
        n = parseNumber(g.n, NUMBER_WORDS);
        if (n === null) return null;
        // "un jour" is "one day, some day"; "une heure" after "à" is a clock time.
        if (/^un$/i.test(g.n) && unitWord === "jour") return null;
        if (/^(?:à|a|vers)[\s\u00a0]+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index)) && unit === "hour") return null;
      } else if (g.about) {
        n = { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100 }[g.about.toLowerCase()] ?? null;
        mod ??= "APPROX";
      } else if (g.quarter) n = 0.25;
      else if (g.half) n = 0.5;
      else n = null;
      if (g.andhalf && n !== null) n += 0.5;
      // Ages: "une fillette de 6 ans", "Paul, 45 ans,".
      if (unit === "year") {
        const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
        if (AGE_BEFORE.test(before)) return null;
        // "un chauffeur de 38 ans": "de" + years after a noun is an age, unless the noun is a span of time ("une peine de cinq ans").
        const head = /(\p{L}+)[\s\u00a0]+d(?:e[\s\u00a0]+|['’])$/u.exec(before)?.[1];
        if (head && g.n && !g.approx && !DURATION_HEADS.test(head)) return null;
        if (g.approx && /(?:^|[\s\u00a0])(?:les|des|aux)[\s\u00a0]+$/i.test(before)) return null;
        if (/,[\s\u00a0]*$/.test(before) && /^[\s\u00a0]*[,)]/.test(ctx.text.slice(m.index + m[0].length))) return null;
        if (/(?:^|[\s\u00a0])à[\s\u00a0]+$/.test(before) && g.n) return null;
      }
      let value: string;
      if (unitWord.startsWith("trimestre")) value = n === null ? "PXQ" : `P${n * 3}M`;
      else if (unitWord.startsWith("semestre")) value = n === null ? "PXM" : `P${n * 6}M`;
      else if (n !== null && !Number.isInteger(n) && (unit === "hour" || unit === "minute")) {
        value = unit === "hour" ? `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M` : `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
        value = value.replace(/^PT0H/, "PT").replace(/^PT0M/, "PT");
      } else value = durationValue(n, unit!);
      return whole(m, "", "DURATION", value, mod ? { mod } : {});
    },
  };

  const termNouns: TimeRule = {
    id: "term",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["quinquennat", "septennat", "quinquennats", "septennats"],
    pattern: rx(`${B}(?<w>quinquennat|septennat|quinquennats|septennats|millénaire|décennie|siècle)${E}`),
    extract(m) {
      const w = m.groups!.w!.toLowerCase();
      // Only the office terms stand alone as durations; "la décennie", "le siècle" are periods.
      if (w.startsWith("quinquennat")) return whole(m, "", "DURATION", "P5Y");
      if (w.startsWith("septennat")) return whole(m, "", "DURATION", "P7Y");
      return null;
    },
  };

  const recentPeriod: TimeRule = {
    id: "recent-period",
    triggers: ["derniers", "dernières", "prochains", "prochaines"],
    opens: ["ces", "les"],
    pattern: rx(`${B}(?<det>ces|les)${S}(?:(?<n>${NUM})${S})?(?<rel>derni(?:er|ère)s|prochaine?s)${S}(?<unit>secondes|minutes|heures|jours|semaines|mois|années|ans|décennies|siècles)${E}`),
    extract(m) {
      const g = m.groups!;
      const unit = unitOf(g.unit!);
      if (!unit) return null;
      const n = g.n ? parseNumber(g.n, NUMBER_WORDS) : null;
      return whole(m, "", "DURATION", durationValue(n, unit));
    },
  };

  const set: TimeRule = {
    id: "set",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["chaque", "tous", "toutes"],
    pattern: rx(
      `${B}(?<w>chaque|tous${S}les|toutes${S}les)${S}(?:(?<n>${NUM})${S})?(?<unit>jours?|semaines?|mois|ans|années?|heures?|minutes?|matins?|soirs?|nuits?|week-ends?|étés?|hivers?|(?:${WD})s?|trimestres?|semestres?)${E}`,
    ),
    extract(m) {
      const g = m.groups!;
      const unitWord = g.unit!.toLowerCase().replace(/(?<!moi)s$/, "");
      const n = g.n ? parseNumber(g.n, NUMBER_WORDS) : 1;
      if (n === null) return null;
      const wd = weekdayNumber(unitWord);
      if (wd !== null) return whole(m, "", "SET", `XXXX-WXX-${wd}`);
      if (/^(?:matin|soir|nuit)$/.test(unitWord)) return whole(m, "", "SET", `XXXX-XX-XXT${partCode(unitWord)}`);
      if (unitWord === "week-end") return whole(m, "", "SET", "XXXX-WXX-WE");
      if (unitWord === "été") return whole(m, "", "SET", "XXXX-SU");
      if (unitWord === "hiver") return whole(m, "", "SET", "XXXX-WI");
      if (unitWord === "trimestre") return whole(m, "", "SET", `P${3 * n}M`);
      if (unitWord === "semestre") return whole(m, "", "SET", `P${6 * n}M`);
      const unit = unitOf(unitWord === "an" ? "ans" : unitWord);
      return unit ? whole(m, "", "SET", durationValue(n, unit)) : null;
    },
  };

  const perUnit: TimeRule = {
    id: "per-unit",
    // Opens on "par".
    lookback: 0,
    triggers: ["par"],
    pattern: rx(`${B}par${S}(?<unit>jour|an|année|mois|semaine|semestre|trimestre|heure)${E}(?!${S}d(?:e|u|['’]))`),
    extract(m) {
      const [start, end] = groupSpan(m, "unit")!;
      const w = m.groups!.unit!.toLowerCase();
      const value = w === "semestre" ? "P6M" : w === "trimestre" ? "P3M" : durationValue(1, unitOf(w === "an" ? "ans" : w)!);
      return { start, end, type: "SET", value, rule: "" };
    },
  };

  const frequencyAdjective: TimeRule = {
    id: "frequency-adjective",
    // Opens on its trigger.
    lookback: 0,
    triggers: ["quotidien", "quotidienne", "quotidiens", "quotidiennes", "hebdomadaire", "hebdomadaires", "mensuel", "mensuelle", "mensuels", "mensuelles", "annuel", "annuelle", "annuels", "annuelles", "bimensuel", "bimensuelle", "bimensuels", "bimensuelles"],
    pattern: rx(`(?<!(?:le|un|du|au|ce|les|des|aux|de|d['’]|en|leur|leurs|son|ses|notre|votre)(?:${S})?)${B}(?<w>quotidien(?:ne)?s?|hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?|bimensuel(?:le)?s?)${E}`),
    extract(m) {
      const w = m.groups!.w!.toLowerCase();
      const value = w.startsWith("quotidien") ? "P1D" : w.startsWith("hebdo") ? "P1W" : w.startsWith("bimensuel") ? "P2W" : w.startsWith("mensuel") ? "P1M" : "P1Y";
      return whole(m, "", "SET", value);
    },
  };

  const refs: TimeRule = {
    id: "ref",
    // "dans un proche avenir", "à l’heure actuelle".
    lookback: 3,
    triggers: ["actuellement", "maintenant", "présent", "jours", "désormais", "dorénavant", "actuelle", "moment", "actuel", "actuels", "actuelles", "autrefois", "auparavant", "récemment", "naguère", "jadis", "dernièrement", "nouvellement", "bientôt", "prochainement", "avenir", "ultérieurement"],
    pattern: rx(
      `(?<!en${S})${B}(?<w>actuellement|maintenant|à${S}présent|de${S}nos${S}jours|désormais|dorénavant|à${S}l${APOS}heure${S}actuelle|en${S}ce${S}moment|actuel(?:le)?s?|autrefois|auparavant|récemment|naguère|jadis|dernièrement|nouvellement|bientôt|prochainement|à${S}l${APOS}avenir|ultérieurement|dans${S}un${S}proche${S}avenir)${E}`,
    ),
    extract(m) {
      const w = m.groups!.w!.toLowerCase();
      const value = /^(?:autrefois|auparavant|récemment|naguère|jadis|dernièrement|nouvellement)$/.test(w)
        ? "PAST_REF"
        : /^(?:bientôt|prochainement|ultérieurement)$|avenir/.test(w)
          ? "FUTURE_REF"
          : "PRESENT_REF";
      // French TimeBank types these references TIME.
      return whole(m, "", "TIME", value);
    },
  };

  // Fixed-day holidays: "à Noël", "la Toussaint", "le jour de l'An".
  const holiday = holidayRule(
    [
      // "le marché de Noël", "un sapin de Noël" name things, not the day.
      { name: "Noël", month: 12, day: 25, notAfter: /(?:^|[\s\u00a0])de[\s\u00a0]+$/i },
      { name: "réveillon de Noël", month: 12, day: 24 },
      { name: "Toussaint", month: 11, day: 1 },
      { name: "Saint-Sylvestre", month: 12, day: 31 },
      { name: "Saint-Valentin", month: 2, day: 14 },
      { name: "Nouvel An", month: 1, day: 1 },
      { name: "jour de l'An", month: 1, day: 1 },
      { name: "14-Juillet", month: 7, day: 14 },
    ],
    ["la", "le"],
  );

  // Order breaks ties between equally long matches: the earlier rule wins.
  return [
    dayPair, dayMonth, numericDate, relativeDay, thisPart, weekday, nightBetween, monthRule, period, decade, year, season,
    ago, clock, clockWords, noon, anchoredPart, eveDay, recentPeriod, set, perUnit, frequencyAdjective, duration, termNouns, refs,
    holiday,
  ];
}

