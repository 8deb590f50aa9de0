import type { LineMatcher } from "./context.js";

/** Comment-box prompts and counters: "Laisser un commentaire", "12 comments", "Réagir". */
export const matchCommentPrompt: LineMatcher = (line, ctx) =>
  ctx.vocabulary && line.words <= 12 && ctx.lexicons.commentLines.has(line.key) ? "comment-prompt" : null;
