import type { EntitiesLexicon } from "../../../stages/entities/types.js";

/** Entity cues of this language. */
export const ENTITIES: EntitiesLexicon = {};
