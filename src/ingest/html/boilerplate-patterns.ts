/**
 * Class and id words of page furniture that readability keeps inside the
 * article: share bars, related links, newsletter boxes, captions, credits,
 * comment blocks. Matched on word boundaries of class/id tokens.
 */
export const BOILERPLATE_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|sociaux|related|relatedposts|recommend\w*|newsletter|subscribe|subscription|abonnement|signup|sign-up|comments?|commentaires?|disqus|caption|legende|légende|credits?|photo-credit|image-credit|wp-caption-text|breadcrumbs?|tags?|tag-list|taglist|keywords|promo|advert\w*|ads?|adslot|sponsor\w*|outbrain|taboola|read-?more|more-stories|savoir[-_]plus|learn-more|also-read|lire-aussi|voir-aussi|author-bio|author-box|authorbox|about-author|byline|dateline|timestamp|post-meta|entry-meta|article-meta|meta-info|skip-link|screen-reader-text|sr-only|visually-hidden|visuallyhidden|hidden|cookie\w*|popup|modal|paywall|toolbar|print|rating|jp-relatedposts|nav|navigation|menu|footer|pagination|pager)(?=$|[\s_-])/i;

/** Tags that are never article prose. */
export const FURNITURE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "LABEL", "FIGCAPTION", "MENU", "DIALOG"]);

/**
 * Whole lines that are furniture whatever page they sit on, French and
 * English: reading prompts, credits, update stamps, subscription calls,
 * comment prompts. Each is tested only on short lines.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // Reading prompts and related-links heads.
  /^(?:\[?\s*)?(?:read more|read also|also read|related(?: articles?| stories| posts?| coverage)?|see also|more from|more on this|recommended|you may also like|you might also like|more great \w+ stories|lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|à voir aussi|sur le même sujet|dans la même rubrique|pour aller plus loin|vous aimerez aussi|articles? correspondants?|articles les plus lus|les plus lus|plus de sujets|à découvrir|a découvrir|en images|tous nos derniers|lire la suite|pour lire la suite|pour accéder en illimité|la suite est réservée)\b/i,
  // Image credits and captions that survived as text.
  /^(?:photos?|images?|illustrations?|credits?|crédits?|sources?|vid[eé]os?|foto)(?:\s+(?:photos?|images?|photographiques?|photo\s+de\s+une))?\s*(?::|\.{2,}|…)/i,
  /,\s*(?:photo|foto|crédit|credit|image)s?\s*:/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\b(?:all rights reserved|tous droits réservés|droits réservés)\b/i,
  /^(?:image|photo|slide)\s+\d+\s+(?:of|sur|de)\b/i,
  // Update stamps and bylines on their own line.
  /^(?:updated|published|posted|first published|last updated|modified|publié|publiée|mis à jour|mise à jour|modifié|actualisé)\b[^.!?]{0,80}$/i,
  /^(?:by|par)\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,4}(?:\s*[,|/]\s*[^.!?]{0,60})?$/u,
  // Subscription, newsletter and comment calls.
  /\b(?:subscribe|sign up|sign in|log in|newsletter|abonnez-vous|inscrivez-vous|s'abonner|s’abonner|je m'abonne|je m’abonne|déjà abonné)\b/i,
  /^(?:\d+\s+)?(?:comments?|commentaires?|réactions?|vos réactions|post comment|leave a (?:comment|reply)|add a comment|laisser un commentaire|laissez un commentaire|publier un commentaire|votre commentaire|ajouter un commentaire|tell us what you think)\b/i,
  /\b(?:your email address will not be published|votre adresse (?:e-?mail|de messagerie|électronique) ne sera pas publiée)\b/i,
  /\b(?:this site uses cookies|this website uses cookies|utilise des cookies|we use cookies|accept cookies|accepter les cookies)\b/i,
  /^(?:permalien|permalink|imprimer|print|t[ée]l[ée]charger (?:au format|en) \w+)\b.{0,60}$/i,
  /^(?:audios? et )?vid[ée]os sur le (?:même )?sujet$/i,
  // One-word furniture.
  /^(?:advert|advertisement|advertising|publicité|sponsored|sponsorisé|partager|share|share this|tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|imprimer|print|close|fermer|caption|skip to content|aller au contenu|menu|home|accueil|comments|sign in)\s*[:!.]?$/i,
];

/** Longest line a {@link BOILERPLATE_LINES} pattern may drop: furniture is short, prose is not. */
export const MAX_BOILERPLATE_LINE = 160;

/** A date on its own line, a stamp rather than prose: "18 NOV 2019", "Nov 19, 2019 6:55 AM". */
export const DATE_ONLY_LINE =
  /^(?:\p{L}+,?\s+)?(?:\d{1,2}(?:er)?\.?\s+\p{L}{3,10}\.?,?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s*(?:[,|à@-]|at|um)?\s*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu;

/**
 * Headings that open the related-stories section at an article's end:
 * the rest of the text after them is teasers, not article.
 */
export const TAIL_HEADS =
  /^(?:articles? (?:liés|similaires|associés|correspondants|recommandés)|related(?: articles?| stories| posts?| content| coverage)?|more (?:from|on|stories|great \w+ stories)\b.*|you (?:may|might) also like|recommended(?: for you| stories| articles)?|read next|what to read next|plus de sujets|sur le même sujet|dans la même rubrique|vous aimerez aussi|vous aimerez aussi aimer|à lire aussi|a lire aussi|à découvrir|a découvrir(?: sur .*)?|les plus lus|articles les plus lus|nos derniers articles|derniers articles|latest (?:news|stories|articles)|most (?:read|popular)|trending|populaires?|à voir aussi|voir aussi|lire aussi|sur le même thème|dans la même catégorie)\s*[:.]?$/i;
