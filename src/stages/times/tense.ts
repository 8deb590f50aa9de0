import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import { CHAR_CLASS, LETTER, MARK, NUMBER } from "../segment/char-classes.js";
import type { Direction, TenseLexicon, TenseMarker } from "./types.js";

interface Marker {
  start: number;
  end: number;
  direction: Exclude<Direction, "present">;
}

/**
 * Finds the tense of the clause around a span: the tense marker nearest to it in
 * its sentence. Markers are found once per sentence, on first use.
 */
export class TenseDetector {
  private readonly cache = new Map<number, Marker[]>();
  private readonly lexicon: CompiledLexicon;

  constructor(
    private readonly doc: VeilleDocument,
    lexicon: TenseLexicon,
  ) {
    this.lexicon = compileLexicon(lexicon);
  }

  /** Direction of the verbs nearest to [start, end); "present" when the sentence has no marker. */
  direction(start: number, end: number): Direction {
    const i = sentenceIndexAt(this.doc, start);
    if (i < 0) return "present";
    const markers = this.markers(i);
    let best: Marker | null = null;
    let bestDistance = Infinity;
    for (const m of markers) {
      // A verb before the expression governs it more often than one after: it wins a tie.
      const distance = m.end <= start ? start - m.end : m.start >= end ? m.start - end + 0.5 : 0;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best?.direction ?? "present";
  }

  private markers(i: number): Marker[] {
    const cached = this.cache.get(i);
    if (cached) return cached;
    const s = this.doc.layers.sentences[i]!;
    const text = this.doc.text.slice(s.start, s.end);
    const all: Marker[] = [];
    collect(text, s.start, this.lexicon.future, "future", all);
    const futures = all.length;
    collect(text, s.start, this.lexicon.past, "past", all);
    // A participle inside a future group ("sera signé") does not make it past.
    if (futures > 0) {
      let kept = futures;
      for (let k = futures; k < all.length; k++) {
        const p = all[k]!;
        if (!overlapsAny(all, futures, p)) all[kept++] = p;
      }
      all.length = kept;
    }
    this.cache.set(i, all);
    return all;
  }
}

function overlapsAny(markers: readonly Marker[], count: number, p: Marker): boolean {
  for (let k = 0; k < count; k++) {
    const f = markers[k]!;
    if (p.start < f.end && f.start < p.end) return true;
  }
  return false;
}

/** A marker as the detector runs it: a global regex, or a guide with its pattern made sticky. */
type CompiledMarker = RegExp | { readonly guide: RegExp; readonly pattern: RegExp };

interface CompiledLexicon {
  readonly future: readonly CompiledMarker[];
  readonly past: readonly CompiledMarker[];
}

// Compiled once per lexicon, not once per document.
const compiledLexicons = new WeakMap<TenseLexicon, CompiledLexicon>();

function compileLexicon(lexicon: TenseLexicon): CompiledLexicon {
  let compiled = compiledLexicons.get(lexicon);
  if (!compiled) {
    const compile = (marker: TenseMarker): CompiledMarker => (marker instanceof RegExp ? marker : { guide: marker.guide, pattern: sticky(marker.pattern) });
    compiled = { future: lexicon.future.map(compile), past: lexicon.past.map(compile) };
    compiledLexicons.set(lexicon, compiled);
  }
  return compiled;
}

// A guided match starts on a word: walk back from the guide's hit over letters, marks and hyphens
// (looked up in the tokenizer's table of classes, not tested by regex one character at a time).
function isWordChar(c: number): boolean {
  return c === 0x2d || ((CHAR_CLASS[c] ?? 0) & (LETTER | MARK)) !== 0;
}

function isLetterOrDigit(c: number): boolean {
  return ((CHAR_CLASS[c] ?? 0) & (LETTER | NUMBER)) !== 0;
}
const stickyOf = new WeakMap<RegExp, RegExp>();

function sticky(pattern: RegExp): RegExp {
  let compiled = stickyOf.get(pattern);
  if (!compiled) stickyOf.set(pattern, (compiled = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y")));
  return compiled;
}

/** Adds the markers of one direction found in a sentence's text to `out`, marker by marker, each left to right. */
function collect(text: string, offset: number, markers: readonly CompiledMarker[], direction: Marker["direction"], out: Marker[]): void {
  for (const marker of markers) {
    if (marker instanceof RegExp) {
      marker.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = marker.exec(text)) !== null) {
        if (m[0].length === 0) {
          marker.lastIndex++;
          continue;
        }
        out.push({ start: offset + m.index, end: offset + m.index + m[0].length, direction });
      }
      continue;
    }
    // Same matches as a global scan of `pattern`: a match can only start on the word of a guide hit.
    const { guide, pattern } = marker;
    let floor = 0;
    guide.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = guide.exec(text)) !== null) {
      if (hit[0].length === 0) guide.lastIndex++;
      if (hit.index < floor) continue;
      let at = hit.index;
      while (at > floor && isWordChar(text.charCodeAt(at - 1))) at--;
      for (; at <= hit.index; at++) {
        if (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) continue;
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (m === null || m[0].length === 0) continue;
        out.push({ start: offset + at, end: offset + at + m[0].length, direction });
        floor = at + m[0].length;
        if (guide.lastIndex < floor) guide.lastIndex = floor;
        break;
      }
    }
  }
}
