import type { Gender } from "../../../stages/entities/types.js";
import type { QuotesLexicon } from "../../../stages/quotes/types.js";
import { ENTITIES } from "../entities/index.js";
import { REPORTING_VERB_FORMS } from "./reporting-verbs.js";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Reporting cues of English. */
export const QUOTES: QuotesLexicon = {
  verbForms: REPORTING_VERB_FORMS,
  incisOnly: new Set([
    "continue", "snap", "shout", "cry", "exclaim", "muse", "whisper", "joke", "quip", "boast", "mutter",
    "grumble", "rejoin", "recount", "relate", "narrate", "volunteer", "elaborate", "call", "question",
    "ask", "wonder",
  ]),
  objectReports: new Set([
    "deny", "dismiss", "criticize", "criticise", "condemn", "slam", "blast", "blame", "praise", "welcome",
    "downplay", "minimize", "minimise", "decry", "lament", "reject", "defend", "demand", "refute", "rebut",
  ]),
  charges: new Set(["accuse", "blame", "criticize", "criticise", "condemn", "slam", "blast", "praise"]),
  chargeLinks: new Set(["of", "for"]),
  qualifiers: new Set(["describe", "label", "brand", "term", "deem", "dub", "characterize", "characterise", "portray"]),
  qualifyLinks: new Set(["as"]),
  agentLinks: new Set(["by"]),
  phrases: { point: ["out"], put: ["it"], shoot: ["back"], fire: ["back"], hit: ["back"] },
  auxiliaries: new Set([
    "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "did", "does", "do", "will",
    "would", "could", "can", "may", "might", "should", "must", "shall", "'s", "'ve", "'d", "'ll",
  ]),
  raising: new Set(["seemed", "seems", "appeared", "appears", "wanted", "wants", "sought", "tried", "continued", "continues", "began", "decided", "chose", "went", "took"]),
  passiveMarkers: new Set(["been", "being", "be", "is", "are", "was", "were"]),
  clitics: new Set(["not", "n't"]),
  adverbs: new Set([
    "also", "later", "then", "still", "again", "already", "previously", "recently", "earlier", "once",
    "often", "even", "just", "never", "not", "yesterday", "today", "tonight", "further", "however",
    "separately", "repeatedly", "ever", "first", "last", "once again", "in turn", ...WEEKDAYS,
  ]),
  adverbSuffix: /ly$/,
  subjectAdverbSuffix: /ly$/,
  complementizers: new Set(["that"]),
  bareClause: new Set([
    "say", "tell", "claim", "insist", "argue", "believe", "think", "warn", "note", "suggest", "admit",
    "acknowledge", "explain", "write", "predict", "announce", "add", "state", "assert", "contend",
    "maintain", "estimate", "reckon", "fear", "hope", "expect", "concede", "confirm", "report", "allege",
    "complain", "promise", "vow", "pledge", "tweet", "agree", "recall", "declare", "testify", "indicate",
    "signal", "hint", "reveal", "stress", "emphasize", "emphasise", "assure", "reply", "respond",
  ]),
  negations: new Set(["not", "n't", "never", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "cannot", "can't", "couldn't"]),
  refusals: new Set([
    "declined", "declines", "decline", "refused", "refuses", "refuse", "refusing", "declining", "failed",
    "fails", "would", "wouldn't",
  ]),
  according: [["according", "to"], ["per"], ["citing"]],
  forSource: [["for"]],
  notSource: new Set(["which", "whom", "me", "us"]),
  stressedPronouns: { him: "s", her: "s", them: "p" },
  genderedPronouns: new Map<string, Gender>([["he", "m"], ["him", "m"], ["she", "f"], ["her", "f"]]),
  genderCues: new Map<string, Gender | null>([
    ...ENTITIES.roleHeads,
    ...[...ENTITIES.honorifics].map(([w, g]): [string, Gender | null] => [w.replace(/\.$/, ""), g]),
    ["woman", "f"], ["man", "m"], ["mother", "f"], ["father", "m"], ["wife", "f"], ["husband", "m"],
  ]),
  honorifics: new Set([...ENTITIES.honorifics.keys()].map((w) => w.replace(/\.$/, ""))),
  singularDeterminers: new Set(["a", "an", "each", "every", "this", "that", "another"]),
  exhortations: new Set(["urge", "call", "exhort", "implore", "encourage"]),
  exhortLinks: new Set(["to"]),
  pronouns: { he: "s", she: "s", they: "p", it: "s", we: "p", i: "s" },
  inversion: null,
  determiners: new Set([
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "other", "another", "one", "both", "all", "most", "few", "senior", "top", "former",
  ]),
  nounMarkers: new Set(["the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your", "every", "no"]),
  pluralDeterminers: new Set([
    "these", "those", "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "other", "both", "all", "most", "few",
  ]),
  nounLinks: new Set(["of", "for", "at", "in", "from", "to", "on", "by"]),
  clauseStops: new Set([
    "that", "which", "who", "whom", "whose", "where", "but", "because", "so", "if", "when", "while", "as",
    "since", "after", "before", "although", "though", "whereas", "or", "nor", "then", "by", "with",
    "without", "during", "into", "than", "and", "about", "against", "under", "over", "between", "despite",
    "amid", "following", "until", "unlike", "throughout", "toward", "towards", "beyond", "upon", "within",
  ]),
  coordinators: new Set(["and"]),
  speakerEnds: new Set([
    "in", "at", "on", "during", "after", "before", "to", "that", "and", "but", "adding", "noting",
    "saying", "while", "when", "as", "who", "via", "with", "by", "yesterday", "today", "tonight", "last",
    "this", "earlier", "later", "told", "citing", ...WEEKDAYS,
  ]),
  openers: new Set([
    "but", "and", "however", "yet", "still", "meanwhile", "also", "then", "now", "so", "later", "earlier",
    "yesterday", "today", "on", "in", "separately", "instead", "indeed", "further", "moreover", ...WEEKDAYS,
  ]),
  clauseConnectors: new Set(["while", "whereas", "but", "and", "as", ";"]),
  roleNouns: new Set([
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official", "officials",
    "ambassador", "chief", "director", "secretary", "prosecutor", "judge", "mayor", "senator", "governor",
    "adviser", "advisor", "lawyer", "attorney", "leader", "chairman", "chairwoman", "chair", "ceo",
    "negotiator", "diplomat", "officer", "commander", "general", "candidate", "congressman",
    "congresswoman", "representative", "nominee", "manager", "aide", "strategist", "analyst", "expert",
    "economist", "professor", "researcher", "founder", "activist", "witness", "coach", "captain",
    "premier", "chancellor", "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "king", "queen", "pope", "envoy", "commissioner", "sheriff", "campaign",
  ]),
  containerNouns: new Set([
    "statement", "letter", "report", "memo", "message", "tweet", "post", "release", "document", "filing",
    "interview", "speech", "op-ed", "email", "account",
  ]),
  titleCues: new Set([
    "show", "program", "programme", "book", "novel", "film", "movie", "series", "newspaper", "magazine",
    "column", "song", "album", "documentary", "play", "called", "dubbed", "titled", "entitled", "named",
    "nicknamed", "so-called", "term", "word", "phrase", "label", "slogan", "hashtag", "operation", "plan",
    "act", "bill", "on", "podcast", "blog", "site", "page", "campaign", "movement", "conference", "summit",
    "festival", "award", "report", "study", "episode", "special", "known", "as", "brand", "model",
    // What a banner or a sign bears is read, not said: "signs that read “…”".
    "read", "reads", "reading", "banner", "banners", "sign", "signs", "placard", "placards",
  ]),
  infinitiveMarkers: new Set(["to"]),
  relativeSubjects: new Set(["who"]),
  preQuoteLinks: new Set(["to", "that"]),
  headingLabels: new Set([
    "update", "updated", "related", "note", "editor's", "editor’s", "correction", "watch", "read", "video", "photos",
    "photo", "source", "sources", "via", "credit", "share", "tags", "topics", "more", "also", "see", "listen",
    "subscribe", "advertisement", "breaking", "exclusive", "analysis", "opinion", "live", "q", "a", "question",
    "answer", "warning", "disclosure", "contact", "email", "phone", "follow", "ap", "reuters", "afp", "bottom",
    "line", "the", "why", "what", "how", "who", "when", "where", "key", "takeaway", "takeaways", "part", "chapter",
  ]),
  comparativeReports: new Set(["as"]),
  bareNounSubjects: true,
  notSubjects: new Set([
    "not", "no", "what", "it", "this", "there", "here", "him", "them", "me", "us", "you", "your", "everyone",
    "also", "only", "just", "even", "still", "who", "whom", "which", "whose", "what", "how", "why", "where",
  ]),
  dativeMarkers: new Set([]),
  timeWords: new Set([...WEEKDAYS, "yesterday", "today", "tonight", "morning", "evening", "afternoon", "night", "earlier", "later"]),
};
