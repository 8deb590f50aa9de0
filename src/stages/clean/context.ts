import type { CompiledLexicons } from "./compile-lexicons.js";
import type { Line } from "./line-forms.js";

/** What a line matcher sees: the line, its neighbours and the lexicons. */
export interface LineContext {
  readonly lines: readonly Line[];
  readonly index: number;
  /** Index of the previous / next non-blank line, or -1. */
  readonly prev: number;
  readonly next: number;
  /** Index of the first and last non-blank lines of the text. */
  readonly first: number;
  readonly last: number;
  /** Whether paragraphs are separated by blank lines in this text. */
  readonly blankSeparated: boolean;
  readonly lexicons: CompiledLexicons;
  /** The dangling words of the language the text is mostly written in. */
  readonly dangling: ReadonlySet<string>;
  /**
   * Whether the line opens with a word of the page-furniture vocabulary, or
   * with no word at all ("©", "12", "("): the vocabulary rules read only such lines.
   */
  readonly vocabulary: boolean;
}

/** A line matcher: the removal reason when the line is boilerplate, else null. */
export type LineMatcher = (line: Line, ctx: LineContext) => string | null;

/** Whether the lower-cased folded line opens with one of the heads, then ends or meets a separator. */
export function opensWithHead(lower: string, heads: readonly string[], allowSpace = false): boolean {
  for (const head of heads) {
    if (!lower.startsWith(head)) continue;
    const after = lower.slice(head.length);
    // A head that is the whole line may still end with its stop: "Cet article est réservé aux abonnés."
    if (after === "" || /^[.!?…]+$/.test(after) || /^\s*[:|—–]|^\s+-\s/.test(after)) return true;
    if (allowSpace && /^[\s,]/.test(after)) return true;
  }
  return false;
}
