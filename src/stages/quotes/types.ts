/** What a locale tells the quotes stage. */
export interface QuotesLexicon {
  /** Placeholder until the quotes stage lands. */
  readonly placeholder?: never;
}
