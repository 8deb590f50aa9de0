// V8 runs a regex with the `u` flag several times slower than one without
// (every step checks for surrogate pairs, and lookbehinds worse). News text is
// all in the Basic Multilingual Plane, so the hot patterns spell their
// Unicode property classes out as BMP ranges and drop the flag: the same
// matches, bar letters outside the BMP (which become non-letters).

const PROPERTY = /\\([pP])\{([A-Za-z_=]+)\}/y;
const cache = new Map<string, string>();

/** The ranges of one Unicode property over the BMP, as the inside of a character class ("a-zA-Z…"). */
export function bmpRanges(property: string): string {
  let ranges = cache.get(property);
  if (ranges !== undefined) return ranges;
  const test = new RegExp(`\\p{${property}}+`, "gu");
  let all = "";
  for (let c = 0; c < 0x10000; c++) all += c >= 0xd800 && c <= 0xdfff ? " " : String.fromCharCode(c);
  ranges = "";
  for (const m of all.matchAll(test)) {
    const first = m.index;
    const last = m.index + m[0].length - 1;
    ranges += first === last ? hex(first) : `${hex(first)}-${hex(last)}`;
  }
  cache.set(property, ranges);
  return ranges;
}

/**
 * Rewrites a regex source written for the `u` flag so that it runs without:
 * `\p{L}` becomes `[…ranges…]`, `\P{L}` its negation. Throws on `u`-only
 * syntax it cannot rewrite (`\u{…}`, a negated property inside a class,
 * characters outside the BMP).
 */
export function bmpSource(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m) {
        const ranges = bmpRanges(m[2]!);
        if (m[1] === "P" && inClass) throw new Error(`bmpSource: \\P{${m[2]}} inside a class`);
        out += inClass ? ranges : m[1] === "P" ? `[^${ranges}]` : `[${ranges}]`;
        i += m[0].length - 1;
        continue;
      }
      if (source[i + 1] === "u" && source[i + 2] === "{") throw new Error("bmpSource: \\u{…} escape");
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw new Error("bmpSource: character outside the BMP");
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Compiles a `u`-style regex source without the `u` flag (see {@link bmpSource}); `flags` must not hold `u` or `v`. */
export function bmpRegExp(source: string, flags = ""): RegExp {
  return new RegExp(bmpSource(source), flags);
}

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, "0")}`;
}
