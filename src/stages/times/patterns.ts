// Regex building blocks shared by the locales' rules. JavaScript's \b only knows
// ASCII, so word edges are spelled out with Unicode classes.
import type { CalendarLexicon } from "../../locales/calendar.js";
import { bmpRegExp } from "../segment/bmp-classes.js";
import { CHAR_CLASS, UPPER } from "../segment/char-classes.js";
import type { TimexType } from "../../model/annotations.js";
import type { TimexDraft } from "./types.js";

/** No letter, digit or hyphen just before ("midi" inside "après-midi" is not noon). */
export const B = "(?<![\\p{L}\\p{N}\\-])";
/** No letter or digit just after. */
export const E = "(?![\\p{L}\\p{N}])";
/** One or more spaces, non-breaking ones included. */
export const S = "[\\s\\u00a0\\u202f]+";
/** An apostrophe, straight or curly. */
export const APOS = "['’]";

/** Escapes a literal for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation of literal forms, longest first so that "sept" never cuts "septembre". */
export function alternation(forms: readonly string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegex(f).replace(/['’]/g, APOS).replace(/ /g, S))
    .join("|");
}

/** Compiles a rule pattern written for the `u` flag: global, case-insensitive, with match indices, run without `u` (see bmp-classes). */
export function rx(source: string): RegExp {
  return bmpRegExp(source, "gid");
}

/** Month names: `full` are the first form of each month, `any` adds the abbreviations (with an optional period). */
export function monthPatterns(calendar: CalendarLexicon): { full: string; any: string } {
  const full = calendar.months.map((forms) => forms[0]!);
  const abbr = calendar.months.flatMap((forms) => forms.slice(1)).map((f) => `${escapeRegex(f)}\\.?`);
  return { full: alternation(full), any: `${alternation(full)}|${abbr.sort((a, b) => b.length - a.length).join("|")}` };
}

/** Weekday names, full forms only: abbreviations like "sun" or "wed" are ordinary words too often. */
export function weekdayPattern(calendar: CalendarLexicon): string {
  return alternation(calendar.weekdays.map((forms) => forms[0]!));
}

/**
 * The match being extracted when it was made without the `d` flag (match indices cost more
 * than the rest of a match): where to run the `d`-flag pattern again if a group's place is
 * not plain from its text. Set by the matcher around each extraction.
 */
export const pendingIndices: { match: RegExpExecArray | null; pattern: RegExp | null; subject: string; at: number; offset: number } = {
  match: null,
  pattern: null,
  subject: "",
  at: 0,
  offset: 0,
};

/** Start and end of a named group of a match, or null when the group did not take part. */
export function groupSpan(m: RegExpExecArray, name: string): [number, number] | null {
  if (m.indices) {
    const span = m.indices.groups?.[name];
    return span ? [span[0], span[1]] : null;
  }
  const text = m.groups?.[name];
  if (text === undefined) return null;
  // A group whose text occurs once in the match can only be there.
  const at = m[0].indexOf(text);
  if (text.length > 0 && at >= 0 && at === m[0].lastIndexOf(text)) return [m.index + at, m.index + at + text.length];
  const pending = pendingIndices;
  if (pending.match !== m || pending.pattern === null) throw new Error(`groupSpan: no indices for group "${name}"`);
  pending.pattern.lastIndex = pending.at;
  const span = pending.pattern.exec(pending.subject)?.indices?.groups?.[name];
  return span ? [span[0] + pending.offset, span[1] + pending.offset] : null;
}

/** A draft spanning the whole match. */
export function whole(m: RegExpExecArray, rule: string, type: TimexType, value: string, extra?: Partial<TimexDraft>): TimexDraft {
  const draft: TimexDraft = { start: m.index, end: m.index + m[0].length, type, value, rule };
  return extra === undefined ? draft : Object.assign(draft, extra);
}

const ASTRAL_UPPER = /^\p{Lu}/u;

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  // The tokenizer's table answers for the BMP without a regex; a surrogate pair goes to the regex.
  if (c >= 0xd800 && c <= 0xdbff) return ASTRAL_UPPER.test(word);
  return ((CHAR_CLASS[c] ?? 0) & UPPER) !== 0;
}
