/** The tense or mood a verb form carries, as far as its form alone tells. */
export type VerbTense =
  | "present"
  | "past"
  | "participle"
  | "future"
  | "conditional"
  | "infinitive"
  | "gerund"
  | "subjunctive";

/** One inflected verb form: its lemma and what its ending says. */
export interface VerbForm {
  lemma: string;
  tense: VerbTense;
}

/** What a trigger word means in PLOVER terms. */
export interface TriggerSense {
  type: string;
  mode: string | null;
}

/** A verb + object phrase whose sense is the phrase's, not the verb's. */
export interface VerbPhrase {
  /** The words that must follow the head, in order, within a few tokens. */
  words: readonly string[];
  /** Per word, whether it must follow the word before it at once (a particle: "call on"). */
  adjacent: readonly boolean[];
  /** Whether the head must be pronominal, a reflexive clitic just before it ("se rendre à"). */
  reflexive: boolean;
  /** A word that must not come right after the phrase ("faire appel", not "faire appel à"), or null. */
  notBefore: string | null;
  sense: TriggerSense;
}

/** How a verb that governs another act shapes it (PLOVER's rules of thumb). */
export type GovernorKind =
  /** "promettre de", "agree to": the governed act is promised, an AGREE. */
  | "commit"
  /** "proposer de", "offer to": the governed act is only proposed. */
  | "propose"
  /** "menacer de", "threaten to": the governed act is the THREATEN's mode. */
  | "threaten"
  /** "refuser de", "refuse to": a REJECT of the governed act. */
  | "refuse"
  /** "exiger que", "urge": a REQUEST for the governed act. */
  | "request"
  /** "prévoir de", "plan to", "doit": the governed act is planned. */
  | "plan"
  /** "pouvoir" in the conditional, "could", "might": the governed act is hypothetical. */
  | "possible"
  /** "continuer de", "keep": the governed act is ongoing. */
  | "continue"
  /** "nier", "deny": the governed act is denied. */
  | "deny";

/** Cue patterns of one language, each a regex over a lower-cased stretch of a sentence. */
export interface ModalityCues {
  /** A negation that scopes over what follows it in its clause ("ne", "aucun", "pas de", "not", "no"). */
  readonly negation: RegExp;
  /** A negation particle that needs a completion to negate ("ne" … "pas"); absent where one word suffices. */
  readonly negationParticle?: RegExp;
  /** What completes the particle ("pas", "plus", "jamais", "rien"). */
  readonly negationCompletion?: RegExp;
  /** A denial: "a démenti", "rien à voir", "deny", "no such", "false". */
  readonly denial: RegExp;
  /** A proposal or an agreement in principle that follows the event ("proposé", "en principe", "proposed"). */
  readonly proposalAfter: RegExp;
  /** A proposal that precedes the event it governs ("proposer", "éventuel", "proposed"). */
  readonly proposalBefore: RegExp;
  /** Opens a condition clause ("si", "tant que", "à condition que", "if", "unless", "as long as"). */
  readonly condition: RegExp;
  /** Says the event is possible only ("pourrait", "éventuel", "could", "might", "possible"). */
  readonly hypothetical: RegExp;
  /** Says the event is scheduled ("prévu", "doit", "aura lieu", "scheduled", "is to", "will"). */
  readonly planned: RegExp;
  /** Says the event goes on ("se poursuivre", "continuer", "toujours", "ongoing", "still"). */
  readonly ongoing: RegExp;
  /** Words for a plan or an intention: denying a plan contradicts a report of a planned act. */
  readonly plan: RegExp;
  /** Splits a sentence into clauses: conjunctions and complementisers that open one. */
  readonly clauseOpener: RegExp;
  /** A verb form or auxiliary that marks the clause as future. */
  readonly futureAux: RegExp;
  /** A verb form or auxiliary that marks the clause as conditional mood. */
  readonly conditionalAux: RegExp;
  /** A verb form or auxiliary that marks the clause as past. */
  readonly pastAux: RegExp;
  /** A passive auxiliary right before a participle ("été", "was", "were", "been"). */
  readonly passiveAux: RegExp;
  /** Reporting verbs in the past that make a later conditional a future-in-the-past ("a déclaré que", "said"). */
  readonly pastReporting: RegExp;
  /** A back-reference to something said before ("ces attaques", "tel plan", "such a plan", "these reports"). */
  readonly anaphora: RegExp;
  /** Introduces who called or organised a collective action ("à l'appel de", "organised by"). */
  readonly organiser?: RegExp;
  /** Claims that assert what a source alleges ("affirmé", "prétend", "alleged", "claimed"). */
  readonly allegation: RegExp;
}

/** Prepositions and function words that tell a participant's role. */
export interface RoleWords {
  /** "avec", "with". */
  readonly with: ReadonlySet<string>;
  /** "entre", "between". */
  readonly between: ReadonlySet<string>;
  /** Agent of a passive: "par", "by". */
  readonly agent: ReadonlySet<string>;
  /** Object of a noun: "de", "du", "of", "against", "contre", "sur", "on". */
  readonly of: ReadonlySet<string>;
  /** Place: "à", "en", "dans", "in", "at", "near". */
  readonly place: ReadonlySet<string>;
  /** Origin of an act: "depuis", "from" (a shell fired from a territory has it as source). */
  readonly origin: ReadonlySet<string>;
  /** Words that introduce the act an accusation charges ("accuser X d'avoir …", "accuse X of …"). */
  readonly chargedActMarkers: ReadonlySet<string>;
  /** Words that mark the next verb as an infinitive ("to"). */
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** Words right after a pronoun that make it impersonal ("il y a", "il faut", "it is"). */
  readonly impersonal: ReadonlySet<string>;
  /** Words that attach a name to something else than the event ("selon", "according", "chez"). */
  readonly unrelated: ReadonlySet<string>;
  /** Among those, the ones that name where an act takes place when it is a company or a home ("chez"): the act's target. */
  readonly host: ReadonlySet<string>;
  /** Among those, the ones that name who reports the act ("selon", "according"): its actor when the act is its own. */
  readonly reporter: ReadonlySet<string>;
  /** Determiners and possessives: a word after one is a noun, not a verb ("la rencontre"). */
  readonly determiners: ReadonlySet<string>;
  /** Prepositions that, like determiners, make the word after them a noun ("for strike action", "pour aide"). */
  readonly nounPrepositions: ReadonlySet<string>;
  /** Coordinators of participants ("et", "and"). */
  readonly and: ReadonlySet<string>;
  /** Words that coordinate two verb phrases of one subject ("et", "puis", "and"). */
  readonly verbCoordinators: ReadonlySet<string>;
  /** Subject pronouns that stand for a person or a group named before. */
  readonly pronouns: ReadonlySet<string>;
  /** First-person subject pronouns: inside a quotation they stand for its speaker ("nous", "on", "we"). */
  readonly firstPersons: ReadonlySet<string>;
  /** Definite determiners: before a group noun, they make it a participant ("la préfecture", "the trust"). */
  readonly definites: ReadonlySet<string>;
  /** Nouns that name an organisation or a group without a proper name ("préfecture", "syndicat", "government"). */
  readonly groupNouns: ReadonlySet<string>;
  /** Plural nouns of people who act together ("salariés", "farmers"): a participant after a determiner or a number. */
  readonly peopleNouns: ReadonlySet<string>;
  /** Reflexive clitics that make a verb pronominal ("se", "s'"). */
  readonly reflexives: ReadonlySet<string>;
  /** Capitalised words that are never a participant's name (articles, adverbs, weekdays). */
  readonly stopwords: ReadonlySet<string>;
  /** Nouns after which a name is a place ("région", "ville", "region", "city"). */
  readonly placeNouns: ReadonlySet<string>;
}

/** What a locale tells the events stage. */
export interface EventsLexicon {
  /** Inflected verb form (lower case) → lemma and tense. */
  readonly verbForms: ReadonlyMap<string, VerbForm>;
  /** Verb lemma → its PLOVER sense. Pronominal verbs are listed without their clitic. */
  readonly verbs: ReadonlyMap<string, TriggerSense>;
  /** Lower-case noun phrase of one to three words, singular and plural → its PLOVER sense. */
  readonly nouns: ReadonlyMap<string, TriggerSense>;
  /**
   * Multi-word verbal triggers whose meaning differs from their head verb: lemma of the
   * head + the words that must follow within a few tokens ("imposer sanctions", "tenir réunion").
   */
  readonly verbPhrases: ReadonlyMap<string, readonly VerbPhrase[]>;
  /** Verb lemma → how it governs the act after it ("promettre" → commit). */
  readonly governors: ReadonlyMap<string, GovernorKind>;
  /** Adjectives and phrases that govern the act after them ("prêt à", "ready to") → how. */
  readonly governorPhrases: ReadonlyMap<string, GovernorKind>;
  readonly cues: ModalityCues;
  readonly roles: RoleWords;
}
