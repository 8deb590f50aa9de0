import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import { CHAR_CLASS, LETTER, MARK, NUMBER } from "../segment/char-classes.js";
import type { Direction, TenseLexicon, TenseMarker } from "./types.js";

interface Marker {
  start: number;
  end: number;
  direction: Exclude<Direction, "present">;
  /** The quotation of the sentence that holds the marker (an index into its quotes), or -1 outside any. */
  quote: number;
}

/** A sentence's tense markers and the quotations they may lie in. */
interface SentenceTense {
  markers: Marker[];
  quotes: QuoteSpan[];
}

/** A quotation inside a sentence, absolute offsets, its marks included. */
interface QuoteSpan {
  start: number;
  end: number;
}

// Where a clause ends: the tense of a verb beyond it does not carry over to a date.
const CLAUSE_PUNCTUATION = new Set([",", ";", ":", "(", ")", "«", "»", "“", "”", '"', "—", "–"]);
const WORD = /\p{L}+/gu;

/**
 * Finds the tense of the clause around a span: the tense marker nearest to it in
 * its sentence. Markers are found once per sentence, on first use.
 */
export class TenseDetector {
  private readonly cache = new Map<number, SentenceTense>();
  private readonly lexicon: CompiledLexicon;
  private readonly clauseBreaks: ReadonlySet<string>;

  constructor(
    private readonly doc: VeilleDocument,
    lexicon: TenseLexicon,
  ) {
    this.lexicon = compileLexicon(lexicon);
    this.clauseBreaks = clauseBreaksOf(lexicon);
  }

  /** Direction of the verbs nearest to [start, end); "present" when the sentence has no marker. */
  direction(start: number, end: number): Direction {
    return this.nearest(start, end)?.direction ?? "present";
  }

  /**
   * Whether a past verb governs [start, end) within its own clause: the nearest marker is past,
   * and neither clause punctuation nor a word that opens a new clause ("before", "qui") lies between.
   */
  clearlyPast(start: number, end: number): boolean {
    const m = this.nearest(start, end);
    if (!m || m.direction !== "past") return false;
    const [from, to] = m.end <= start ? [m.end, start] : [end, m.start];
    return !this.clauseBreakIn(from, to);
  }

  /**
   * The marker nearest to [start, end) in its sentence. Within a quotation only the quotation's own
   * verbs count ("« nous bloquerons le dépôt en octobre », a-t-il affirmé"): a quotation without any
   * reads as present. Outside, the narrator's verbs come first, the quoted ones only when there are no others.
   */
  private nearest(start: number, end: number): Marker | null {
    const i = sentenceIndexAt(this.doc, start);
    if (i < 0) return null;
    const { markers, quotes } = this.sentence(i);
    if (markers.length === 0) return null;
    const quote = quotes.length === 0 ? -1 : quoteAt(quotes, start);
    const best = nearestIn(markers, start, end, quote);
    if (best || quote >= 0) return best;
    return nearestIn(markers, start, end, null);
  }

  private clauseBreakIn(from: number, to: number): boolean {
    const text = this.doc.text;
    for (let k = from; k < to; k++) if (CLAUSE_PUNCTUATION.has(text[k]!)) return true;
    if (this.clauseBreaks.size === 0) return false;
    const between = text.slice(from, to);
    for (const w of between.matchAll(WORD)) if (this.clauseBreaks.has(w[0].toLowerCase())) return true;
    return false;
  }

  private sentence(i: number): SentenceTense {
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
    const quotes = all.length === 0 ? [] : quotationsOf(text, s.start);
    if (quotes.length > 0) for (const m of all) m.quote = quoteAt(quotes, m.start);
    const found = { markers: all, quotes };
    this.cache.set(i, found);
    return found;
  }
}

/** The nearest marker to [start, end) among those in quotation `quote` (all of them when null). */
function nearestIn(markers: readonly Marker[], start: number, end: number, quote: number | null): Marker | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const m of markers) {
    if (quote !== null && m.quote !== quote) continue;
    // A verb before the expression governs it more often than one after: it wins a tie.
    const distance = m.end <= start ? start - m.end : m.start >= end ? m.start - end + 0.5 : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** Index of the quotation holding `offset`, or -1. */
function quoteAt(quotes: readonly QuoteSpan[], offset: number): number {
  for (let q = 0; q < quotes.length; q++) if (offset >= quotes[q]!.start && offset < quotes[q]!.end) return q;
  return -1;
}

/**
 * The outermost quotations of a sentence: « », “ ”, and straight quotes taken in pairs. A closing mark
 * with no opening one closes a quotation that began in an earlier sentence; an opening one left open runs to the end.
 */
function quotationsOf(text: string, offset: number): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let depth = 0;
  let open = 0;
  let straightOpen = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "«" || c === "“") {
      if (depth++ === 0 && straightOpen < 0) open = k;
    } else if (c === "»" || c === "”") {
      if (depth === 0) {
        if (straightOpen < 0) quotes.push({ start: offset, end: offset + k + 1 });
      } else if (--depth === 0 && straightOpen < 0) quotes.push({ start: offset + open, end: offset + k + 1 });
    } else if (c === '"' && depth === 0) {
      if (straightOpen < 0) {
        // `janvier", a confié X`: a straight quote that clings to the word before it and opens nothing
        // closes a quotation begun in an earlier sentence, like an unpaired » above.
        if (closesStraight(text, k)) quotes.push({ start: offset, end: offset + k + 1 });
        else straightOpen = k;
      } else {
        quotes.push({ start: offset + straightOpen, end: offset + k + 1 });
        straightOpen = -1;
      }
    }
  }
  if (depth > 0) quotes.push({ start: offset + open, end: offset + text.length });
  else if (straightOpen >= 0) quotes.push({ start: offset + straightOpen, end: offset + text.length });
  return quotes;
}

// A straight quote glued to a letter or a stop before it, and followed by a space, a stop or nothing.
function closesStraight(text: string, k: number): boolean {
  const before = text.charCodeAt(k - 1);
  if (k === 0 || before === 32 || before === 0xa0 || before === 10) return false;
  const after = text[k + 1];
  return after === undefined || /[\s,.;:!?)]/.test(after);
}

const clauseBreakSets = new WeakMap<TenseLexicon, ReadonlySet<string>>();

function clauseBreaksOf(lexicon: TenseLexicon): ReadonlySet<string> {
  let set = clauseBreakSets.get(lexicon);
  if (!set) clauseBreakSets.set(lexicon, (set = new Set(lexicon.clauseBreaks ?? [])));
  return set;
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
        out.push({ start: offset + m.index, end: offset + m.index + m[0].length, direction, quote: -1 });
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
        out.push({ start: offset + at, end: offset + at + m[0].length, direction, quote: -1 });
        floor = at + m[0].length;
        if (guide.lastIndex < floor) guide.lastIndex = floor;
        break;
      }
    }
  }
}
