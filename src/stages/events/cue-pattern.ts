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

/** Every way a match of a cue pattern can begin, up to two characters, as codes, or null when unknown. */
export function cuePrefixes(pattern: RegExp): ReadonlySet<number> | null {
  return facts.get(pattern)?.first ?? null;
}

/** Whether a match of a cue pattern may start at this offset, by its first characters: false is certain. */
export function cueMayStartAt(prefixes: ReadonlySet<number> | null, text: string, at: number): boolean {
  if (prefixes === null) return true;
  const first = text.charCodeAt(at);
  // Compared as numbers: no string is made for each word tried.
  return prefixes.has(first) || (at + 1 < text.length && prefixes.has(first * 0x10000 + text.charCodeAt(at + 1)));
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
