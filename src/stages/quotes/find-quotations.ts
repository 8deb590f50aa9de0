import type { Span } from "../../model/span.js";

/** One outermost quotation: its marks and the content between them. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or after the last content character when never closed). */
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Whether a closing mark was found. */
  closed: boolean;
  /** Index of the paragraph where it opens and where it ends. */
  firstParagraph: number;
  lastParagraph: number;
}

// "''" is the ASCII double quote of some wires and archives: two apostrophes that open and close alike.
const CLOSE_OF: Record<string, string> = { "«": "»", "“": "”", "„": "“", "‹": "›", "‘": "’", '"': '"', "''": "''" };
/**
 * Every character that can be, or start, a quotation mark. A lone apostrophe
 * is neither (only "''" is), and "’" only closes an open "‘": skipping them
 * keeps elided French words ("l’", "qu'") from stopping the search.
 */
const MARK_CHARS = /["“”«»„‹›‘]|'(?=')/g;
/** The same, while a "‘" is open and "’" may close it. */
const MARK_CHARS_SINGLE = /["“”«»„‹›‘’]|'(?=')/g;
/** Marks that open and close alike and need a word boundary on the right side. */
const SYMMETRIC = new Set(['"', "‘", "''"]);

/** The quotation mark at `i`: one character, or the two-apostrophe mark (the last two of a run of three). */
function markAt(text: string, i: number): string {
  const c = text[i]!;
  if (c !== "'") return c;
  return text[i + 1] === "'" && text[i + 2] !== "'" ? "''" : c;
}
/** A quotation may run over at most this many paragraphs: a runaway mark must not swallow the article. */
const MAX_PARAGRAPHS = 8;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether the mark at `i` can open a quotation here (straight and single marks only after a space or an opener). */
function canOpen(text: string, i: number, paraStart: number): boolean {
  const c = markAt(text, i);
  const before = i > paraStart ? text[i - 1] : undefined;
  const after = text[i + c.length];
  if (SYMMETRIC.has(c)) return (before === undefined || /[\s([{«“:—–-]/.test(before)) && !isSpace(after);
  if (c === "“" || c === "„") return !isSpace(after) || c === "„";
  return true;
}

/** Whether the mark at `i` closes a quotation opened by `open`. */
function canClose(text: string, i: number, open: string): boolean {
  const c = markAt(text, i);
  if (c !== CLOSE_OF[open] && !(open === "„" && c === "”")) return false;
  if (SYMMETRIC.has(open)) return !isSpace(text[i - 1]) && !isLetter(text[i + c.length]);
  return true;
}

/** Whether a closing guillemet is used as an opening one (`qu' »il`): a word starts right after it and another one follows. */
function isGarbledOpener(text: string, i: number, paraEnd: number): boolean {
  return text[i] === "»" && isLetter(text[i + 1]) && text.indexOf("»", i + 1) !== -1 && text.indexOf("»", i + 1) < paraEnd;
}

/**
 * Finds the outermost quotations of a text, paragraph by paragraph. A
 * quotation left open at the end of a paragraph continues when the next
 * paragraph reopens with the same mark (the French and English convention
 * for long quotes); otherwise it ends with its paragraph, so a stray mark
 * never takes more than one paragraph.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const out: Quotation[] = [];
  let carry: { open: string; start: number; contentStart: number; first: number } | null = null;
  // The last search for a mark (outside single quotes): from where, and where it found one (the text's length for none).
  let plainFrom = Infinity;
  let plainNext = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    const stack: { open: string; at: number }[] = [];
    let i = ps;
    if (carry) {
      if (text.startsWith(carry.open, ps) && p - carry.first < MAX_PARAGRAPHS) {
        stack.push({ open: carry.open, at: carry.start });
        i = ps + carry.open.length;
      } else {
        const prev = paragraphs[p - 1]!;
        out.push(unclosed(text, carry.start, carry.contentStart, prev.end, carry.first, p - 1));
      }
    }
    const outerStart: { contentStart: number; first: number } | null = carry && stack.length > 0 ? carry : null;
    carry = null;
    let outerContentStart: number = outerStart ? outerStart.contentStart : -1;
    let outerFirst: number = outerStart ? outerStart.first : p;
    for (; i < pe; i++) {
      // Jump to the next character that can be a mark: most of a paragraph is none.
      const single = stack.some((s) => s.open === "‘");
      let at: number;
      if (!single && i >= plainFrom && i <= plainNext) {
        // A search from before here found nothing until then: paragraphs with no mark are not searched again.
        at = plainNext;
      } else {
        const marks = single ? MARK_CHARS_SINGLE : MARK_CHARS;
        marks.lastIndex = i;
        at = marks.test(text) ? marks.lastIndex - 1 : text.length;
        if (!single) {
          plainFrom = i;
          plainNext = at;
        }
      }
      if (at >= pe) break;
      i = at;
      const c = markAt(text, i);
      if (stack.length > 0) {
        // A closing mark may close an inner quotation or, when inner ones were left open, the outer one.
        let depth = -1;
        for (let d = stack.length - 1; d >= 0; d--) {
          if (canClose(text, i, stack[d]!.open)) {
            depth = d;
            break;
          }
        }
        if (depth >= 0) {
          const outer = stack[0]!;
          stack.length = depth;
          const closeAt = i;
          i += c.length - 1;
          if (depth === 0) {
            out.push({
              start: outer.at,
              end: i + 1,
              contentStart: outerContentStart,
              contentEnd: closeAt,
              closed: true,
              firstParagraph: outerFirst,
              lastParagraph: p,
            });
          }
          continue;
        }
        if (CLOSE_OF[c] !== undefined && c !== "“" && canOpen(text, i, ps) && c !== stack[stack.length - 1]!.open) stack.push({ open: c, at: i });
        else if (c === "“" && stack[stack.length - 1]!.open !== "„" && canOpen(text, i, ps)) stack.push({ open: c, at: i });
        i += c.length - 1;
        continue;
      }
      if ((CLOSE_OF[c] !== undefined && canOpen(text, i, ps)) || isGarbledOpener(text, i, pe)) {
        stack.push({ open: c === "»" ? "«" : c, at: i });
        outerContentStart = i + c.length;
        i += c.length - 1;
        outerFirst = p;
      }
    }
    if (stack.length > 0) {
      const outer = stack[0]!;
      const next = paragraphs[p + 1];
      // A straight quote continues only when it opened the paragraph or followed a colon, as long quotes do;
      // an odd one elsewhere is more often a typo than a long quote.
      const longQuote = outer.open !== '"' || outer.at <= ps || /:\s*$/.test(text.slice(Math.max(ps, outer.at - 3), outer.at));
      if (next && longQuote && text.startsWith(outer.open, next.start)) {
        carry = { open: outer.open, start: outer.at, contentStart: outerContentStart, first: outerFirst };
      } else {
        out.push(unclosed(text, outer.at, outerContentStart, pe, outerFirst, p));
      }
    }
  }
  if (carry) {
    const last = paragraphs[paragraphs.length - 1]!;
    out.push(unclosed(text, carry.start, carry.contentStart, last.end, carry.first, paragraphs.length - 1));
  }
  return out.filter((q) => q.contentEnd > q.contentStart).sort((a, b) => a.start - b.start);
}

function unclosed(text: string, start: number, contentStart: number, end: number, first: number, last: number): Quotation {
  let e = end;
  while (e > contentStart && /[\s.]/.test(text[e - 1]!)) e--;
  return { start, end, contentStart, contentEnd: e, closed: false, firstParagraph: first, lastParagraph: last };
}
