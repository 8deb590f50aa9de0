import type { SegmentLexicon } from "../../stages/segment/types.js";

/** English abbreviations that take a period; English has no elided articles. */
export const SEGMENT: SegmentLexicon = {
  abbreviations: new Set([
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj",
    "capt", "cmdr", "sgt", "adm", "pres", "rev", "hon", "st", "jr", "sr", "inc", "ltd", "co",
    "corp", "bros", "vs", "etc", "e.g", "i.e", "cf", "no", "nos", "vol", "pp", "fig", "est",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ala", "ariz", "calif", "colo", "conn", "del",
    "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
    "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "u.s", "u.k",
    "u.n", "d.c", "a.m", "p.m",
  ]),
  elisions: new Set(),
};
