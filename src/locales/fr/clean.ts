import type { CleanLexicon } from "../../stages/clean/types.js";

/** Page-furniture vocabulary of French news sites, and the words that cannot end a French sentence. */
export const CLEAN: CleanLexicon = {
  commentLines: [
    "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire", "écrire un commentaire",
    "publier un commentaire", "poster un commentaire", "commenter", "commenter cet article", "réagir",
    "réagissez", "réagir à cet article", "réagissez à cet article", "# commentaire", "# commentaires",
    "commentaires", "commentaires #", "voir les commentaires", "voir le commentaire", "voir les # commentaires",
    "afficher les commentaires", "masquer les commentaires", "lire les commentaires", "lire les # commentaires",
    "# réaction", "# réactions", "voir les # réactions", "vos réactions", "soyez le premier à commenter",
    "soyez le premier à réagir", "aucun commentaire", "il n'y a pas encore de commentaire",
    "vous devez être connecté pour publier un commentaire", "connectez-vous pour commenter",
    "connectez-vous pour réagir", "les commentaires sont fermés", "votre commentaire", "publier le commentaire",
    "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
    "les champs obligatoires sont indiqués avec *", "charte des commentaires", "signaler un abus",
    "répondre", "annuler la réponse",
  ],
  commentWords: ["commentaire", "commentaires", "commenter", "réagir", "réaction", "réactions"],
  loginWords: ["connecté", "connectée", "connectez-vous", "identifiez-vous", "identifié", "identifiée", "se connecter"],
  shareLines: [
    "partager", "partagez", "partager cet article", "partagez cet article", "partager l'article",
    "partager la vidéo", "tweeter", "envoyer", "envoyer par e-mail", "envoyer par email", "envoyer par mail",
    "imprimer", "imprimer l'article", "copier le lien", "lien copié", "abonnez-vous", "s'abonner",
    "je m'abonne", "newsletter", "inscrivez-vous", "suivez-nous", "offrir l'article", "ajouter à mes favoris",
    "sauvegarder", "écouter cet article", "il vous reste # % de cet article à lire",
    "il vous reste #% de cet article à lire", "la suite est réservée aux abonnés",
  ],
  shareHeads: [
    "partager sur", "partagez sur", "partager par", "partager via", "partager ce contenu", "abonnez-vous à",
    "abonnez-vous pour", "abonnez-vous dès", "s'abonner à", "je m'abonne à", "suivez-nous sur",
    "retrouvez-nous sur", "rejoignez-nous sur", "téléchargez l'application", "téléchargez notre application",
    "recevez gratuitement", "cet article est réservé aux abonnés", "article réservé aux abonnés",
    "déjà abonné", "pour lire la suite", "pour accéder en illimité", "avez-vous apprécié cet article",
    "je fais un don",
  ],
  subscribeVerbs: ["abonnez-vous", "inscrivez-vous", "s'abonner", "s'inscrire", "recevez"],
  subscribeNouns: ["newsletter", "newsletters", "infolettre", "lettre d'information", "alertes", "podcast", "application", "ici"],
  followVerbs: ["suivez", "suivre", "retrouvez", "rejoignez"],
  readMoreHeads: [
    "lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi",
    "à voir également", "sur le même sujet", "dans la même rubrique", "à lire", "à découvrir",
    "à découvrir aussi", "découvrir aussi", "notre dossier", "en savoir plus", "pour aller plus loin",
    "article lié", "articles liés", "plus d'infos", "les plus lus", "les plus partagés", "à ne pas manquer",
    "vous aimerez aussi", "dans l'actualité", "articles les plus lus", "plus de sujets", "pour approfondir",
    "articles correspondants", "tous nos podcasts",
  ],
  readMoreLines: [
    "lire la suite", "lire l'article", "lire l'article complet", "voir la suite", "voir la vidéo",
    "cliquez ici", "voir plus", "afficher plus",
  ],
  creditHeads: [
    "h/t", "photo", "photos", "crédit photo", "crédits photo", "crédit", "crédits", "photographie", "illustration",
    "image", "images", "vidéo", "infographie", "photo d'illustration",
  ],
  footerPhrases: ["tous droits réservés", "droits de reproduction réservés", "reproduction interdite"],
  footerHeads: [
    "cet article a été mis à jour", "cet article a été modifié", "cet article a été publié initialement",
    "cet article a été initialement publié", "cet article est paru", "article mis à jour",
    "article initialement publié",
  ],
  contributorHeads: ["propos recueillis par", "avec la collaboration de", "traduit par"],
  footerTails: ["a contribué à cet article", "ont contribué à cet article", "a participé à cet article"],
  noteHeads: ["rectificatif", "correction", "erratum", "note de la rédaction", "ndlr", "mise à jour"],
  footerLines: ["avec afp", "avec l'afp", "avec agences", "avec reuters", "avec ap", "avec afp et reuters"],
  bylineHeads: ["par"],
  mediaVerbs: ["regardez", "écoutez", "voir", "découvrez", "revoir", "réécoutez"],
  mediaPlaces: ["ci-dessous", "ci-dessus", "ici", "en vidéo", "en intégralité"],
  uiLines: [
    "publicité", "contenu sponsorisé", "contenus sponsorisés", "contenu partenaire", "retour en haut",
    "haut de page", "retour à l'accueil", "menu", "accueil", "rechercher", "fermer", "mots-clés", "mots clés",
    "sur le même thème", "fil info", "chargement", "chargement en cours", "permalien", "espace presse",
    "conditions générales de vente", "mentions légales", "politique de confidentialité",
    "conditions générales d'utilisation", "cgu", "gestion des cookies", "paramètres des cookies", "contact",
    "nous contacter", "qui sommes-nous", "plan du site", "télécharger au format pdf", "télécharger au format epub",
  ],
  uiHeads: ["mots-clés", "mots clés", "tags", "thèmes", "classé dans", "catégories"],
  danglingWords: new Set([
    // determiners ("un", "une" are left out: pronouns and "à la une" end phrases)
    "le", "la", "les", "l'", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette", "ces",
    "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "chaque",
    "quelques", "quelque",
    // prepositions that need their object
    "à", "dans", "par", "sur", "sous", "chez", "entre", "vers", "selon", "lors", "dès", "malgré", "parmi",
    "envers", "auprès", "afin", "jusqu'", "en", "via", "concernant", "quant",
    // conjunctions and complementisers
    "et", "ou", "mais", "ni", "car", "que", "qu'", "lorsque", "lorsqu'", "puisque", "puisqu'", "quoique",
    "quoiqu'", "comme", "dont", "si", "tandis", "parce",
    // clitics that precede their verb
    "ne", "n'", "se", "s'", "c'", "j'", "m'", "t'",
  ]),
};
