/** What a locale tells the entities stage. */
export interface EntitiesLexicon {
  /** Placeholder until the entities stage lands. */
  readonly placeholder?: never;
}
