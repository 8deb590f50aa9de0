import { senseMap, wordSet } from "../../../stages/events/build-lexicon.js";
import type { EventsLexicon } from "../../../stages/events/types.js";
import { cuePattern } from "../../../stages/events/cue-pattern.js";
import { conjugateEnglish } from "./conjugate.js";
import { GOVERNORS, GOVERNOR_PHRASES, NOUN_SPEC, VERBS, VERB_PHRASES, englishNounForms } from "./triggers.js";

// Whole-word cues, compiled for speed (see cue-pattern).
const w = cuePattern;

/** English event triggers, governors and modality cues. */
export const EVENTS: EventsLexicon = {
  verbForms: conjugateEnglish([...VERBS.keys(), ...GOVERNORS.keys(), ...VERB_PHRASES.keys()]),
  verbs: VERBS,
  nouns: senseMap(NOUN_SPEC, englishNounForms),
  verbPhrases: VERB_PHRASES,
  governors: GOVERNORS,
  governorPhrases: GOVERNOR_PHRASES,
  cues: {
    negation: w("not|n't|no|never|without|neither|nor|no longer|none|nothing"),
    denial: w(
      "den(?:y|ies|ied|ying)|denial|nothing to do with|no such|false|falsely|baseless|unfounded|lie|lies|fabricat\\w+|disinformation|propaganda|provocation|fake|dismiss\\w*|refut\\w+|rebut\\w*",
    ),
    proposalAfter: w("proposed|suggested|in principle|floated|mooted"),
    proposalBefore: w("in principle|propos\\w+|possible|potential|suggest\\w+|offer\\w* to|idea of"),
    condition: w("(?<!even )if|unless|as long as|provided that|providing that|on condition that|so long as|in case"),
    hypothetical: w("could|might|may|possibl\\w+|potential\\w*|likely|risk of|perhaps|maybe"),
    planned: w("will|shall|'ll|scheduled|planned|plans?|due to|set to|is to|are to|upcoming|next|expected to|slated|to be held|will be held"),
    ongoing: w("continu\\w+|ongoing|under way|underway|keeps?|kept|resum\\w+"),
    plan: w("plans?|scheme|plot|intentions?"),
    clauseOpener: w("but|while|whereas|although|though|even if|when|since|because|however|that|which|if|unless|as long as|provided that|in which case"),
    futureAux: w("will|shall|'ll|won't|going to"),
    conditionalAux: w("would|could|might|should"),
    pastAux: w("has|have|had|was|were|did|been"),
    passiveAux: w("was|were|been|be|being|is|are"),
    pastReporting: w("said|told|announced|stated|added|reported|claimed|warned|explained|indicated|according|confirmed"),
    anaphora: w("(?:such|these|those) (?:an? )?\\p{L}+|(?:this|the) (?:claims?|reports?|allegations?|accusations?|plan)"),
    organiser: w("organi[sz]ed by|called by|led by|at the call of|at the initiative of"),
    allegation: w("claim\\w*|alleg\\w+|accus\\w+|purported\\w*|reportedly|according to"),
  },
  roles: {
    with: wordSet("with"),
    between: wordSet("between"),
    agent: wordSet("by"),
    of: wordSet("of against on to from over"),
    place: wordSet("in at near inside outside"),
    chargedActMarkers: wordSet("of having"),
    origin: wordSet("from"),
    unrelated: wordSet("according despite for"),
    host: wordSet(""),
    reporter: wordSet("according"),
    nounPrepositions: wordSet("for in on against after before over about during with without into"),
    determiners: wordSet("the a an this that these those his her its their our your my new first another any no of"),
    and: wordSet("and"),
    verbCoordinators: wordSet("and then"),
    pronouns: wordSet("he she they it"),
    infinitiveMarkers: wordSet("to"),
    impersonal: wordSet("is was seems appears"),
    firstPersons: wordSet("we i"),
    definites: wordSet("the"),
    groupNouns: wordSet(`government police army club trust union unions council ministry company board prosecutors
      prosecution court committee federation league authorities opposition administration agency military`),
    peopleNouns: wordSet(`workers employees staff strikers protesters demonstrators residents farmers fishermen teachers doctors
      nurses lawyers drivers students parents activists officers soldiers troops rebels insurgents fighters militants
      firefighters migrants refugees villagers prisoners detainees miners dockers retirees tenants shopkeepers passengers
      patients victims plaintiffs taxpayers voters supporters fans players`),
    reflexives: wordSet(""),
    stopwords: wordSet(`the a an this that these those he she they it we you i and or but so yet if then also however
      meanwhile according monday tuesday wednesday thursday friday saturday sunday january february march april may
      june july august september october november december in on at by for with without from to of after before
      since during while when as our their his her its my your there here no some several every each two three four
      five six seven eight nine ten twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands dozens
      about nearly around almost more fewer`),
    placeNouns: wordSet("region city province territory capital village district town port border"),
  },
};
