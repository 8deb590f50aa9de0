/** What a locale tells the clean stage: the words of page furniture. */
export interface CleanLexicon {
  /** Placeholder until the clean stage lands. */
  readonly placeholder?: never;
}
