import { bmpRegExp } from "../../../stages/segment/bmp-classes.js";
import type { GuidedMarker, TenseLexicon } from "../../../stages/times/types.js";

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const S = "[\\s\\u00a0\\u202f]+";
// A guide finds the first word of a marker without the word-start lookbehind, which irregexp tries at every position.
const SPACE_AFTER = "(?=[\\s\\u00a0\\u202f])";
const HAVE = "(?:a|ai|as|avons|avez|ont|avait|avaient|avais|eut|eurent)";
const BE = "(?:suis|es|est|sommes|êtes|sont|était|étaient|fut|furent)";
const REFLEXIVE_BE = `(?:s['’]|se${S}|me${S}|m['’]|nous${S}|vous${S})(?:suis|est|sommes|êtes|sont|était|étaient|fut|furent)`;
const ADVERBS = `(?:(?:ne|n['’]|pas|plus|jamais|rien|déjà|toujours|encore|bien|aussi|notamment|également|finalement|enfin|récemment|alors|ainsi|même|longtemps|tout|vite|effectivement|pourtant|donc|d['’]ailleurs)${S})*`;
const PRONOUNS = `(?:(?:se|s['’]|lui|leur|y|en|le|la|les|l['’]|me|m['’]|te|nous|vous)(?:${S})?)*`;
// Participles of verbs that take être in the passé composé; with another verb, être + participle is a passive present.
const ETRE_VERBS = "(?:arriv|part|venu|revenu|devenu|parvenu|survenu|intervenu|mort|née?s?|décéd|all|tomb|entr|rentr|sort|rest|retourn|pass|mont|descend|apparu)";
const PARTICIPLE = "\\p{L}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|its|ite|ites|ert|erts|erte|ertes|int|ints|inte|aint|eint|oint)";
// A modal's infinitive takes its tense: "devaient se terminer ce week-end".
const INFINITIVE = `(?:${S}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)(?![\\p{L}\\p{N}]))?`;
// Endings of the futur and the conditionnel; a guide finds them much faster than the full pattern does.
const FUTURE_ENDINGS =
  "era|eras|erai|erons|erez|eront|dra|drons|dront|rra|rrons|rront|ttra|ttront|vra|vront|ira|iras|irai|irons|irez|iront|îtra|îtront|erait|eraient|drait|draient|rrait|rraient|ttrait|ttraient|vrait|vraient";
// Verbs in -irer, whose passé simple ("il tira") and present ("nous tirons") end like the futur of verbs in -ir and -ire.
const NOT_IRER =
  "(?!(?:t|ret|att|insp|asp|exp|adm|soup|chav|dés|dél|resp|transp|consp|ét|emp|v|s|dév|ch|m)(?:ira|iras|irai|irons|irez)(?![\\p{L}\\p{N}]))";
const NOT_IMPERFECT = "(?!(?:fait|lait|trait|souhait|portrait|extrait|retrait|attrait|parfait|abstrait|distrait|bienfait|méfait|forfait|satisfait|refait|plait|plaît)(?![\\p{L}]))";

// Present-tense plurals of verbs in -érer, -irer and -urer that end like a passé simple ("ils figurent", "ils espèrent").
const NOT_PRESENT =
  "(?!(?:(?:g|esp|consid|préf|exag|tol|accél|réit|op|coop|récup|lib|gén|mod|dig|sugg|ins|conf|diff|réf|transf|prolif|lég|vocif|alt|délib|énum|vén|temp|persév|adh|interf|réf|réverb|int|dés|acc|lac|sid|rép|imp|rem|déf)èrent|(?:t|att|ret|insp|asp|dés|exp|adm|soup|chav|dél|ét|emp|resp|transp|consp)irent|(?:fig|ass|rass|mes|j|proc|capt|sat|inaug|struct|restruct|tort|end|fact|fract|murm|cens|perd|config|défig|obsc|sut|pât|dépl|ven)urent)(?![\\p{L}]))";

/** Words that open a new clause: a past verb before them does not date what follows. */
const CLAUSE_BREAKS = ["avant", "après", "jusqu", "jusque", "quand", "lorsque", "lorsqu", "qui", "que", "qu", "dont", "où", "parce", "puisque", "si", "mais", "et", "tandis", "alors"];

/** A case-blind marker that opens on a word start, found through its first word (by default, the marker itself). */
function guided(rest: string, guide = rest): GuidedMarker {
  return { pattern: bmpRegExp(`${B}${rest}`, "gi"), guide: bmpRegExp(guide, "gi") };
}

/** French tense markers: futur, conditionnel, aller + infinitive, "prévu" against passé composé, imparfait, plus-que-parfait, passé simple. */
export const TENSE: TenseLexicon = {
  future: [
    {
      pattern: bmpRegExp(`${B}${NOT_IRER}\\p{Ll}\\p{L}*(?:${FUTURE_ENDINGS})${E}${INFINITIVE}`, "g"),
      guide: bmpRegExp(`(?:${FUTURE_ENDINGS})${E}`, "g"),
    },
    guided(`(?:aura|auront|aurait|auraient|saura|sauront|ira|fera|feront)${E}`),
    guided(`(?:va|vont|vais|allons|allez)${S}${ADVERBS}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)${E}`, `(?:va|vont|vais|allons|allez)${SPACE_AFTER}`),
    guided(`(?:prévue?s?|programmée?s?|planifiée?s?)${E}`),
    guided(`(?:doit|doivent)${S}${ADVERBS}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)${E}`, `(?:doit|doivent)${SPACE_AFTER}`),
  ],
  past: [
    guided(`${HAVE}(?:-t-(?:il|elle|on)|-(?:ils?|elles?|on))?${S}${ADVERBS}${PARTICIPLE}${E}`, `${HAVE}(?=[-\\s\\u00a0\\u202f])`),
    guided(`${REFLEXIVE_BE}${S}${ADVERBS}${PARTICIPLE}${E}`, `${REFLEXIVE_BE}${SPACE_AFTER}`),
    guided(`${BE}${S}${ADVERBS}${ETRE_VERBS}\\p{L}*${E}`, `${BE}${SPACE_AFTER}`),
    { pattern: bmpRegExp(`${B}${NOT_IMPERFECT}\\p{Ll}\\p{L}+(?:ait|aient)${E}${INFINITIVE}`, "g"), guide: bmpRegExp(`(?:ait|aient)${E}`, "g") },
    { pattern: bmpRegExp(`${B}${NOT_PRESENT}\\p{Ll}\\p{L}+(?:èrent|irent|urent)${E}`, "g"), guide: bmpRegExp(`(?:èrent|irent|urent)${E}`, "g") },
    guided(`(?:fut|eut|fit|vint|prit|naquit|mourut)${E}`),
  ],
  clauseBreaks: CLAUSE_BREAKS,
};
