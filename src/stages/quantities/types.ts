/** What a locale tells the quantities stage. */
export interface QuantitiesLexicon {
  /** Decimal separator of the language ("," in French, "." in English). */
  decimal: "," | ".";
  /** Cardinal number words, lower-cased, to their values ("deux" → 2, "cent" → 100). */
  numberWords: ReadonlyMap<string, number>;
  /** Multiplier words to their factors ("million" → 1e6, "milliards" → 1e9). */
  multipliers: ReadonlyMap<string, number>;
  /** Words of approximate counts ("dizaines" → 10, "dozens" → 12), read as "some tens of". */
  approximateCounts: ReadonlyMap<string, number>;
  /** Words before a number that make it approximate ("environ", "près de", "about"). */
  approximators: readonly string[];
  /** Currency words and signs to ISO 4217 codes. */
  currencies: ReadonlyMap<string, string>;
  /** Words of percentage ("pour cent", "percent"). */
  percentWords: readonly string[];
  /** Function words that may sit between a number and what it counts ("de", "d’", "of"). */
  unitLinkers: readonly string[];
  /** Words that never name the counted unit although they follow a number (verbs, adverbs). */
  nonUnits: ReadonlySet<string>;
}
