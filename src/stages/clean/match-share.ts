import type { LineMatcher } from "./context.js";
import { opensWithHead } from "./context.js";

/** Share, subscribe and follow lines: "Partager sur Facebook", "Sign up for our newsletter", "Follow X on Twitter". */
export const matchShare: LineMatcher = (line, ctx) => {
  const lex = ctx.lexicons;
  if (line.words > 40) return null;
  if (ctx.vocabulary) {
    if (line.words <= 12 && lex.shareLines.has(line.key)) return "share";
    if (line.words <= 2 && lex.networkLine.test(line.folded)) return "share";
    if (line.words <= 25 && opensWithHead(line.folded.toLowerCase(), lex.shareHeads, true)) return "share";
    if (line.words <= 25 && lex.follow?.test(line.folded)) return "share";
  }
  return lex.subscribe?.test(line.text) ? "share" : null;
};

/** Prompts that point at an embedded player: "Watch the full video below:", "Écoutez l'entretien ci-dessous". */
export const matchMediaPrompt: LineMatcher = (line, ctx) =>
  ctx.vocabulary && line.words <= 25 && ctx.lexicons.media?.test(line.folded) ? "media-prompt" : null;

/** Rules made of symbols only: "***", "___", "-----". */
export const matchSeparator: LineMatcher = (line) =>
  line.head === "" &&
  line.text.length <= MAX_SEPARATOR && (/^\s*([_*=~#-])\1+\s*\.?\s*$/.test(line.text) || /^\s*(?:\* ?){3,}$/.test(line.text))
    ? "separator"
    : null;

/** Longest separator line; past this the backreference pattern would recurse too deep. */
const MAX_SEPARATOR = 200;
