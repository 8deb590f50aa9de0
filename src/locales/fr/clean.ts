import type { CleanLexicon } from "../../stages/clean/types.js";

/** Page-furniture vocabulary of this language. */
export const CLEAN: CleanLexicon = {};
