/**
 * What a locale tells the clean stage: the words of page furniture (comment
 * boxes, share buttons, "read more" links, credits, footers) and the words
 * that cannot end a sentence. Phrases are matched case- and accent-blind,
 * with ’ read as '; "#" in a whole-line phrase stands for a number.
 */
export interface CleanLexicon {
  /** Whole lines of comment boxes: "Laisser un commentaire", "# commentaires". */
  readonly commentLines: readonly string[];
  /**
   * Words of commenting ("commentaire", "réagir") and of logging in ("connecté", "identifiez-vous"): a
   * short line holding one of each is a comment-box prompt however it is worded.
   */
  readonly commentWords: readonly string[];
  readonly loginWords: readonly string[];
  /** Whole lines of share, print and subscribe buttons: "Partager", "Abonnez-vous". */
  readonly shareLines: readonly string[];
  /** Openings of share lines, whatever follows: "Partager sur", "Suivez-nous sur". */
  readonly shareHeads: readonly string[];
  /** Imperatives that open a newsletter pitch when a subscribe noun follows: "Inscrivez-vous", "Sign up". */
  readonly subscribeVerbs: readonly string[];
  /** What follows the imperative in a pitch: "newsletter", "podcast", "here". */
  readonly subscribeNouns: readonly string[];
  /** Verbs of "Follow X on Twitter" lines (the network name is language-neutral). */
  readonly followVerbs: readonly string[];
  /** Openings of "read more" lines, then a separator or nothing: "Lire aussi", "Related". */
  readonly readMoreHeads: readonly string[];
  /** Whole "read more" lines: "Lire la suite", "Read the full story". */
  readonly readMoreLines: readonly string[];
  /** Openings of photo credits, before ":", "/" or "©": "Photo", "Crédit photo". */
  readonly creditHeads: readonly string[];
  /** Phrases that make a short line a footer wherever they sit: "Tous droits réservés". */
  readonly footerPhrases: readonly string[];
  /** Openings of editorial footnotes: "Cet article a été mis à jour", "Reporting by". */
  readonly footerHeads: readonly string[];
  /**
   * Openings of contributor notes, which prose can share ("Reporting by the
   * Times found…"): they count only in brackets, with ";" or without a final stop.
   */
  readonly contributorHeads: readonly string[];
  /** Endings of contributor notes: "contributed reporting". */
  readonly footerTails: readonly string[];
  /** Openings of editorial notes, then a separator: "Correction", "Note de la rédaction". */
  readonly noteHeads: readonly string[];
  /** Whole footer lines: "Avec AFP". */
  readonly footerLines: readonly string[];
  /** Words that open a byline before a name: "Par", "By". */
  readonly bylineHeads: readonly string[];
  /** Imperatives that point at an embedded player: "Regardez", "Watch". */
  readonly mediaVerbs: readonly string[];
  /** Where the embed sits, closing such a line: "ci-dessous", "below". */
  readonly mediaPlaces: readonly string[];
  /** Whole lines of page chrome: "Publicité", "Advertisement". */
  readonly uiLines: readonly string[];
  /** Openings of chrome lines, then a separator: "Mots-clés", "Tags". */
  readonly uiHeads: readonly string[];
  /** Openings of publication stamps, before a date or a time: "Publié le", "Updated". */
  readonly timestampHeads: readonly string[];
  /**
   * Lower-cased words that cannot end a sentence (determiners, prepositions,
   * conjunctions, complementisers): a short line ending on one was cut.
   * Elided forms keep their apostrophe ("l'", "qu'").
   */
  readonly danglingWords: ReadonlySet<string>;
}
