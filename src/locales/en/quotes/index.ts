import type { QuotesLexicon } from "../../../stages/quotes/types.js";

/** Reporting cues of this language. */
export const QUOTES: QuotesLexicon = {};
