import { bmpRegExp } from "../../../stages/segment/bmp-classes.js";
import type { TenseLexicon } from "../../../stages/times/types.js";

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const S = "[\\s\\u00a0\\u202f]+";
const ADVERBS = `(?:(?:ne|n['’]|pas|plus|jamais|rien|déjà|toujours|encore|bien|aussi|notamment|également|finalement|enfin|récemment|alors|ainsi|même|longtemps|tout|vite|effectivement|pourtant|donc|d['’]ailleurs)${S})*`;
const PRONOUNS = `(?:(?:se|s['’]|lui|leur|y|en|le|la|les|l['’]|me|m['’]|te|nous|vous)(?:${S})?)*`;
// Participles of verbs that take être in the passé composé; with another verb, être + participle is a passive present.
const ETRE_VERBS = "(?:arriv|part|venu|revenu|devenu|parvenu|survenu|intervenu|mort|née?s?|décéd|all|tomb|entr|rentr|sort|rest|retourn|pass|mont|descend|apparu)";
const PARTICIPLE = "\\p{L}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|its|ite|ites|ert|erts|erte|ertes|int|ints|inte|aint|eint|oint)";
// A modal's infinitive takes its tense: "devaient se terminer ce week-end".
const INFINITIVE = `(?:${S}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)(?![\\p{L}\\p{N}]))?`;
// Endings of the futur and the conditionnel; a guide finds them much faster than the full pattern does.
const FUTURE_ENDINGS =
  "era|eras|erai|erons|erez|eront|dra|drons|dront|rra|rrons|rront|ttra|ttront|vra|vront|iront|erait|eraient|drait|draient|rrait|rraient|ttrait|ttraient|vrait|vraient";
const NOT_IMPERFECT = "(?!(?:fait|lait|trait|souhait|portrait|extrait|retrait|attrait|parfait|abstrait|distrait|bienfait|méfait|forfait|satisfait|refait|plait|plaît)(?![\\p{L}]))";

/** French tense markers: futur, conditionnel, aller + infinitive, "prévu" against passé composé, imparfait, plus-que-parfait, passé simple. */
export const TENSE: TenseLexicon = {
  future: [
    {
      pattern: bmpRegExp(`${B}\\p{Ll}\\p{L}*(?:${FUTURE_ENDINGS})${E}${INFINITIVE}`, "g"),
      guide: bmpRegExp(`(?:${FUTURE_ENDINGS})${E}`, "g"),
    },
    bmpRegExp(`${B}(?:aura|auront|aurait|auraient|saura|sauront|ira|fera|feront)${E}`, "gi"),
    bmpRegExp(`${B}(?:va|vont|vais|allons|allez)${S}${ADVERBS}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)${E}`, "gi"),
    bmpRegExp(`${B}(?:prévue?s?|programmée?s?|planifiée?s?)${E}`, "gi"),
    bmpRegExp(`${B}(?:doit|doivent)${S}${ADVERBS}${PRONOUNS}\\p{L}+(?:er|ir|re|oir)${E}`, "gi"),
  ],
  past: [
    bmpRegExp(`${B}(?:a|ai|as|avons|avez|ont|avait|avaient|avais|eut|eurent)(?:-t-(?:il|elle|on)|-(?:ils?|elles?|on))?${S}${ADVERBS}${PARTICIPLE}${E}`, "gi"),
    bmpRegExp(`${B}(?:s['’]|se${S}|me${S}|m['’]|nous${S}|vous${S})(?:suis|est|sommes|êtes|sont|était|étaient|fut|furent)${S}${ADVERBS}${PARTICIPLE}${E}`, "gi"),
    bmpRegExp(`${B}(?:suis|es|est|sommes|êtes|sont|était|étaient|fut|furent)${S}${ADVERBS}${ETRE_VERBS}\\p{L}*${E}`, "gi"),
    { pattern: bmpRegExp(`${B}${NOT_IMPERFECT}\\p{Ll}\\p{L}+(?:ait|aient)${E}${INFINITIVE}`, "g"), guide: bmpRegExp(`(?:ait|aient)${E}`, "g") },
    { pattern: bmpRegExp(`${B}\\p{Ll}\\p{L}+(?:èrent|irent|urent)${E}`, "g"), guide: bmpRegExp(`(?:èrent|irent|urent)${E}`, "g") },
    bmpRegExp(`${B}(?:fut|eut|fit|vint|prit|naquit|mourut)${E}`, "gi"),
  ],
};
