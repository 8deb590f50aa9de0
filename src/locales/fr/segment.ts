import type { SegmentLexicon } from "../../stages/segment/types.js";

/** French abbreviations that take a period, and elided words. */
export const SEGMENT: SegmentLexicon = {
  abbreviations: new Set([
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "st", "ste", "sts",
    "gén", "gal", "col", "cdt", "lt", "cap", "av", "bd", "env", "etc", "cf", "ex", "p", "pp",
    "vol", "no", "nº", "art", "ch", "chap", "fig", "éd", "ed", "coll", "dir", "hab", "tél",
    "min", "max", "approx", "apr", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    "jr", "sr", "inc", "ltd", "vs", "resp", "sqq", "éds", "trad", "c.-à-d", "c-à-d",
  ]),
  elisions: new Set([
    "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    "quelqu", "presqu",
  ]),
};
