/** A grammatical gender the text gives a person (for pronoun linking). */
export type Gender = "m" | "f";

/** What a locale tells the entities stage: cue words, all lower-cased unless said otherwise. */
export interface EntitiesLexicon {
  /** Lower-case particles that may sit inside a name between capitalised words ("de", "van", "bin", "of"). */
  readonly connectors: ReadonlySet<string>;
  /** Connectors allowed only inside organisation names ("and", "for"): "Centers for Disease Control". */
  readonly orgConnectors: ReadonlySet<string>;
  /** Capitalised words that are never a name on their own: articles, pronouns, sentence adverbs ("pourtant", "however"). */
  readonly stopwords: ReadonlySet<string>;
  /** Words after which the next word is a person's name ("m.", "mme", "mr.", "dr."), with the gender they give, if any. */
  readonly honorifics: ReadonlyMap<string, Gender | null>;
  /** Head nouns of roles and titles ("président", "porte-parole", "secretary"), with the gender the form gives, if any. */
  readonly roleHeads: ReadonlyMap<string, Gender | null>;
  /** Words that may stand before a role head inside the role ("ancien", "vice", "press", "deputy"). */
  readonly roleModifiers: ReadonlySet<string>;
  /** Capitalised domains of a ministry or department, part of a role rather than entities ("défense", "affaires", "state"). */
  readonly portfolios: ReadonlySet<string>;
  /** Whether modifiers come before the role head (English "press secretary") or after it (French "ministre russe"). */
  readonly modifiersPrecedeHead: boolean;
  /** Capitalised head words of organisation names ("conseil", "ministère", "agency"). */
  readonly orgHeads: ReadonlySet<string>;
  /** Lower-case nouns that, followed by "de X", make an organisation name with X ("palais", "ministère"). */
  readonly orgPrefixNouns: ReadonlySet<string>;
  /**
   * Adjectives and nouns that, beside a lower-case noun of `orgPrefixNouns`, name one public body:
   * "tribunal correctionnel", "conseil municipal" (after it, French) or "coast guard", "city council" (before it, English).
   */
  readonly institutionAdjectives: ReadonlySet<string>;
  /** Last words of sports clubs' names that are place words too ("city", "town"): weak evidence of a club where no gazetteer knows the place. */
  readonly clubSuffixes: ReadonlySet<string>;
  /** Last words of company names ("inc", "group", "sa"). */
  readonly orgSuffixes: ReadonlySet<string>;
  /** Lower-cased names of institutions known by a building or a nickname ("maison blanche", "kremlin", "white house"). */
  readonly institutions: ReadonlySet<string>;
  /**
   * Lower-cased institutions of `institutions` named after their building or street ("matignon", "bercy",
   * "white house"): right after a preposition of `seatPrepositions` they are the place itself ("devant Bercy").
   */
  readonly seats: ReadonlySet<string>;
  /**
   * Prepositions that make a building of `seats` a place, an article between them allowed ("devant", "outside").
   * "à Matignon", "at the White House" stay the body, as this project's tests have it.
   */
  readonly seatPrepositions: ReadonlySet<string>;
  /** Lower-cased place names that are not countries: continents, regions, cities, in this language's spelling. */
  readonly places: ReadonlySet<string>;
  /** Lower-cased nouns after which a name is a place ("région", "ville", "city", "province", "maire", "mayor"), followed by a connector. */
  readonly placeNouns: ReadonlySet<string>;
  /** Conjunctions that join two names ("et", "and"): the second shares the place preposition of the first. */
  readonly coordinators: ReadonlySet<string>;
  /** Lower-case words right before a name that make it a place ("à", "en", "près", "in", "near"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Words of travel that make a name after "to" a place ("trip", "flew"): "a trip to Prestonfield", not "a letter to Smith". */
  readonly travelBeforeTo: ReadonlySet<string>;
  /** Lower-case words that end a role or organisation phrase: verbs, conjunctions, prepositions other than "de". */
  readonly phraseBreakers: ReadonlySet<string>;
  /** Determiners that open a noun phrase ("le", "la", "l’", "the", "a"). */
  readonly determiners: ReadonlySet<string>;
  /** Singular determiners that can open a title used instead of a name ("le", "la", "l’", "the"). */
  readonly definiteSingular: ReadonlySet<string>;
  /** Speech and stance verbs right next to a name that make it a person ("déclaré", "said"). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Subject pronouns that may refer to a person, with their gender. */
  readonly pronouns: ReadonlyMap<string, Gender>;
  /** Words right after a pronoun that make it impersonal ("y", "faut", "s’agit"). */
  readonly impersonalAfterPronoun: ReadonlySet<string>;
  /** Upper-case words that are not organisations ("tv", "ok", "ii"), lower-cased. */
  readonly nonEntityAcronyms: ReadonlySet<string>;
  /** Suffixes that make an adjective, for "Service fédéral", "Cour pénale internationale" (French-style names). */
  readonly adjectiveSuffixes: readonly string[];
  /** Whether organisation names go on with lower-case words after their head (French "Conseil de sécurité"). */
  readonly lowercaseOrgContinuation: boolean;
  /** The key of this language in the country data ("fra", "eng"). */
  readonly countryLanguage: "fra" | "eng";
  /** Plural endings to derive group nouns from demonyms ("s", "es"). */
  readonly demonymPluralEndings: readonly string[];
  /** Party, faith and movement adjectives and their plurals, read like demonyms ("republican", "democrats", "catholic"). */
  readonly affiliations: ReadonlySet<string>;
  /** Lower-case nouns right before a name that make it an organisation ("group", "newspaper", "quotidien"). */
  readonly orgCueBefore: ReadonlySet<string>;
  /** Lower-case nouns right after a name that make it an organisation ("militants", "shareholders"). */
  readonly orgCueAfter: ReadonlySet<string>;
  /** Capitalised last words of place names ("street", "river", "county"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Capitalised last (English) or first (French) words of events, laws and awards ("war", "act", "prize", "guerre"). */
  readonly miscHeads: ReadonlySet<string>;
  /** Abbreviations of regions that follow a town and a comma ("ky.", "calif."): "Louisville, Ky.". */
  readonly regionAbbreviations: ReadonlySet<string>;
  /** Lower-case nouns right before a name that make it a product, programme or work ("fusée", "satellite", "program"). */
  readonly miscCueBefore: ReadonlySet<string>;
  /** Lower-cased first parts of hyphenated one-token place names ("saint" in "Saint-Brevin", "sainte"). */
  readonly placePrefixes: ReadonlySet<string>;
  /** Lower-case words between hyphens inside one-token place names ("sur" in "Noyal-sur-Vilaine", "upon"). */
  readonly placeInfixes: ReadonlySet<string>;
  /** Abbreviated titles and the word they stand for ("sen." → "senator"), to match a role with its full form. */
  readonly roleAbbreviations: ReadonlyMap<string, string>;
  /**
   * Common nouns (one or two words) that stand for an organisation already named, with the kind of
   * organisation they denote ("syndicat" and "centrale syndicale" → "union", "company" → "company").
   */
  readonly nominalHeads: ReadonlyMap<string, string>;
}
