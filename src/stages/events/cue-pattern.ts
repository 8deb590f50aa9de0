import { bmpRegExp } from "../segment/bmp-classes.js";

/** What is known of a cue pattern beyond its regex: its alternatives alone, and the characters it starts with. */
interface CueFacts {
  /** The alternatives without the word-boundary checks, while they pay for themselves. */
  core: RegExp | null;
  tries: number;
  passes: number;
  /** Every way a match can begin, up to two characters, as codes (see {@link prefixCode}), or null when unknown. */
  first: ReadonlySet<number> | null;
}

const facts = new WeakMap<RegExp, CueFacts>();

// After this many tries, a core that lets nearly every text through ("a", "est" in a list of
// auxiliaries) is dropped: it costs a scan and saves none.
const PROBATION = 256;
const USEFUL_PASS_RATE = 0.8;

/**
 * A cue pattern: any of the alternatives as a whole word (no letter on either
 * side, or an apostrophe at the end: "qu'"), compiled without the u flag
 * (see bmp-classes).
 */
export function cuePattern(alternatives: string): RegExp {
  const pattern = bmpRegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?:(?<=')|(?![\\p{L}\\p{M}]))`);
  // The alternatives match wherever the cue does: scanning for them first rules most texts out
  // without trying the lookbehind at every character.
  facts.set(pattern, { core: bmpRegExp(`(?:${alternatives})`), tries: 0, passes: 0, first: prefixCodes(prefixesOf(alternatives, 2)) });
  return pattern;
}

// Whether the cue cannot match the text, by its alternatives alone.
function ruledOut(pattern: RegExp, text: string): boolean {
  const f = facts.get(pattern);
  if (!f?.core) return false;
  const pass = f.core.test(text);
  if (pass) f.passes++;
  if (++f.tries >= PROBATION) {
    if (f.passes / f.tries > USEFUL_PASS_RATE) f.core = null;
    else f.tries = f.passes = 0;
  }
  return !pass;
}

/** Whether a cue pattern may match somewhere in a text: false rules a match out, true says nothing. */
export function cueMayMatch(pattern: RegExp, text: string): boolean {
  return !ruledOut(pattern, text);
}

/** Whether a cue pattern matches somewhere in a text (`pattern.test`, faster on most texts). */
export function cueTest(pattern: RegExp, text: string): boolean {
  return !ruledOut(pattern, text) && pattern.test(text);
}

/** The first match of a cue pattern in a text, or null (`pattern.exec`, faster on most texts). */
export function cueExec(pattern: RegExp, text: string): RegExpExecArray | null {
  return ruledOut(pattern, text) ? null : pattern.exec(text);
}

/**
 * The ways a match of a cue pattern can begin, as bit sets: one over single
 * Latin-1 characters, one over pairs of them, and a set for the rest (codes
 * as {@link prefixCode} makes them). A bit test per word, where most words
 * are ruled out.
 */
export interface CueStarts {
  single: Uint32Array;
  pairs: Uint32Array;
  wide: ReadonlySet<number>;
}

const starts = new WeakMap<RegExp, CueStarts | null>();

/** Every way a match of a cue pattern can begin, up to two characters, or null when unknown. */
export function cuePrefixes(pattern: RegExp): CueStarts | null {
  let s = starts.get(pattern);
  if (s === undefined) starts.set(pattern, (s = cueStarts(facts.get(pattern)?.first ?? null)));
  return s;
}

function cueStarts(codes: ReadonlySet<number> | null): CueStarts | null {
  if (codes === null) return null;
  const single = new Uint32Array(256 >>> 5);
  const pairs = new Uint32Array(0x10000 >>> 5);
  const wide = new Set<number>();
  for (const code of codes) {
    if (code <= 0xff) single[code >>> 5]! |= 1 << (code & 31);
    else if (code > 0xffff && code >>> 16 <= 0xff && (code & 0xffff) <= 0xff) {
      const pair = ((code >>> 16) << 8) | (code & 0xffff);
      pairs[pair >>> 5]! |= 1 << (pair & 31);
    } else wide.add(code);
  }
  return { single, pairs, wide };
}

/** The starts of either of two cue patterns: one test rules out both (null when either is unknown). */
export function eitherCueStarts(a: CueStarts | null, b: CueStarts | null): CueStarts | null {
  if (a === null || b === null) return null;
  const single = a.single.map((bits, k) => bits | b.single[k]!);
  const pairs = a.pairs.map((bits, k) => bits | b.pairs[k]!);
  return { single, pairs, wide: new Set([...a.wide, ...b.wide]) };
}

function hasBit(bits: Uint32Array, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** Whether a match of a cue pattern may start at this offset, by its first characters: false is certain. */
export function cueMayStartAt(prefixes: CueStarts | null, text: string, at: number): boolean {
  if (prefixes === null) return true;
  const first = text.charCodeAt(at);
  const more = at + 1 < text.length;
  // Compared as numbers: no string is made for each word tried.
  if (first > 0xff) return prefixes.wide.has(first) || (more && prefixes.wide.has(first * 0x10000 + text.charCodeAt(at + 1)));
  if (hasBit(prefixes.single, first)) return true;
  if (!more) return false;
  const second = text.charCodeAt(at + 1);
  return second > 0xff ? prefixes.wide.has(first * 0x10000 + second) : hasBit(prefixes.pairs, (first << 8) | second);
}

// A prefix of one or two characters as a number: its code, or both codes (the first shifted past any code).
function prefixCode(prefix: string): number {
  return prefix.length === 1 ? prefix.charCodeAt(0) : prefix.charCodeAt(0) * 0x10000 + prefix.charCodeAt(1);
}

function prefixCodes(prefixes: Set<string> | null): Set<number> | null {
  return prefixes && new Set([...prefixes].map(prefixCode));
}

/**
 * The characters a match of a regex source can start with, read from its
 * alternatives (see {@link prefixesOf}). Null when the source is beyond that reading.
 */
export function firstChars(source: string): Set<string> | null {
  return prefixesOf(source, 1);
}

/**
 * Every way a match of a regex source can begin, up to `length` characters
 * (shorter only where an alternative is shorter), read from its alternatives:
 * literal characters, non-capturing groups, optional characters and groups,
 * lookarounds (skipped, which only widens the set). Null when a class, an
 * escape or a repetition comes before `length` characters are known.
 */
export function prefixesOf(source: string, length: number): Set<string> | null {
  const out = new Set<string>();
  for (const alternative of topLevelAlternatives(source)) {
    const prefixes = sequencePrefixes(alternative, length);
    if (!prefixes) return null;
    for (const p of prefixes) out.add(p);
  }
  return out;
}

function sequencePrefixes(seq: string, length: number): Set<string> | null {
  let partial = new Set([""]);
  let i = 0;
  while (i < seq.length && [...partial].some((p) => p.length < length)) {
    if (seq.startsWith("(?<!", i) || seq.startsWith("(?<=", i) || seq.startsWith("(?=", i) || seq.startsWith("(?!", i)) {
      const close = closingParen(seq, i);
      if (close < 0) return null;
      i = close + 1;
      continue;
    }
    let element: Set<string> | null;
    let end: number;
    if (seq.startsWith("(?:", i)) {
      const close = closingParen(seq, i);
      if (close < 0) return null;
      element = prefixesOf(seq.slice(i + 3, close), length);
      end = close + 1;
    } else if ("\\[](){}|.^$?*+".includes(seq[i]!)) {
      return null;
    } else {
      element = new Set([seq[i]!]);
      end = i + 1;
    }
    if (!element) return null;
    const quantifier = seq[end];
    if (quantifier === "*" || quantifier === "+" || quantifier === "{") return null;
    const next = new Set<string>();
    for (const p of partial) {
      if (p.length >= length) next.add(p);
      else {
        for (const e of element) next.add((p + e).slice(0, length));
        // An optional element may be left out.
        if (quantifier === "?") next.add(p);
      }
    }
    partial = next;
    i = quantifier === "?" ? end + 1 : end;
  }
  // An empty alternative matches anywhere.
  return [...partial].some((p) => p.length === 0) ? null : partial;
}

// Splits a source at its top-level bars (outside groups and classes).
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

// The index of the parenthesis that closes the group opening at `open`, or -1.
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}
