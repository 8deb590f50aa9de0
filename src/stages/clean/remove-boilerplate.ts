import type { CompiledLexicons } from "./compile-lexicons.js";
import type { LineContext, LineMatcher } from "./context.js";
import { chooseDanglingWords } from "./choose-dangling-words.js";
import { makeLine } from "./line-forms.js";
import { matchCommentPrompt } from "./match-comment-prompt.js";
import { matchCredit } from "./match-credit.js";
import { matchByline, matchFooter, matchSignOff, matchUi } from "./match-footer.js";
import { matchOrphanFragment } from "./match-orphan-fragment.js";
import { findLinkList, isBareHead, matchReadMore } from "./match-read-more.js";
import { matchMediaPrompt, matchSeparator, matchShare } from "./match-share.js";

/** A line taken out of the text, and why. */
export interface Removal {
  text: string;
  reason: string;
}

// Vocabulary rules first, since they are the surest; footers before credits so that
// "© 2022 Le Monde" is a footer and "© Reuters" a credit; the orphan rule last, as a fallback.
const MATCHERS: readonly LineMatcher[] = [
  matchCommentPrompt,
  matchShare,
  matchMediaPrompt,
  matchReadMore,
  matchFooter,
  matchCredit,
  matchByline,
  matchUi,
  matchSeparator,
  matchSignOff,
  matchOrphanFragment,
];

/** Share of lines that must be blank for the text to count as blank-separated. */
const BLANK_SEPARATED_RATIO = 0.3;

/**
 * Drops the lines a reader would not count as the article. Takes the text
 * already normalised; returns the kept lines (blank ones included) and the removals.
 */
export function removeBoilerplate(text: string, lexicons: CompiledLexicons): { lines: string[]; removed: Removal[] } {
  const lines = text.split("\n").map(makeLine);
  const prev: number[] = [];
  const next: number[] = new Array<number>(lines.length).fill(-1);
  let last = -1;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    prev.push(last);
    if (!lines[i]!.blank) {
      if (last !== -1) next[last] = i;
      last = i;
      content++;
    }
  }
  const first = lines.findIndex((l) => !l.blank);
  const blankSeparated = lines.length - content >= BLANK_SEPARATED_RATIO * content;
  // The language vote reads many words: it runs only when a line needs it.
  let dangling: ReadonlySet<string> | undefined;

  const reasons = new Array<string | null>(lines.length).fill(null);
  // One context, moved from line to line: a fresh object per line is garbage on texts of 100,000 lines.
  const ctx: { -readonly [K in keyof LineContext]: LineContext[K] } = {
    lines, index: 0, prev: -1, next: -1, first, last, blankSeparated, lexicons, vocabulary: false,
    get dangling() {
      return (dangling ??= chooseDanglingWords(text, lexicons.dangling));
    },
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || reasons[i] !== null) continue;
    ctx.index = i;
    ctx.prev = prev[i]!;
    ctx.next = next[i]!;
    ctx.vocabulary = line.head === "" || lexicons.firstWords.has(line.head);
    for (const match of MATCHERS) {
      const reason = match(line, ctx);
      if (reason === null) continue;
      reasons[i] = reason;
      if (reason === "read-more") for (const j of findLinkList(ctx, isBareHead(line, ctx))) reasons[j] = "read-more";
      break;
    }
  }

  const kept: string[] = [];
  const removed: Removal[] = [];
  for (let i = 0; i < lines.length; i++) {
    const reason = reasons[i];
    if (reason) removed.push({ text: lines[i]!.text, reason });
    else kept.push(lines[i]!.text);
  }
  return { lines: kept, removed };
}
