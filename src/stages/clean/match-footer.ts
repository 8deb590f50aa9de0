import type { CompiledLexicons } from "./compile-lexicons.js";
import type { LineMatcher } from "./context.js";
import { opensWithHead } from "./context.js";
import { phraseKey } from "./line-forms.js";

const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright\b).{0,80}\b(?:19|20)\d\d\b/i;

/** Copyright lines, legal links, update notes and contributor notes: "© 2022 Le Monde", "All rights reserved". */
export const matchFooter: LineMatcher = (line, ctx) => {
  if (line.words > 60) return null;
  const lex = ctx.lexicons;
  if (line.words <= 30 && lex.footerPhrase?.test(line.text)) return "footer";
  if (line.words <= 25 && lex.footerTail?.test(line.text)) return "footer";
  if (!ctx.vocabulary) return null;
  const lower = line.folded.toLowerCase();
  if (line.words <= 12 && lex.footerLines.has(line.key)) return "footer";
  if (line.words <= 20 && COPYRIGHT_YEAR.test(line.folded)) return "footer";
  if (opensWithHead(lower, lex.footerHeads, true)) return "footer";
  if (isContributorNote(line.text.trim(), lower, lex.contributorHeads)) return "footer";
  if (opensWithHead(lower, lex.noteHeads)) return "footer";
  return null;
};

// "(Additional reporting by …; Editing by …)", "Reporting by Ann Cole; editing by Tom Hale", "Propos recueillis par J. Martin".
function isContributorNote(text: string, lower: string, heads: readonly string[]): boolean {
  const bracketed = text.startsWith("(");
  if (!opensWithHead(bracketed ? lower.replace(/^\(\s*/, "") : lower, heads, true)) return false;
  return bracketed || text.includes(";") || !/[.!?…]$/.test(text);
}

// Desk codes that close a wire story: the initials of the editors who handled it, "cv/fm/ial", "bur-sr/jm".
const SIGN_OFF = /^[a-z]{2,5}(?:[-/][a-z]{2,5})*\/[a-z]{2,5}$/;
/** How many content lines from the end a sign-off may sit (a credit or a link can follow it). */
const SIGN_OFF_REACH = 3;

/** Agency sign-offs: a lone line of lower-case desk initials among the last lines. */
export const matchSignOff: LineMatcher = (line, ctx) =>
  line.words === 1 && SIGN_OFF.test(line.text.trim()) && countContent(ctx, ctx.index, ctx.last) < SIGN_OFF_REACH ? "sign-off" : null;

/** How many lines from either end of the text a byline may sit. */
const BYLINE_REACH = 4;

/** Bylines near the top or the bottom: "Par Jeanne Dupont", "By JOHN SMITH, Associated Press". */
export const matchByline: LineMatcher = (line, ctx) => {
  if (!ctx.vocabulary || line.words > 10 || ctx.index === ctx.first) return null;
  const near = countContent(ctx, ctx.first, ctx.index) < BYLINE_REACH || countContent(ctx, ctx.index, ctx.last) < BYLINE_REACH;
  return near && ctx.lexicons.byline?.test(line.folded.replace(/\.$/, "")) ? "byline" : null;
};

function countContent(ctx: Parameters<LineMatcher>[1], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < BYLINE_REACH; i++) if (!ctx.lines[i]!.blank) n++;
  return n;
}

/** Page chrome: "Publicité", "Advertisement", "Mots-clés : …", "Mentions légales | Contact | CGU". */
export const matchUi: LineMatcher = (line, ctx) => {
  const lex = ctx.lexicons;
  if (line.words > 30) return null;
  if (ctx.vocabulary && line.words <= 8 && lex.uiLines.has(line.key)) return "ui";
  // Not on the title: "Watch: …" or "En direct : …" can head an article.
  if (ctx.vocabulary && ctx.index !== ctx.first && opensWithHead(line.folded.toLowerCase(), lex.uiHeads)) return "ui";
  if (ctx.vocabulary && line.words <= 25 && lex.timestamp?.test(line.folded)) return "timestamp";
  return /[|•·]/.test(line.text) && isMenuRow(line.folded, lex) ? "ui" : null;
};

// A row of links is chrome when every item is: prose never separates its parts with bars or bullets.
function isMenuRow(folded: string, lex: CompiledLexicons): boolean {
  if (!/[|•·]/.test(folded)) return false;
  const items = folded.split(/\s*[|•·]\s*/).filter((s) => s.length > 0);
  return (
    items.length >= 2 &&
    items.every((item) => {
      const key = phraseKey(item);
      return lex.uiLines.has(key) || lex.shareLines.has(key) || lex.commentLines.has(key) || lex.networkLine.test(item);
    })
  );
}
