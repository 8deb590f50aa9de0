import type { TimesGrammar } from "../../../stages/times/types.js";

/** Time-expression grammar of this language. */
export const TIMES: TimesGrammar = {};
