import type { LineContext, LineMatcher } from "./context.js";
import { opensWithHead } from "./context.js";
import { endsSentence, isBulleted, type Line } from "./line-forms.js";

/** "Lire aussi", "À lire aussi : …", "Read more", "Related: …" lines. */
export const matchReadMore: LineMatcher = (line, ctx) => {
  const lex = ctx.lexicons;
  if (!ctx.vocabulary || line.words > 40) return null;
  if (line.words <= 12 && lex.readMoreLines.has(line.key)) return "read-more";
  const lower = line.folded.toLowerCase();
  return opensWithHead(lower, lex.readMoreHeads) || opensWithQuotedTitle(lower, lex.readMoreHeads) ? "read-more" : null;
};

// "Lire aussi « Le FMI relève ses prévisions »": a title in quotes may follow the head without a colon,
// but only a head of several words, since "More “Questions” for…" is prose.
function opensWithQuotedTitle(lower: string, heads: readonly string[]): boolean {
  return heads.some((h) => h.includes(" ") && lower.startsWith(h) && /^\s+["«“]/.test(lower.slice(h.length)));
}

/** The most links a "read more" list is taken to hold. */
const MAX_LINKS = 5;

/** Whether a "read more" line is the head alone ("Lire aussi :"), so that its links come below. */
export function isBareHead(line: Line, ctx: LineContext): boolean {
  const lower = line.folded.toLowerCase();
  return ctx.lexicons.readMoreHeads.includes(lower);
}

/**
 * The link list under a "read more" line: bulleted short lines; after a bare
 * head, also the short unpunctuated lines right under it. Where paragraphs
 * are blank-separated, a run of adjacent lines is a list, but past a blank
 * line only one title is taken, since a subheading may come next.
 * Returns the indices to remove.
 */
export function findLinkList(ctx: LineContext, headIsBare: boolean): number[] {
  const taken: number[] = [];
  let gap = false;
  for (let i = ctx.index + 1; i < ctx.lines.length && taken.length < MAX_LINKS; i++) {
    const line = ctx.lines[i]!;
    if (line.blank) {
      gap = true;
      continue;
    }
    if (!isLinkLike(line)) break;
    if (isBulleted(line.text)) {
      taken.push(i);
      gap = false;
      continue;
    }
    if (!headIsBare) break;
    if (gap || !ctx.blankSeparated) {
      if (taken.length === 0) taken.push(i);
      break;
    }
    taken.push(i);
  }
  return taken;
}

function isLinkLike(line: Line): boolean {
  return line.words <= 20 && !endsSentence(line.text.replace(/[\s»"”]+$/, ""));
}
