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

  constructor(
    private readonly doc: VeilleDocument,
    private readonly lexicon: TenseLexicon,
  ) {}

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
    const future = collect(text, s.start, this.lexicon.future, "future");
    // A participle inside a future group ("sera signé") does not make it past.
    const past = collect(text, s.start, this.lexicon.past, "past").filter(
      (p) => !future.some((f) => p.start < f.end && f.start < p.end),
    );
    const all = [...future, ...past];
    this.cache.set(i, all);
    return all;
  }
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

function collect(text: string, offset: number, markers: readonly TenseMarker[], direction: Marker["direction"]): Marker[] {
  const out: Marker[] = [];
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
    const { guide } = marker;
    const pattern = sticky(marker.pattern);
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
  return out;
}
