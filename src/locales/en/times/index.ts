import type { TimesGrammar } from "../../../stages/times/types.js";
import { buildRules } from "./rules.js";
import { TENSE } from "./tense.js";

/** Time-expression grammar of this language. */
export const TIMES: TimesGrammar = { rules: buildRules, tense: TENSE };
