import type { CalendarLexicon } from "../../locales/calendar.js";
import type { TimexType } from "../../model/annotations.js";
import type { CalDate } from "./calendar-math.js";

/** Which way the verbs around an expression point: before, after or at the DCT. */
export type Direction = "past" | "future" | "present";

/** One candidate time expression, before overlaps are removed and clock times anchored. */
export interface TimexDraft {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  implied?: boolean;
  /** Rule name within the locale, e.g. `weekday`; the stage prefixes `times/<lang>/`. */
  rule: string;
  /**
   * A suffix ("T15:30", "TEV") to append to the day the expression hangs on,
   * chosen after all dates are known: the nearest day in the sentence, else the last one before.
   */
  anchor?: string;
  /** Days to add to that anchor day ("la veille" is -1). */
  anchorShift?: number;
  /**
   * A period counted from the time named just before ("l'année précédente", "the following month"):
   * the value, reckoned from the DCT, is redone from that time when there is one.
   */
  anaphor?: Anaphor;
}

/** Which period an anaphoric expression names, and how many of them after its antecedent (-1 before). */
export interface Anaphor {
  unit: "year" | "month" | "week";
  shift: number;
}

/** What a rule sees besides its match. */
export interface RuleContext {
  readonly text: string;
  /** The document creation time, or null when unknown (relative values then stay underspecified). */
  readonly dct: CalDate | null;
  readonly calendar: CalendarLexicon;
  /** Tense of the clause around a span: the nearest tense marker in its sentence. */
  direction(start: number, end: number): Direction;
  /** Whether a past verb of the span's own clause governs it ("was reopened on June 12", not "has set up a vigil before the vote on June 12"). */
  clearlyPast(start: number, end: number): boolean;
  /** Whether a span opens its sentence (capitalised words there are not names). */
  sentenceInitial(start: number): boolean;
}

/** One matcher: a global regex (compiled once, with the `d` flag) and what to make of a match. */
export interface TimeRule {
  readonly id: string;
  readonly pattern: RegExp;
  /**
   * Lower-cased tokens (or hyphen-separated parts of tokens) one of which every match holds;
   * `#number` stands for any number token. The rule only runs on sentences that have one.
   */
  readonly triggers: readonly string[];
  /**
   * How many tokens before a trigger a match may open (default 10): 0 when
   * every match opens on its trigger, 2 for "ce même lundi". The rule is
   * only tried there, so a bound too low loses matches.
   */
  readonly lookback?: number;
  /**
   * With a `#number` trigger: the numbers (a number token, or the digits of a word
   * part) that wake the rule, when not every number can. Every match must hold one
   * within `lookback` tokens of its start, or it is lost.
   */
  readonly numbers?: RegExp;
  /**
   * The lower-cased words one of which every match opens on (`#number` for a number
   * token; a hyphenated word counts by its first part, "mi-2012" by "mi"): the rule is
   * tried only at such tokens. Left out, any word or number may open a match.
   */
  readonly opens?: readonly string[];
  extract(match: RegExpExecArray, ctx: RuleContext): TimexDraft | TimexDraft[] | null;
}

/**
 * A tense marker found through a cheaper regex: `guide` finds the end of the
 * marker's first word (a suffix, say), and `pattern`, which must open on a
 * word start, is tried only at the start of that word. A guide that a
 * suffix-only pattern would run at every word start ("arriv-era") reads the
 * text many times faster.
 */
export interface GuidedMarker {
  readonly pattern: RegExp;
  /** Global regex that matches inside the first word of every match of `pattern`. */
  readonly guide: RegExp;
}

/** A tense marker: a global regex, or one with a guide. */
export type TenseMarker = RegExp | GuidedMarker;

/** Regexes that mark a verb group as past or future in one language. */
export interface TenseLexicon {
  /** Future and conditional markers; they win over past markers they overlap ("sera signé", "will be held"). */
  future: readonly TenseMarker[];
  past: readonly TenseMarker[];
  /** Lower-cased words that open a new clause ("before", "qui"): a past verb does not date what follows them. */
  clauseBreaks?: readonly string[];
}

/** What a locale tells the times stage: its rules, built once per calendar, and its tense markers. */
export interface TimesGrammar {
  /** Builds the locale's matchers from its month and weekday names. */
  rules(calendar: CalendarLexicon): readonly TimeRule[];
  tense: TenseLexicon;
}
