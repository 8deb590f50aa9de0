import type { CalendarLexicon } from "../../locales/calendar.js";
import type { Token } from "../../model/annotations.js";
import type { TimeRule, TimesGrammar } from "./types.js";

/** A grammar's rules, compiled for matching at trigger tokens. */
export interface CompiledRules {
  readonly rules: readonly TimeRule[];
  /** The rules' patterns made sticky and without match indices, to be tried at the token starts just before a trigger. */
  readonly sticky: readonly RegExp[];
  /** The same with match indices, run again only when a group's place is not plain from its text. */
  readonly withIndices: readonly RegExp[];
  /** The rules every number token wakes. */
  readonly byNumber: readonly number[];
  /** Rules woken only by numbers of a given shape (a year, an hour), with that shape. */
  readonly shaped: readonly (readonly [number, RegExp])[];
  /** Rules woken per number as written, shaped rules included. */
  readonly byNumberText: Map<string, readonly number[]>;
  /** Normalised trigger word → rules it wakes, in rule order. */
  readonly byTrigger: ReadonlyMap<string, readonly number[]>;
  /** Rules woken per token text as written: news text repeats its words, so each is normalised and split once. */
  readonly byToken: Map<string, readonly number[]>;
  /** Bit set over (first, second and last letter, length) of the triggers: most words miss it and need no lookup. */
  readonly bloom: Uint8Array;
  /** Per rule, the words a match opens on, or null when any may. */
  readonly opens: readonly (ReadonlySet<string> | null)[];
  /** Per token text, the rules a match may open on it ({@link openersOf}): each word is normalised and tried once, not once per rule and trigger. */
  readonly openersByText: Map<string, Openers>;
  /** The rules a match may open on a number token. */
  readonly numberOpeners: Openers;
  /** The rules a match may open on a word none of the `opens` lists: those with no such list. */
  readonly anyWordOpeners: Openers;
  /** No rule: for punctuation and symbols. */
  readonly noOpeners: Openers;
  /**
   * Scratch space of the matcher, reused from sentence to sentence and document to document so that it
   * allocates nothing per sentence. Per rule, the tokens of the current sentence that wake it, in text order:
   * only the first `triggerCounts[rule]` are current.
   */
  readonly triggersOf: number[][];
  readonly triggerCounts: Int32Array;
  /** Scratch space of the matcher: the openers of each token of the current sentence, from its first token, filled as they are needed. */
  readonly openersAt: (Openers | undefined)[];
}

/** Per rule, 1 where a match of the rule may open on a token, 0 where the token cannot open one. */
export type Openers = Uint8Array;

const NONE: readonly number[] = [];
/** Token texts remembered per grammar; past this the memo starts over, so that a long run cannot grow it for ever. */
const MEMO_SIZE = 50_000;
const BLOOM_SIZE = 1 << 16;
const PARTS = /[-']/;
const DIGITS = /^\d+$/;
const NUMBER = "#number";

// Rules are compiled once per grammar and calendar, not once per document.
const compiled = new WeakMap<TimesGrammar, WeakMap<CalendarLexicon, CompiledRules>>();

/** The compiled rules of a grammar for one calendar, built on first use. */
export function compileRules(grammar: TimesGrammar, calendar: CalendarLexicon): CompiledRules {
  let byCalendar = compiled.get(grammar);
  if (!byCalendar) compiled.set(grammar, (byCalendar = new WeakMap()));
  let entry = byCalendar.get(calendar);
  if (!entry) {
    const rules = grammar.rules(calendar);
    const byTrigger = new Map<string, number[]>();
    const bloom = new Uint8Array(BLOOM_SIZE);
    const shaped: [number, RegExp][] = [];
    rules.forEach((rule, i) => {
      for (const t of rule.triggers) {
        if (t === NUMBER && rule.numbers) {
          shaped.push([i, rule.numbers]);
          continue;
        }
        const key = normalizeToken(t);
        const list = byTrigger.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        byTrigger.set(key, list);
        bloom[bloomKey(key)] = 1;
        // A written token may carry a final period that normalising drops ("sept.").
        bloom[bloomKey(`${key}.`)] = 1;
      }
    });
    const sticky = rules.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gd]/g, "") + "y"));
    const withIndices = rules.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gd]/g, "") + "dy"));
    const byNumber = byTrigger.get(NUMBER) ?? NONE;
    const triggersOf = rules.map((): number[] => []);
    const opens = rules.map((rule) => (rule.opens ? new Set(rule.opens.map(normalizeToken)) : null));
    const numberOpeners = Uint8Array.from(opens, (set) => (set === null || set.has(NUMBER) ? 1 : 0));
    const anyWordOpeners = Uint8Array.from(opens, (set) => (set === null ? 1 : 0));
    entry = {
      rules, sticky, withIndices, byNumber, shaped, byNumberText: new Map(), byTrigger, byToken: new Map(), bloom, opens,
      openersByText: new Map(), numberOpeners, anyWordOpeners, noOpeners: new Uint8Array(rules.length), triggersOf,
      triggerCounts: new Int32Array(rules.length), openersAt: [],
    };
    byCalendar.set(calendar, entry);
  }
  return entry;
}

/**
 * Whether the word text[start, end) may wake a rule: false for most words, which miss the bit set and
 * have no part to look up (no hyphen nor apostrophe, as `separators` tells). Read from the document's
 * text, not from the token's own string, and small enough for the matcher's loop to inline.
 */
export function mayWakeAt(text: string, start: number, end: number, separators: SeparatorCursor, compiledRules: CompiledRules): boolean {
  return compiledRules.bloom[bloomKeyAt(text, start, end)] !== 0 || separators.within(start, end);
}

/** The rules a word token wakes, by itself or by one of its parts ("après-midi", "mid-2015", "October's"), in rule order. */
export function wokenBy(word: string, compiledRules: CompiledRules): readonly number[] {
  // Most words miss the bit set: they are answered without hashing the word for a lookup.
  if (compiledRules.bloom[bloomKey(word)] === 0 && !hasSeparator(word, 0, word.length)) return NONE;
  const known = compiledRules.byToken.get(word);
  if (known !== undefined) return known;
  const { byTrigger, byToken } = compiledRules;
  const normal = normalizeToken(word);
  let hits: readonly number[] = byTrigger.get(normal) ?? NONE;
  if (PARTS.test(normal)) {
    const all = new Set(hits);
    for (const part of normal.split(PARTS)) {
      for (const r of (DIGITS.test(part) ? wokenByNumber(part, compiledRules) : byTrigger.get(part)) ?? NONE) all.add(r);
    }
    hits = all.size === 0 ? NONE : [...all].sort((a, b) => a - b);
  }
  remember(byToken, word, hits);
  return hits;
}

/** The rules a number wakes: those any number wakes, and those whose number shape it has, in rule order. */
export function wokenByNumber(number: string, compiledRules: CompiledRules): readonly number[] {
  const { shaped, byNumber, byNumberText } = compiledRules;
  if (shaped.length === 0) return byNumber;
  const known = byNumberText.get(number);
  if (known !== undefined) return known;
  let hits = byNumber;
  for (const [rule, shape] of shaped) {
    if (shape.test(number)) hits = [...hits, rule];
  }
  if (hits.length > byNumber.length) hits = [...new Set(hits)].sort((a, b) => a - b);
  remember(byNumberText, number, hits);
  return hits;
}

function remember(byToken: Map<string, readonly number[]>, word: string, hits: readonly number[]): void {
  if (byToken.size >= MEMO_SIZE) byToken.clear();
  byToken.set(word, hits);
}

/**
 * The rules a match may open on a token: a word or a number, or the apostrophe of "’90s", never other
 * punctuation; and only on the words a rule `opens` on, when it says.
 */
export function openersOf(token: Token, compiledRules: CompiledRules): Openers {
  if (token.kind === "number") return compiledRules.numberOpeners;
  if (token.kind !== "word" && token.text !== "'" && token.text !== "’") return compiledRules.noOpeners;
  const { openersByText, anyWordOpeners } = compiledRules;
  const known = openersByText.get(token.text);
  if (known !== undefined) return known;
  let openers: Openers = Uint8Array.from(compiledRules.opens, (set) => (set === null || opensOn(token, set) ? 1 : 0));
  // Most words open only the rules that open anywhere: they share one row.
  if (openers.every((v, r) => v === anyWordOpeners[r])) openers = anyWordOpeners;
  if (openersByText.size >= MEMO_SIZE) openersByText.clear();
  openersByText.set(token.text, openers);
  return openers;
}

/** Whether a token is one a rule's matches may open on. */
export function opensOn(token: Token, opens: ReadonlySet<string>): boolean {
  if (token.kind === "number") return opens.has(NUMBER);
  const key = normalizeToken(token.text);
  if (opens.has(key)) return true;
  const dash = key.indexOf("-");
  return dash > 0 && opens.has(key.slice(0, dash));
}

function normalizeToken(t: string): string {
  const lower = t.toLowerCase();
  if (!lower.includes("’") && !lower.endsWith(".")) return lower;
  return lower.replace(/’/g, "'").replace(/\.$/, "");
}

/** Whether a hyphen or an apostrophe follows the first character of text[start, end): the word has parts. */
function hasSeparator(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

/**
 * The hyphens and apostrophes of a text met in order, for words read left to right: whether a word has
 * one is two comparisons, not a read of its characters. Each kind is searched for once past each of its
 * occurrences, so that a whole text costs one pass per kind.
 */
export class SeparatorCursor {
  private hyphen: number;
  private apostrophe: number;
  private curly: number;

  constructor(private readonly text: string) {
    this.hyphen = this.next("-", 0);
    this.apostrophe = this.next("'", 0);
    this.curly = this.next("’", 0);
  }

  /** Whether a hyphen or an apostrophe follows the first character of text[start, end), a word at or after the previous one asked about. */
  within(start: number, end: number): boolean {
    if (this.hyphen <= start) this.hyphen = this.next("-", start + 1);
    if (this.apostrophe <= start) this.apostrophe = this.next("'", start + 1);
    if (this.curly <= start) this.curly = this.next("’", start + 1);
    return this.hyphen < end || this.apostrophe < end || this.curly < end;
  }

  private next(separator: string, from: number): number {
    const at = this.text.indexOf(separator, from);
    return at < 0 ? Infinity : at;
  }
}

function bloomKey(word: string): number {
  return bloomKeyAt(word, 0, word.length);
}

function bloomKeyAt(text: string, start: number, end: number): number {
  const n = end - start;
  const a = lowerCode(text.charCodeAt(start));
  const b = n > 1 ? lowerCode(text.charCodeAt(start + 1)) : 0;
  const z = lowerCode(text.charCodeAt(end - 1));
  return ((((a * 131 + b) * 131 + z) * 31 + Math.min(n, 31)) >>> 0) % BLOOM_SIZE;
}

// Case-blind first letters without a string per token: ASCII and Latin-1 by arithmetic, the rest through toLowerCase.
function lowerCode(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 0x20;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 0x20;
  if (c < 0x100) return c;
  if (c === 0x2019) return 0x27;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
