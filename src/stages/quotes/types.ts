import type { Gender } from "../entities/types.js";

/** What a locale tells the quotes stage: reporting verbs and the small closed word classes around them. */
export interface QuotesLexicon {
  /** Inflected form (lower case) → `lemma:tags` (F finite, K past participle, G gerund, W infinitive). */
  verbForms: Readonly<Record<string, string>>;
  /** Lemmas that report only as an incise next to a quotation or before a colon ("…, a poursuivi X"). */
  incisOnly: ReadonlySet<string>;
  /** Lemmas that report through a noun-phrase object ("dénoncer X", "downplay X"). */
  objectReports: ReadonlySet<string>;
  /** Lemmas that charge someone with an act ("accuser X d'avoir …", "accuse X of …"): the act is the report. */
  charges: ReadonlySet<string>;
  /** Words that link a charge's object to the act ("de", "d'", "of"). */
  chargeLinks: ReadonlySet<string>;
  /** Lemmas that apply quoted words to something ("a jugé la hausse « injustifiable »", "described it as “…”", "jugé « … » par X"). */
  qualifiers: ReadonlySet<string>;
  /** Words between a qualifying participle and the quoted words ("qualifié de « … »", "described as “…”"). */
  qualifyLinks: ReadonlySet<string>;
  /** Words that introduce a passive's agent ("par", "by"). */
  agentLinks: ReadonlySet<string>;
  /** Lemmas that report only when followed by one of these word sequences ("mettre en garde", "point out"). */
  phrases: Readonly<Record<string, readonly string[]>>;
  /** Auxiliary and modal forms that may precede a participle or infinitive in a verb group. */
  auxiliaries: ReadonlySet<string>;
  /** Forms of semi-auxiliaries followed by an infinitive ("a semblé minimiser", "tient à préciser"). */
  raising: ReadonlySet<string>;
  /** Forms that mark a passive when they sit between auxiliary and participle ("a été annoncé"). */
  passiveMarkers: ReadonlySet<string>;
  /** Clitics and particles that may sit inside a verb group ("l'", "lui", "s'", "ne"). */
  clitics: ReadonlySet<string>;
  /** Adverbs that may sit inside a verb group, besides words with an adverb suffix. */
  adverbs: ReadonlySet<string>;
  /** Suffix of manner adverbs ("-ment", "-ly"). */
  adverbSuffix: RegExp;
  /** Suffix of adverbs that may sit between a subject and its verb ("Smith repeatedly said"); null where nouns share it ("-ment"). */
  subjectAdverbSuffix: RegExp | null;
  /** Words that open a reported clause ("que", "qu'", "that"). */
  complementizers: ReadonlySet<string>;
  /** Lemmas that may take a bare clause with no complementizer ("said he would"). */
  bareClause: ReadonlySet<string>;
  /** Negation words around a verb group ("pas", "jamais", "not", "never", "didn't"). */
  negations: ReadonlySet<string>;
  /** Verbs before "de"/"to" + reporting verb that cancel the report ("a refusé de dire", "declined to say"). */
  refusals: ReadonlySet<string>;
  /** Source phrases that introduce a source before or after the content ("selon", "d'après", "according to"). */
  according: readonly (readonly string[])[];
  /** Source phrases that introduce a source only before a quotation ("pour X, « … »"). */
  forSource: readonly (readonly string[])[];
  /** Words that, right after a source phrase, show it is not a source ("selon lesquels"). */
  notSource: ReadonlySet<string>;
  /** Object and stressed pronouns that stand for a source ("d'après lui", "according to her"), with their number. */
  stressedPronouns: Readonly<Record<string, "s" | "p">>;
  /** Pronouns that stand for a person of one gender ("il", "lui", "she"): their speaker is the person they point back to. */
  genderedPronouns: ReadonlyMap<string, Gender>;
  /** Words that give the gender of the person they name or introduce: honorifics, gendered determiners, role nouns (null: either). */
  genderCues: ReadonlyMap<string, Gender | null>;
  /** Honorifics before a name ("m", "mme", "mrs"), without their final period. */
  honorifics: ReadonlySet<string>;
  /** Lemmas that urge someone to act ("appeler", "exhorter", "urge"): "a appelé les parents à « … »" quotes the subject. */
  exhortations: ReadonlySet<string>;
  /** Words that link an urging verb's object to the act urged ("à", "to"). */
  exhortLinks: ReadonlySet<string>;
  /** Singular determiners after which a verb's bare form cannot agree ("a Nairobi think tank"): the form is a noun there. */
  singularDeterminers: ReadonlySet<string>;
  /** Subject pronouns with their grammatical number. */
  pronouns: Readonly<Record<string, "s" | "p">>;
  /** Pattern of a verb fused with an inverted subject pronoun ("a-t-il", "dit-elle"), groups verb and pronoun. */
  inversion: RegExp | null;
  /** Determiners and quantifiers that open a noun phrase (lower case). */
  determiners: ReadonlySet<string>;
  /** Articles and possessives after which a reporting form is a noun ("cette annonce", "the report"). */
  nounMarkers: ReadonlySet<string>;
  /** Determiners that make a noun phrase plural. */
  pluralDeterminers: ReadonlySet<string>;
  /** Prepositions that link a complement inside a noun phrase ("de", "du", "of"). */
  nounLinks: ReadonlySet<string>;
  /** Words that end a subject noun phrase read backwards (conjunctions, relatives, verbs). */
  clauseStops: ReadonlySet<string>;
  /** Coordinators that may join two subjects or two clauses ("et", "and"). */
  coordinators: ReadonlySet<string>;
  /** Words that end a postposed speaker noun phrase read forwards (prepositions, time words). */
  speakerEnds: ReadonlySet<string>;
  /** Connectors and adverbs that may open a sentence before its subject. */
  openers: ReadonlySet<string>;
  /** Connectors before a second reporting clause of the same sentence ("tandis que", "while"). */
  clauseConnectors: ReadonlySet<string>;
  /** Role nouns whose bare use ("le porte-parole") points back to a named person. */
  roleNouns: ReadonlySet<string>;
  /** Nouns for documents that speak for their author ("un communiqué de X"). */
  containerNouns: ReadonlySet<string>;
  /** Nouns or participles right before a quotation that make it a title or a term ("émission", "baptisé"). */
  titleCues: ReadonlySet<string>;
  /** Particles that mark an infinitive right before a verb ("to"). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Relative pronouns that may be the subject of a reporting verb ("…, who said"). */
  relativeSubjects: ReadonlySet<string>;
  /** Words that may sit between a verb and the quotation it introduces ("pledged to “win …”", "said that “…”"). */
  preQuoteLinks: ReadonlySet<string>;
  /** Words of paragraph labels before a colon that are headings, not speakers ("Update:", "Lire aussi :"). */
  headingLabels: ReadonlySet<string>;
  /** Words that open a comparative report clause ("as X said, …", "comme l'a dit X"). */
  comparativeReports: ReadonlySet<string>;
  /** Whether a bare noun with no determiner may be a subject ("sources said"). */
  bareNounSubjects: boolean;
  /** Lower-case words that never open a subject (relatives, negations, pronoun objects…). */
  notSubjects: ReadonlySet<string>;
  /** Prepositions of an indirect object that may sit between a verb and its inverted subject ("a expliqué à l'agence X"). */
  dativeMarkers: ReadonlySet<string>;
  /** Time words that may sit inside a verb group's tail ("lundi", "yesterday"). */
  timeWords: ReadonlySet<string>;
}
