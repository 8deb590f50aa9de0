/** What a locale tells the segment stage. */
export interface SegmentLexicon {
  /** Lower-cased words that take a period and do not end a sentence ("m", "mme", "dr", "etc."). */
  abbreviations: ReadonlySet<string>;
  /** Lower-cased elided words written with an apostrophe before the next word ("l", "qu", "jusqu"). */
  elisions: ReadonlySet<string>;
}
