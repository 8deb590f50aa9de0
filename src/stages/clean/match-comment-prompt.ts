import type { LineMatcher } from "./context.js";

/** Longest line read as a comment prompt worded freely ("Vous devez être connecté pour commenter."). */
const MAX_LOGIN_PROMPT_WORDS = 14;

/** Comment-box prompts and counters: "Laisser un commentaire", "12 comments", "Réagir", "Log in to comment". */
export const matchCommentPrompt: LineMatcher = (line, ctx) => {
  if (line.words > MAX_LOGIN_PROMPT_WORDS) return null;
  if (ctx.vocabulary && line.words <= 12 && ctx.lexicons.commentLines.has(line.key)) return "comment-prompt";
  return ctx.lexicons.commentLogin?.test(line.text) ? "comment-prompt" : null;
};
