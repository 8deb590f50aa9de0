import { governorMap, phraseMap, senseMap } from "../../../stages/events/build-lexicon.js";

/** French verb lemmas → PLOVER sense (pronominal verbs without their clitic). */
export const VERBS = senseMap({
  "CONSULT": "discuter|négocier|consulter|dialoguer|entretenir|concerter|s'entretenir",
  "CONSULT:meeting": "rencontrer|réunir",
  "CONSULT:visit": "visiter",
  "CONSULT:phone": "téléphoner",
  "AGREE": "promettre|convenir|accepter",
  "REQUEST": "exiger|réclamer|exhorter|implorer|supplier|demander|solliciter",
  "SUPPORT": "soutenir|saluer|féliciter|approuver|appuyer|pardonner|excuser|signer|ratifier|endosser|louer",
  "ACCUSE": "accuser|dénoncer|condamner|critiquer|reprocher|blâmer|fustiger|incriminer|inculper",
  "ACCUSE:investigate": "enquêter",
  "ACCUSE:allege": "requérir",
  "REJECT": "rejeter|refuser|repousser|décliner|bafouer|démentir|nier|réfuter|contester",
  "THREATEN": "menacer",
  "PROTEST:demo": "manifester|défiler",
  "PROTEST:obstruct": "bloquer",
  "PROTEST:boycott": "boycotter|débrayer",
  "SANCTION": "sanctionner|suspendre|geler",
  "SANCTION:expel": "expulser",
  "MOBILIZE:troops": "mobiliser|déployer|masser|amasser",
  "COERCE:arrest": "arrêter|interpeller|détenir|emprisonner|incarcérer|écrouer|appréhender",
  "COERCE:seize": "confisquer|démolir|annexer|raser",
  "COERCE:deport": "déporter|refouler",
  "COERCE:restrict": "assiéger|encercler|interdire",
  "ASSAULT": "attaquer|frapper|tuer|blesser|massacrer|torturer|détruire|pilonner|envahir|abattre|exécuter|agresser|poignarder|incendier|saccager",
  "ASSAULT:heavy-weapons": "bombarder|pilonner|tirer",
  "ASSAULT:abduct": "enlever|kidnapper|séquestrer",
  "ASSAULT:assassinate": "assassiner",
  "AID": "aider|livrer|financer|ravitailler|secourir|acheminer",
  "RETREAT": "retirer|libérer|évacuer|rapatrier|relâcher|démissionner|capituler",
  "COOPERATE": "coopérer|collaborer",
  "CONCEDE": "céder|concéder|assouplir|alléger|autoriser",
});

/** French nouns and noun phrases → PLOVER sense. */
export const NOUN_SPEC: Readonly<Record<string, string>> = {
  "CONSULT": "discussion|négociation|pourparlers|entretien|consultation|dialogue|tête-à-tête|médiation",
  "CONSULT:meeting": "rencontre|réunion|séance|entrevue|conférence",
  "CONSULT:summit": "sommet",
  "CONSULT:visit": "visite",
  "CONSULT:phone": "appel téléphonique|entretien téléphonique|conversation téléphonique|échange téléphonique",
  "AGREE": "accord|promesse|engagement|cessez-le-feu|trêve",
  "REQUEST": "demande|exigence|appel à|revendication|requête",
  "SUPPORT": "soutien|félicitations|reconnaissance",
  "ACCUSE": "accusation|condamnation|critique|plainte|reproche",
  "ACCUSE:investigate": "enquête|investigation|audit|perquisition",
  "ACCUSE:allege": "réquisitoire|recours|assignation|saisine|poursuites judiciaires",
  "REJECT": "refus|rejet|veto|démenti",
  "THREATEN": "menace|mise en garde|ultimatum",
  "PROTEST:demo": "manifestation|rassemblement|marche|sit-in|cortège",
  "PROTEST:obstruct": "blocage|barrage|piquet de grève",
  "PROTEST:boycott": "grève|boycott|débrayage",
  "PROTEST:riot": "émeute",
  "PROTEST:hunger": "grève de la faim",
  "SANCTION": "sanction|embargo|rupture",
  "SANCTION:expel": "expulsion",
  "MOBILIZE:troops": "exercice militaire|exercices militaires|manœuvre militaire|manœuvres|mobilisation|déploiement|renforts",
  "COERCE:arrest": "arrestation|interpellation|détention|garde à vue|mise en examen",
  "COERCE:restrict": "blocus|couvre-feu|siège|fermeture administrative|interdiction",
  "COERCE:seize": "occupation|annexion|saisie",
  "ASSAULT": "attaque|assaut|invasion|offensive|agression|attentat|massacre|combats|frappe|raid|incursion|violation du cessez-le-feu|affrontement|affrontements|accrochage|accrochages|heurts|échauffourées|escarmouche|hostilités",
  "ASSAULT:heavy-weapons": "bombardement|pilonnage|tirs|tir|frappe aérienne|frappes aériennes|obus|bombe|missile|roquette",
  "ASSAULT:assassinate": "assassinat",
  "ASSAULT:abduct": "enlèvement|prise d'otages",
  "AID": "aide|aide humanitaire|assistance|livraison|livraisons d'armes|asile",
  "RETREAT": "retrait|libération|évacuation|démission|désescalade|capitulation",
  "COOPERATE": "coopération|collaboration|partenariat",
  "CONCEDE": "concession|assouplissement",
};

/** French noun plurals: every content word of the phrase takes the plural. */
export function frenchNounForms(phrase: string): string[] {
  const plural = phrase
    .split(" ")
    .map((w, i) => (i > 0 && /^(?:de|du|des|d'|la|le|les|à|en)$/.test(w) ? w : pluralize(w)))
    .join(" ");
  return plural === phrase ? [phrase] : [phrase, plural];
}

function pluralize(w: string): string {
  if (/[sxz]$/.test(w) || w.includes("-")) return w;
  if (/al$/.test(w)) return `${w.slice(0, -2)}aux`;
  if (/eau$|eu$/.test(w)) return `${w}x`;
  return `${w}s`;
}

/** Verb + object phrases whose sense is the phrase's, not the verb's ("imposer des sanctions"). */
export const VERB_PHRASES = phraseMap(`
  imposer sanctions => SANCTION
  imposer conséquences => SANCTION
  imposer couvre-feu => COERCE:restrict
  imposer blocus => COERCE:restrict
  rompre relations => SANCTION:withdraw
  tenir réunion => CONSULT:meeting
  tenir séance => CONSULT:meeting
  ouvrir feu => ASSAULT:firearms
  lancer attaque => ASSAULT
  lancer offensive => ASSAULT
  lancer invasion => ASSAULT
  lancer assaut => ASSAULT
  lancer enquête => ACCUSE:investigate
  ouvrir enquête => ACCUSE:investigate
  porter plainte => ACCUSE:allege
  prendre sanctions => SANCTION
  échanger accusations => ACCUSE
  échanger tirs => ASSAULT:firearms
  appeler cessez-le-feu => REQUEST
  appeler à => REQUEST
  se rendre à => CONSULT:visit
  se rassembler => PROTEST:demo
  se mobiliser => PROTEST:demo
  se mettre grève => PROTEST:boycott
  faire grève => PROTEST:boycott
  se opposer => REJECT
  attaquer justice => ACCUSE:allege
  assigner justice => ACCUSE:allege
  mettre examen => COERCE:arrest
  placer garde => COERCE:arrest
  placer détention => COERCE:arrest
  rendre visite => CONSULT:visit
  fermer frontière => COERCE:restrict
  déposer recours => ACCUSE:allege
  déposer plainte => ACCUSE:allege
  mettre cause => ACCUSE
  mettre garde => THREATEN
  fournir armes => AID:military
  livrer armes => AID:military
  accorder asile => AID:asylum
  lever sanctions => RETREAT:ease
  lever blocus => RETREAT:ease
  entretenir téléphone => CONSULT:phone
  parler téléphone => CONSULT:phone
  signer accord => SUPPORT
  faire ~appel !à => REJECT
  donner heures => THREATEN:ultimatum
  donner jours => THREATEN:ultimatum
  laisser heures => THREATEN:ultimatum
  laisser jours => THREATEN:ultimatum
  interjeter appel => REJECT
  saisir justice => ACCUSE:allege
  saisir tribunal => ACCUSE:allege
  saisir cour => ACCUSE:allege
  saisir juge => ACCUSE:allege
  saisir conseil => ACCUSE:allege
  saisir commission => ACCUSE:allege
  saisir autorité => ACCUSE:allege
  saisir défenseur => ACCUSE:allege
  saisir parquet => ACCUSE:allege
  saisir procureur => ACCUSE:allege
  suspendre procédure => RETREAT:ease
  suspendre poursuites => RETREAT:ease
  suspendre grève => RETREAT:ease
  suspendre mouvement => RETREAT:ease
  lever blocage => RETREAT:ease
  retirer plainte => RETREAT:ease
`);

/** French verbs and phrases that govern the act after them. */
export const GOVERNORS = governorMap({
  commit: "promettre|engager|accepter|convenir|jurer",
  propose: "proposer|offrir|suggérer",
  threaten: "menacer",
  refuse: "refuser|rejeter|décliner",
  request: "exiger|demander|réclamer|exhorter|appeler|inviter",
  plan: "prévoir|planifier|envisager|préparer|apprêter|compter|vouloir|projeter|décider",
  continue: "continuer|poursuivre|reprendre",
  deny: "nier|démentir|contester",
});

/** French adjectives and phrases that govern the act after them. */
export const GOVERNOR_PHRASES = governorMap({
  commit: "prêt à|prêts à|prête à|prêtes à|disposé à|disposés à|déterminé à|déterminés à|résolu à",
  propose: "proposition de|offre de",
  plan: "en vue de|projet de|plan de|plans de|pour procéder à|afin de|afin d'|ordre de|ordres de|ordonné de|pour lancer",
});
