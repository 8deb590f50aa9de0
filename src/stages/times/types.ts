/** What a locale tells the times stage (filled in by the times stage's grammar). */
export interface TimesGrammar {
  /** Placeholder until the grammar lands. */
  readonly placeholder?: never;
}
