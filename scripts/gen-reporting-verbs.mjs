// Generates the inflected forms of the reporting verbs of each language into
// src/locales/<l>/quotes/reporting-verbs.ts, so that the runtime needs no
// conjugation package. Run: node scripts/gen-reporting-verbs.mjs
// French forms come from french-verbs-lefff (Lefff conjugation tables, via
// RosaeNLG); English forms from english-verbs-helper + english-verbs-irregular
// + english-verbs-gerunds. All three are devDependencies.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** French reporting lemmas: speech acts, stance and hearsay verbs (pronominal ones without their clitic). */
const FR_LEMMAS = [
  "dire", "déclarer", "affirmer", "ajouter", "annoncer", "indiquer", "estimer", "souligner", "préciser",
  "assurer", "expliquer", "répondre", "rétorquer", "répliquer", "dénoncer", "démentir", "nier", "prévenir",
  "avertir", "reconnaître", "confier", "qualifier", "minimiser", "raconter", "rappeler", "insister",
  "marteler", "lancer", "déplorer", "regretter", "admettre", "avouer", "juger", "considérer", "signaler",
  "confirmer", "révéler", "écrire", "tweeter", "commenter", "noter", "observer", "relever", "constater",
  "soutenir", "prétendre", "accuser", "critiquer", "promettre", "menacer", "demander", "exiger",
  "réclamer", "plaider", "proclamer", "poursuivre", "conclure", "résumer", "exclamer", "interroger",
  "féliciter", "réjouir", "inquiéter", "témoigner", "détailler", "certifier", "garantir", "jurer",
  "clamer", "répéter", "réitérer", "reprendre", "enchaîner", "ironiser", "tonner", "insurger",
  "indigner", "protester", "objecter", "riposter", "contester", "réfuter", "informer", "prédire",
  "suggérer", "recommander", "exhorter", "conseiller", "évoquer", "mentionner", "dévoiler", "divulguer",
  "arguer", "alerter", "saluer", "condamner", "fustiger", "regretter", "souvenir", "plaindre",
  "étonner", "lâcher", "glisser", "confesser", "concéder", "s'alarmer", "alarmer", "mettre", "faire",
  "laisser", "penser", "croire", "craindre", "espérer", "souhaiter", "écrire",
  "communiquer", "assener", "asséner", "trancher", "nuancer", "renchérir", "abonder", "acquiescer",
  "approuver", "attester", "avancer", "claironner", "confier", "convenir", "démentir", "expliciter",
  "formuler", "implorer", "narrer", "notifier", "opposer", "préconiser", "rapporter", "reconnaître",
  "relater", "réagir", "remarquer", "répondre", "résumer", "revendiquer", "spécifier", "stipuler",
  "supplier", "tempérer", "vanter", "s'exprimer", "exprimer", "prévoir", "annoncer",
];

/** English reporting lemmas. */
const EN_LEMMAS = [
  "say", "tell", "add", "announce", "state", "claim", "argue", "assert", "insist", "explain", "note",
  "warn", "deny", "acknowledge", "admit", "confirm", "reveal", "report", "write", "tweet", "suggest",
  "believe", "think", "contend", "maintain", "point", "predict", "promise", "pledge", "vow", "reply",
  "respond", "retort", "counter", "declare", "estimate", "emphasize", "emphasise", "stress", "urge",
  "allege", "complain", "concede", "testify", "recall", "remark", "observe", "indicate", "signal",
  "reiterate", "repeat", "continue", "ask", "question", "wonder", "accuse", "criticize", "criticise",
  "dismiss", "call", "disclose", "inform", "caution", "hint", "joke", "quip", "boast", "agree",
  "proclaim", "mention", "comment", "reckon", "speculate", "assure", "guarantee", "charge", "lament",
  "decry", "recount", "describe", "describe", "brief", "fear", "hope", "expect", "conclude", "concur",
  "demand", "propose", "recommend", "rejoin", "snap", "shout", "cry", "exclaim", "muse", "whisper",
  "confide", "affirm", "attest", "certify", "clarify", "confess", "elaborate", "forecast", "grumble",
  "imply", "mutter", "object", "protest", "reassure", "rebut", "recollect", "refute", "reject",
  "reply", "rule", "swear", "testify", "underline", "underscore", "volunteer", "welcome", "praise",
  "condemn", "slam", "blast", "blame", "defend", "downplay", "minimize", "minimise", "insinuate",
  "posit", "opine", "contend", "aver", "relate", "narrate", "explain", "advise", "alert", "apologize",
  "tout", "dispute", "threaten", "chant", "plead", "scoff", "mock", "tease", "put", "answer", "shoot", "fire", "hit",
];

function unique(list) {
  return [...new Set(list)].sort((a, b) => a.localeCompare(b, "fr"));
}

function frenchForms() {
  const tables = JSON.parse(readFileSync(require.resolve("french-verbs-lefff/dist/conjugations.json"), "utf8"));
  const forms = new Map();
  const missing = [];
  const add = (form, lemma, tag) => {
    if (!form || form === "NA") return;
    const key = form.toLowerCase();
    const entry = forms.get(key) ?? { lemma, tags: new Set() };
    if (entry.lemma !== lemma) return; // first lemma wins: "dit" is dire's, not another verb's
    entry.tags.add(tag);
    forms.set(key, entry);
  };
  for (const raw of unique(FR_LEMMAS)) {
    const lemma = raw.replace(/^s'|^se /, "");
    const t = tables[lemma];
    if (!t) {
      missing.push(lemma);
      continue;
    }
    // Third persons of the indicative and conditional are what news prose uses;
    // the first person plural covers "nous disons" in quoted institutions.
    for (const tense of ["P", "I", "J", "F", "C"]) {
      for (const person of [0, 2, 3, 5]) add(t[tense]?.[person], lemma, "F");
    }
    for (const person of [2, 5]) add(t.S?.[person], lemma, "F");
    for (const f of t.K ?? []) add(f, lemma, "K");
    for (const f of t.G ?? []) add(f, lemma, "G");
    for (const f of t.W ?? []) add(f, lemma, "W");
  }
  return { forms, missing };
}

function englishForms() {
  const helper = require("english-verbs-helper");
  const irregular = require("english-verbs-irregular/dist/verbs.json");
  const gerunds = require("english-verbs-gerunds/dist/gerunds.json");
  const info = helper.mergeVerbsData(irregular, gerunds);
  const forms = new Map();
  const add = (form, lemma, tag) => {
    const key = form.toLowerCase();
    const entry = forms.get(key) ?? { lemma, tags: new Set() };
    if (entry.lemma !== lemma) return;
    entry.tags.add(tag);
    forms.set(key, entry);
  };
  for (const lemma of unique(EN_LEMMAS)) {
    add(lemma, lemma, "W");
    add(lemma, lemma, "F");
    add(helper.getConjugation(info, lemma, "SIMPLE_PRESENT", 2, {}), lemma, "F");
    add(helper.getConjugation(info, lemma, "SIMPLE_PAST", 2, {}), lemma, "F");
    add(helper.getConjugation(info, lemma, "PARTICIPLE_PAST", 2, {}), lemma, "K");
    // The helper writes "argueing", "continueing" for verbs its gerund table lacks.
    add(helper.getConjugation(info, lemma, "PARTICIPLE_PRESENT", 2, {}).replace(/ueing$/, "uing"), lemma, "G");
  }
  return { forms, missing: [] };
}

function write(locale, { forms, missing }, source) {
  const lines = [...forms.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([form, { lemma, tags }]) => `  ${JSON.stringify(form)}: ${JSON.stringify(`${lemma}:${[...tags].sort().join("")}`)},`);
  const out = [
    "// Generated by scripts/gen-reporting-verbs.mjs — do not edit by hand.",
    `// Source: ${source}.`,
    "",
    "/**",
    " * Inflected form → `lemma:tags` of the reporting verbs, where tags are F (finite),",
    " * K (past participle), G (present participle / gerund) and W (infinitive).",
    " */",
    "export const REPORTING_VERB_FORMS: Readonly<Record<string, string>> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
  writeFileSync(join(root, "src", "locales", locale, "quotes", "reporting-verbs.ts"), out);
  console.log(`${locale}: ${forms.size} forms${missing.length ? `, lemmas not found: ${missing.join(", ")}` : ""}`);
}

write("fr", frenchForms(), "french-verbs-lefff 3.4.0 conjugation tables");
write("en", englishForms(), "english-verbs-helper 3.3.0 + english-verbs-irregular 3.4.0 + english-verbs-gerunds 3.3.0");
