import { wordSet } from "../../../stages/events/build-lexicon.js";
import type { EventsLexicon } from "../../../stages/events/types.js";
import { cuePattern } from "../../../stages/events/cue-pattern.js";
import { conjugateFrench } from "./conjugate.js";
import { GOVERNORS, GOVERNOR_PHRASES, NOUN_SPEC, VERBS, VERB_PHRASES, frenchNounForms } from "./triggers.js";
import { senseMap } from "../../../stages/events/build-lexicon.js";

// Whole words by letters, not \b (ASCII-only, it would split "évacué"); compiled for speed (see cue-pattern).
const w = cuePattern;

/** French event triggers, governors and modality cues. */
export const EVENTS: EventsLexicon = {
  verbForms: conjugateFrench([
    ...VERBS.keys(),
    ...GOVERNORS.keys(),
    ...[...VERB_PHRASES.keys()],
  ]),
  verbs: VERBS,
  nouns: senseMap(NOUN_SPEC, frenchNounForms),
  verbPhrases: VERB_PHRASES,
  governors: GOVERNORS,
  governorPhrases: GOVERNOR_PHRASES,
  cues: {
    negation: w("aucune?|jamais|sans|pas d'|pas de|nullement|ni|non|plus de|nulle part|n'y a pas|n'existe"),
    negationParticle: w("ne|n'"),
    negationCompletion: w("pas|plus|jamais|rien|aucune?|guère|point|nullement|personne"),
    denial: w(
      "dément\\w*|démenti\\w*|démentir|nie|nient|nié|niée|niés|niait|niaient|niant|nier|rien à voir|aucun lien|faux|fausse|mensonge\\w*|infondée?s?|provocation|désinformation|propagande|fake news|contest\\w+|réfut\\w+",
    ),
    proposalAfter: w("proposée?s?|suggérée?s?|envisagée?s?|en principe|sur le principe"),
    proposalBefore: w("en principe|propos\\w+|éventuel\\w*|potentiel\\w*|projet de|idée d'une?|offre\\w* d[e']|suggér\\w+"),
    condition: w("(?<!même )(?:si|s'il|s'ils)|tant qu'|tant que|à condition qu'|à condition que|sauf si|pourvu qu'|pourvu que|à moins qu'|à moins que|dans le cas où|au cas où"),
    hypothetical: w("pourrai(?:en)?t|pourra(?:ient)?|puisse(?:nt)?|éventuel\\w*|possible\\w*|potentiel\\w*|risque de|risquerai(?:en)?t|susceptibles? de|probablement|peut-être|hypothèse"),
    planned: w("prévue?s?|prévoi\\w*|programmée?s?|doi(?:t|vent)|devai(?:en)?t|devrai(?:en)?t|aura lieu|auront lieu|se tiendra|se tiendront|va|vont|allait|allaient|prochaine?s?|à venir|attendue?s?"),
    ongoing: w("se poursui\\w+|poursui\\w+|continu\\w+|en cours"),
    plan: w("plans?|projets?|programmes?|intentions?"),
    clauseOpener: w("mais|tandis qu'|tandis que|alors qu'|alors que|bien qu'|bien que|même si|lorsqu'|lorsque|quand|puisqu'|puisque|car|cependant|pourtant|or|qu'|que|si|s'il|s'ils|tant qu'|tant que|sauf si|à moins qu'|à moins que|à condition qu'|à condition que|auquel cas|ce qui"),
    futureAux: w("sera|seront|aura|auront|va|vont|ira|iront"),
    conditionalAux: w("serait|seraient|aurait|auraient|pourrait|pourraient|devrait|devraient|irait|iraient"),
    pastAux: w("a|ont|avait|avaient|eut|eurent|est|sont|était|étaient|fut|furent|été|ai|as|avons|avez"),
    passiveAux: w("été|est|sont|était|étaient|fut|furent|sera|seront|serait|seraient"),
    pastReporting: w(
      "a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|annonc\\w+|déclar\\w+|indiqu\\w+|affirm\\w+|assur\\w+|expliqu\\w+|précis\\w+|ajout\\w+|dit|disait|disaient|estim\\w+|prévenu\\w*|rapport\\w+|selon",
    ),
    anaphora: w("(?:ces|tels?|telles?|pareils?|pareilles?) \\p{L}+|ces informations|ces accusations|ces allégations"),
    organiser: w("à l'appel d'|à l'appel de|à l'appel du|à l'appel des|à l'initiative d'|à l'initiative de|à l'initiative du|à l'initiative des|organisée? par|organisés par|organisées par|mené par|menée par|menés par|dirigé par|dirigée par|conduit par|conduite par"),
    allegation: w("affirm\\w+|prétend\\w*|prétendu\\w*|allégu\\w+|accus\\w+"),
  },
  roles: {
    with: wordSet("avec auprès"),
    between: wordSet("entre"),
    agent: wordSet("par"),
    of: wordSet("de d' du des contre sur envers à"),
    place: wordSet("à en dans au aux près"),
    chargedActMarkers: wordSet("de d' avoir"),
    origin: wordSet("depuis"),
    unrelated: wordSet("selon d'après chez pour malgré"),
    host: wordSet("chez"),
    reporter: wordSet("selon d'après"),
    nounPrepositions: wordSet("pour contre sur sans avec par"),
    determiners: wordSet("le la les l' un une des du de d' au aux ce cet cette ces sa son ses leur leurs notre nos votre vos mon ma mes aucun aucune nul nulle chaque toute tout nouvelle nouvelles nouveau nouveaux grande grand première premier autre"),
    and: wordSet("et ainsi que"),
    verbCoordinators: wordSet("et puis"),
    pronouns: wordSet("il elle ils elles"),
    infinitiveMarkers: wordSet(""),
    impersonal: wordSet("y n' faut s' agit semble paraît est"),
    firstPersons: wordSet("je j' nous on"),
    definites: wordSet("le la l' les"),
    groupNouns: wordSet(`préfecture parquet direction gouvernement collectif syndicat syndicats intersyndicale association
      mairie municipalité ministère police gendarmerie armée tribunal opposition entreprise club fédération
      agence commission administration justice procureur défense`),
    peopleNouns: wordSet(`salariés employés ouvriers grévistes manifestants habitants riverains agriculteurs éleveurs
      pêcheurs enseignants professeurs médecins infirmiers infirmières soignants personnels avocats commerçants artisans
      chauffeurs conducteurs cheminots étudiants lycéens parents élus syndicalistes policiers gendarmes militants retraités
      locataires propriétaires intérimaires pompiers secouristes détenus migrants réfugiés rebelles soldats militaires
      insurgés combattants manifestantes salariées employées habitantes usagers patients victimes plaignants
      contribuables électeurs supporters supportrices joueurs`),
    reflexives: wordSet("se s' me m' te t' nous vous"),
    stopwords: wordSet(`le la les l' un une des du de d' au aux ce cet cette ces il elle ils elles on nous vous je
      et ou mais donc or ni car si puis alors ainsi aussi pourtant cependant toutefois néanmoins entre-temps selon
      lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
      octobre novembre décembre dans par pour avec sans sur sous après avant depuis lors dès cela ce c' qu' que qui
      laisser notre nos votre vos leur leurs son sa ses mon ma mes bien tout tous aucun aucune plusieurs chaque
      certains certaines quelque quelques nul nulle deux trois quatre cinq six sept huit neuf dix douze quinze vingt
      trente quarante cinquante cent cents mille une en malgré face près environ plus moins`),
    placeNouns: wordSet("région ville province territoire capitale village district oblast quartier port frontière"),
  },
};
