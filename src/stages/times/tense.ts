import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import type { Direction, TenseLexicon } from "./types.js";

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

function collect(text: string, offset: number, patterns: readonly RegExp[], direction: Marker["direction"]): Marker[] {
  const out: Marker[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, direction });
    }
  }
  return out;
}
