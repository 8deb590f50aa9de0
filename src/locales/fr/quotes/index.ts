import type { Gender } from "../../../stages/entities/types.js";
import type { QuotesLexicon } from "../../../stages/quotes/types.js";
import { ENTITIES } from "../entities/index.js";
import { REPORTING_VERB_FORMS } from "./reporting-verbs.js";

// Lefff has no "tweeter": its forms are typed here, they follow "chanter".
const TWEETER: Record<string, string> = {
  tweete: "tweeter:F", tweetent: "tweeter:F", tweetait: "tweeter:F", tweetaient: "tweeter:F",
  tweeta: "tweeter:F", tweetèrent: "tweeter:F", tweeté: "tweeter:K", tweetée: "tweeter:K",
  tweetant: "tweeter:G", tweeter: "tweeter:W",
};

// "maintenir que" reports but is not in the generated table; its gerund "maintenant" is left out, being mostly the adverb "now".
const MAINTENIR: Record<string, string> = {
  maintient: "maintenir:F", maintiennent: "maintenir:F", maintenait: "maintenir:F", maintenaient: "maintenir:F",
  maintint: "maintenir:F", maintinrent: "maintenir:F", maintiendra: "maintenir:F", maintiendrait: "maintenir:F",
  maintenu: "maintenir:K", maintenue: "maintenir:K", maintenir: "maintenir:W",
};

// "défendre un budget « de responsabilité »" stands by a position; Lefff's table lacks it, its forms follow "rendre".
const DEFENDRE: Record<string, string> = {
  défend: "défendre:F", défendent: "défendre:F", défendait: "défendre:F", défendaient: "défendre:F",
  défendit: "défendre:F", défendirent: "défendre:F", défendra: "défendre:F", défendrait: "défendre:F",
  défendu: "défendre:K", défendue: "défendre:K", défendus: "défendre:K", défendues: "défendre:K",
  défendre: "défendre:W", défendant: "défendre:G",
};

// "appeler X à « … »" urges; its forms are typed here, and it reports only before a quotation or a colon (see incisOnly).
const APPELER: Record<string, string> = {
  appelle: "appeler:F", appellent: "appeler:F", appelait: "appeler:F", appelaient: "appeler:F", appela: "appeler:F",
  appelèrent: "appeler:F", appellera: "appeler:F", appellerait: "appeler:F", appelé: "appeler:K", appelée: "appeler:K",
  appelés: "appeler:K", appelées: "appeler:K", appeler: "appeler:W", appelant: "appeler:G",
};

const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/** Reporting cues of French. */
export const QUOTES: QuotesLexicon = {
  verbForms: { ...REPORTING_VERB_FORMS, ...TWEETER, ...MAINTENIR, ...APPELER, ...DEFENDRE },
  incisOnly: new Set([
    "poursuivre", "reprendre", "enchaîner", "conclure", "lancer", "glisser", "lâcher", "tonner",
    "opposer", "réagir", "abonder", "exprimer", "interroger", "souvenir", "résumer", "renchérir",
    "acquiescer", "ironiser", "trancher", "nuancer", "tempérer", "exclamer", "raconter", "narrer",
    "relater", "témoigner", "insurger", "jurer", "plaider", "clamer", "claironner", "prévoir", "supplier", "implorer",
    "communiquer", "rappeler", "insister", "protester", "appeler",
  ]),
  objectReports: new Set([
    "dénoncer", "démentir", "nier", "minimiser", "qualifier", "critiquer", "condamner", "déplorer",
    "regretter", "saluer", "fustiger", "réclamer", "exiger", "contester", "réfuter", "vanter", "défendre",
  ]),
  charges: new Set(["accuser", "critiquer", "fustiger", "saluer"]),
  chargeLinks: new Set(["de", "d'", "d’", "pour"]),
  qualifiers: new Set(["qualifier", "juger", "estimer", "considérer"]),
  qualifyLinks: new Set(["comme", "de", "d'", "d’"]),
  agentLinks: new Set(["par"]),
  phrases: {
    mettre: ["en garde"],
    faire: ["savoir", "valoir", "part", "remarquer", "observer"],
    laisser: ["entendre", "savoir"],
  },
  auxiliaries: new Set([
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "ait", "aient",
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "soit",
    "avoir", "être", "ayant", "étant", "va", "vont", "allait", "allaient", "vient", "viennent", "venait",
    "peut", "peuvent", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient", "aurait",
  ]),
  raising: new Set([
    "semblé", "sembler", "semble", "semblent", "semblait", "semblaient", "paru", "paraît", "paraissait",
    "tenu", "tient", "tiennent", "tenait", "voulu", "veut", "veulent", "voulait", "cru", "à",
    "pu", "dû", "su", "voulu", "souhaité", "préféré", "choisi", "commencé", "fini", "cessé",
  ]),
  passiveMarkers: new Set(["été"]),
  clitics: new Set([
    "l'", "le", "la", "les", "lui", "leur", "s'", "se", "y", "en", "ne", "n'", "nous", "vous", "m'", "t'", "me", "te",
  ]),
  adverbs: new Set([
    "toujours", "déjà", "également", "aussi", "encore", "pourtant", "bien", "notamment", "même", "ensuite",
    "enfin", "d'ailleurs", "alors", "souvent", "jamais", "plus", "pas", "encore", "récemment", "hier",
    "aujourd'hui", "tard", "tôt", "ainsi", "cependant", "toutefois", "néanmoins", "surtout", "donc",
    "elle", "il", "lui", "eux", "elles", "quant", "plutôt", "très", "trop", "tout", "vite", "mieux",
    "par ailleurs", "en outre", "de nouveau", "à nouveau", "en effet",
    ...WEEKDAYS,
  ]),
  adverbSuffix: /ment$/,
  subjectAdverbSuffix: null,
  complementizers: new Set(["que", "qu'", "qu’", "qu"]),
  bareClause: new Set(),
  negations: new Set(["pas", "jamais", "guère", "nullement", "aucunement", "point", "ni"]),
  refusals: new Set([
    "refusé", "refuse", "refusent", "refusait", "refusaient", "refuser", "refusant", "évité", "évite",
    "évitait", "éviter", "abstenu", "abstient", "abstenue", "renoncé", "renonce", "gardé", "garde",
  ]),
  according: [["selon"], ["d'", "après"], ["d’", "après"], ["de", "l'avis", "de"], ["aux", "dires", "de"], ["citant"]],
  forSource: [["pour"], ["pour", "sa", "part"]],
  notSource: new Set([
    "lequel", "laquelle", "lesquels", "lesquelles", "que", "qu'", "qu’", "moi", "toi", "nous", "vous",
    "cas", "besoin",
  ]),
  stressedPronouns: { lui: "s", elle: "s", eux: "p", elles: "p" },
  genderedPronouns: new Map<string, Gender>([["il", "m"], ["lui", "m"], ["elle", "f"]]),
  genderCues: new Map<string, Gender | null>([
    ...ENTITIES.roleHeads,
    ...[...ENTITIES.honorifics].map(([w, g]): [string, Gender | null] => [w.replace(/\.$/, ""), g]),
    // A determiner agrees with the title it opens: "la maire", "une porte-parole", "cette ministre".
    ["la", "f"], ["une", "f"], ["cette", "f"], ["sa", "f"], ["le", "m"], ["un", "m"], ["ce", "m"], ["cet", "m"],
    ["substitute", "f"], ["magistrate", "f"], ["maire", null], ["mairesse", "f"],
  ]),
  honorifics: new Set([...ENTITIES.honorifics.keys()].map((w) => w.replace(/\.$/, ""))),
  singularDeterminers: new Set(),
  exhortations: new Set(["appeler", "exhorter", "inviter", "encourager", "enjoindre"]),
  exhortLinks: new Set(["à"]),
  pronouns: { il: "s", elle: "s", ils: "p", elles: "p", on: "s" },
  inversion: /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/iu,
  determiners: new Set([
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "plusieurs",
    "certains", "certaines", "quelques", "aucun", "aucune", "chaque", "tout", "tous", "toute", "toutes",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "autres", "nombreux",
    "nombreuses", "divers", "différents", "différentes", "plus", "moins", "beaucoup",
  ]),
  nounMarkers: new Set([
    "un", "une", "du", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "mon", "ma", "mes", "notre", "nos",
    "votre", "vos", "leurs", "chaque", "aucun", "aucune",
  ]),
  pluralDeterminers: new Set([
    "les", "des", "ces", "ses", "leurs", "nos", "vos", "mes", "plusieurs", "certains", "certaines",
    "quelques", "tous", "toutes", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "autres", "nombreux", "nombreuses", "divers", "différents", "différentes",
  ]),
  nounLinks: new Set(["de", "du", "des", "d'", "d’", "à", "au", "aux", "pour", "en", "chez", "sur"]),
  clauseStops: new Set([
    "que", "qu'", "qu’", "qui", "dont", "où", "mais", "car", "donc", "si", "s'", "lorsque", "lorsqu'",
    "lorsqu’", "quand", "puis", "comme", "parce", "puisque", "puisqu'", "tandis", "alors", "afin", "bien",
    "ainsi", "ou", "ni", "sans", "avant", "après", "pendant", "depuis", "lors", "dès", "malgré", "avec",
    "par", "pour", "dans", "sur", "sous", "vers", "contre", "entre", "parmi", "selon", "et",
  ]),
  coordinators: new Set(["et", "ainsi"]),
  speakerEnds: new Set([
    "dans", "à", "au", "aux", "lors", "sur", "en", "devant", "après", "avant", "pendant", "par", "pour",
    "avec", "depuis", "hier", "aujourd'hui", "aujourd’hui", "ce", "cette", "que", "qu'", "qu’", "et", "mais",
    "ajoutant", "précisant", "soulignant", "estimant", "expliquant", "lors", "vers", "face", "auprès", "via",
    "selon", "citant", "interrogé", "interrogée", "cité", "citée", "tandis", "alors", "devant", "contre",
    ...WEEKDAYS,
  ]),
  openers: new Set([
    "pourtant", "cependant", "toutefois", "néanmoins", "ensuite", "enfin", "puis", "aussi", "alors", "mais",
    "et", "or", "donc", "hier", "aujourd'hui", "aujourd’hui", "également", "d'ailleurs", "d’ailleurs",
    "par", "ailleurs", "de", "son", "sa", "leur", "côté", "part", "ainsi", "en", "effet", "outre", "quant",
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "matin", "soir", "plus", "tard",
    "entre-temps", "désormais", "déjà",
  ]),
  clauseConnectors: new Set(["tandis", "alors", "mais", "et", "puis", "pendant", "cependant", ";"]),
  roleNouns: new Set([
    "porte-parole", "ministre", "président", "présidente", "responsable", "responsables", "ambassadeur",
    "ambassadrice", "chef", "cheffe", "directeur", "directrice", "secrétaire", "procureur", "procureure",
    "juge", "maire", "député", "députée", "sénateur", "sénatrice", "général", "commandant", "gouverneur",
    "conseiller", "conseillère", "dirigeant", "dirigeante", "avocat", "avocate", "patron", "patronne",
    "pdg", "négociateur", "négociatrice", "diplomate", "officier", "chancelier", "chancelière", "roi",
    "reine", "pape", "premier", "première", "candidat", "candidate", "leader", "vice-président",
    "vice-présidente", "sociologue", "expert", "experte", "analyste", "économiste", "chercheur",
    "chercheuse", "professeur", "professeure", "médecin", "délégué", "déléguée", "émissaire", "envoyé",
    "envoyée", "commissaire", "haut-commissaire", "coordinateur", "coordinatrice", "fondateur",
    "fondatrice", "militant", "militante", "syndicaliste", "élu", "élue", "témoin", "manifestant",
    "manifestante", "entraîneur", "sélectionneur", "joueur", "joueuse", "capitaine", "préfet", "préfète",
  ]),
  containerNouns: new Set([
    "communiqué", "déclaration", "texte", "lettre", "rapport", "note", "message", "tweet", "courrier",
    "document", "compte", "bilan", "entretien", "interview", "tribune", "conférence", "discours", "avis",
    "annonce", "propos",
  ]),
  titleCues: new Set([
    "émission", "émissions", "livre", "ouvrage", "roman", "film", "série", "journal", "quotidien",
    "hebdomadaire", "magazine", "programme", "chanson", "album", "documentaire", "spectacle", "pièce",
    "opération", "plan", "projet", "loi", "dite", "dit", "dits", "dites", "baptisé", "baptisée",
    "baptisés", "baptisées", "surnommé", "surnommée", "intitulé", "intitulée", "nommé", "nommée",
    "appelé", "appelée", "appelés", "appelées", "dénommé", "dénommée", "titre", "thème", "slogan",
    "mot", "terme", "expression", "label", "mention", "catégorie", "rubrique", "colonne", "colonnes",
    "sur", "blog", "site", "page", "compte", "hashtag", "mouvement", "collectif", "association", "parti",
    "sommet", "conférence", "festival", "concours", "prix", "rapport", "étude", "enquête", "note",
    "tableau", "exposition", "campagne", "marque", "modèle", "version", "mission", "comédie", "musicale",
    // What a banner or a sign bears is read, not said: "on pouvait lire « … »".
    "lire", "lit", "lisait", "banderole", "banderoles", "pancarte", "pancartes",
  ]),
  infinitiveMarkers: new Set(),
  relativeSubjects: new Set(["qui"]),
  preQuoteLinks: new Set(["de", "d'", "que", "qu'"]),
  headingLabels: new Set([
    "lire", "aussi", "voir", "mise", "à", "jour", "note", "correction", "vidéo", "photo", "source", "sources",
    "crédit", "exclusif", "analyse", "tribune", "direct", "en", "le", "la", "les", "question", "réponse", "afp",
    "reuters", "pourquoi", "comment", "quoi", "qui", "quand", "où", "partie", "chapitre", "à lire",
  ]),
  comparativeReports: new Set(),
  bareNounSubjects: false,
  notSubjects: new Set(),
  dativeMarkers: new Set(["à", "au", "aux"]),
  timeWords: new Set([
    ...WEEKDAYS, "hier", "aujourd'hui", "aujourd’hui", "demain", "matin", "soir", "midi", "après-midi",
    "soirée", "nuit", "récemment", "dernier", "dernière", "prochain", "prochaine",
  ]),
};
