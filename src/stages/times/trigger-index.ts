import type { CalendarLexicon } from "../../locales/calendar.js";
import type { TimeRule, TimesGrammar } from "./types.js";

/** A grammar's rules, compiled for matching at trigger tokens. */
export interface CompiledRules {
  readonly rules: readonly TimeRule[];
  /** The rules' patterns made sticky, to be tried at the token starts just before a trigger. */
  readonly sticky: readonly RegExp[];
  /** The rules a number token wakes. */
  readonly byNumber: readonly number[];
  /** Normalised trigger word → rules it wakes, in rule order. */
  readonly byTrigger: ReadonlyMap<string, readonly number[]>;
  /** Rules woken per token text as written: news text repeats its words, so each is normalised and split once. */
  readonly byToken: Map<string, readonly number[]>;
  /** Bit set over (first letter, second letter, length) of the triggers: most words miss it and need no lookup. */
  readonly bloom: Uint8Array;
}

const NONE: readonly number[] = [];
/** Token texts remembered per grammar; past this the memo starts over, so that a long run cannot grow it for ever. */
const MEMO_SIZE = 50_000;
const BLOOM_SIZE = 1 << 14;
const PARTS = /[-']/;
const DIGITS = /^\d+$/;

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
    rules.forEach((rule, i) => {
      for (const t of rule.triggers) {
        const key = normalizeToken(t);
        const list = byTrigger.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        byTrigger.set(key, list);
        // A written token may carry a final period that normalising drops ("sept.").
        bloom[bloomKey(key, key.length)] = 1;
        bloom[bloomKey(key, key.length + 1)] = 1;
      }
    });
    const sticky = rules.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "") + "y"));
    entry = { rules, sticky, byNumber: byTrigger.get("#number") ?? NONE, byTrigger, byToken: new Map(), bloom };
    byCalendar.set(calendar, entry);
  }
  return entry;
}

/** The rules a word token wakes, by itself or by one of its parts ("après-midi", "mid-2015", "October's"), in rule order. */
export function wokenBy(word: string, compiledRules: CompiledRules): readonly number[] {
  if (!hasSeparator(word) && compiledRules.bloom[bloomKey(word, word.length)] === 0) return NONE;
  const known = compiledRules.byToken.get(word);
  if (known) return known;
  const { byTrigger, byToken } = compiledRules;
  const normal = normalizeToken(word);
  let hits: readonly number[] = byTrigger.get(normal) ?? NONE;
  if (PARTS.test(normal)) {
    const all = new Set(hits);
    for (const part of normal.split(PARTS)) {
      for (const r of (DIGITS.test(part) ? byTrigger.get("#number") : byTrigger.get(part)) ?? NONE) all.add(r);
    }
    hits = all.size === 0 ? NONE : [...all].sort((a, b) => a - b);
  }
  if (byToken.size >= MEMO_SIZE) byToken.clear();
  byToken.set(word, hits);
  return hits;
}

function normalizeToken(t: string): string {
  const lower = t.toLowerCase();
  if (!lower.includes("’") && !lower.endsWith(".")) return lower;
  return lower.replace(/’/g, "'").replace(/\.$/, "");
}

function hasSeparator(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

function bloomKey(word: string, length: number): number {
  const a = lowerCode(word.charCodeAt(0));
  const b = word.length > 1 ? lowerCode(word.charCodeAt(1)) : 0;
  return (((a * 131 + b) * 31 + Math.min(length, 31)) >>> 0) % BLOOM_SIZE;
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
