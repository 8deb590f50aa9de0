import { isDanglingWord } from "./choose-dangling-words.js";
import type { LineContext, LineMatcher } from "./context.js";
import { endsSentence, isBulleted, opensAsContinuation } from "./line-forms.js";

/** Longest line taken for a cut caption or headline, in words and characters. */
const MAX_WORDS = 12;
const MAX_CHARS = 90;
/** A line this long followed directly by the next is a hard-wrapped paragraph, not a fragment. */
const WRAP_CHARS = 50;

/**
 * A caption or headline cut mid-sentence: a short line that ends on a word
 * that cannot end a sentence ("La ministre estime que le", "Photo of the") and
 * that the next line does not continue. The title is never one.
 */
export const matchOrphanFragment: LineMatcher = (line, ctx) => {
  if (ctx.index === ctx.first || line.words > MAX_WORDS) return null;
  const text = line.text.trim();
  if (text.length > MAX_CHARS || !endsOnDanglingWord(text, ctx)) return null;
  // A line that opens in lower case continues the one above: part of a wrapped paragraph.
  // List items run on from item to item ("- la baisse des taxes et"), so they are never fragments.
  if (opensAsContinuation(text) || isBulleted(text)) return null;
  const above = ctx.index - 1 >= 0 ? ctx.lines[ctx.index - 1]! : null;
  if (above && !above.blank && ctx.prev !== ctx.first && !endsSentence(above.text)) return null;
  if (ctx.next !== -1) {
    const below = ctx.lines[ctx.next]!;
    if (opensAsContinuation(below.text.trim()) || isBulleted(below.text)) return null;
    if (ctx.next === ctx.index + 1 && text.length >= WRAP_CHARS) return null;
  }
  return "orphan-fragment";
};

const LAST_WORD = /(\p{L}+['’]?)$/u;

function endsOnDanglingWord(text: string, ctx: LineContext): boolean {
  const m = LAST_WORD.exec(text);
  if (!m) return false;
  // Looked up as written, against lower-case sets: capitals mark a name or a label ("Plan A"), not a cut determiner.
  return isDanglingWord(m[1]!.replace("’", "'"), ctx.lexicons.dangling, () => ctx.dangling);
}
