import type { VerbForm, VerbTense } from "../../../stages/events/types.js";

// Irregular verbs: lemma → [simple past, past participle].
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  meet: ["met", "met"], hold: ["held", "held"], fight: ["fought", "fought"], send: ["sent", "sent"],
  strike: ["struck", "struck"], shoot: ["shot", "shot"], seek: ["sought", "sought"], give: ["gave", "given"],
  take: ["took", "taken"], break: ["broke", "broken"], lead: ["led", "led"], speak: ["spoke", "spoken"],
  withdraw: ["withdrew", "withdrawn"], beat: ["beat", "beaten"], begin: ["began", "begun"], bring: ["brought", "brought"],
  sell: ["sold", "sold"], lend: ["lent", "lent"], freeze: ["froze", "frozen"], overrun: ["overran", "overrun"],
  hit: ["hit", "hit"], win: ["won", "won"], put: ["put", "put"], set: ["set", "set"], cut: ["cut", "cut"],
  leave: ["left", "left"], fly: ["flew", "flown"], throw: ["threw", "thrown"], blow: ["blew", "blown"],
  forgive: ["forgave", "forgiven"], swear: ["swore", "sworn"], overthrow: ["overthrew", "overthrown"],
  feed: ["fed", "fed"], flee: ["fled", "fled"], shut: ["shut", "shut"], stand: ["stood", "stood"],
  uphold: ["upheld", "upheld"], undertake: ["undertook", "undertaken"], forbid: ["forbade", "forbidden"],
  draw: ["drew", "drawn"], keep: ["kept", "kept"], make: ["made", "made"], have: ["had", "had"], do: ["did", "done"],
  go: ["went", "gone"], come: ["came", "come"], see: ["saw", "seen"], say: ["said", "said"], tell: ["told", "told"],
  split: ["split", "split"], spread: ["spread", "spread"], bid: ["bid", "bid"], slay: ["slew", "slain"],
  tear: ["tore", "torn"], steal: ["stole", "stolen"], ride: ["rode", "ridden"], drive: ["drove", "driven"],
  arise: ["arose", "arisen"], bind: ["bound", "bound"], teach: ["taught", "taught"], catch: ["caught", "caught"],
  lay: ["laid", "laid"], pay: ["paid", "paid"], sweep: ["swept", "swept"], hang: ["hanged", "hung"],
};

const SIBILANT = /(?:s|x|z|ch|sh)$/;
// A final consonant after a single vowel is doubled in one-syllable verbs and stressed endings
// ("ban" → "banned", "admit" → "admitted"); both spellings are generated, the wrong one never occurs.
const DOUBLING = /[^aeiou][aeiou][bdgklmnprt]$/;

function inflect(lemma: string, add: (form: string, tense: VerbTense) => void): void {
  add(lemma, "present");
  add(lemma, "infinitive");
  const y = /[^aeiou]y$/.test(lemma);
  add(y ? `${lemma.slice(0, -1)}ies` : SIBILANT.test(lemma) ? `${lemma}es` : `${lemma}s`, "present");
  const bases = [lemma.endsWith("e") ? lemma.slice(0, -1) : lemma];
  if (DOUBLING.test(lemma)) bases.push(lemma + lemma.slice(-1));
  for (const b of bases) add(`${b}ing`, "gerund");
  if (lemma.endsWith("ie")) add(`${lemma.slice(0, -2)}ying`, "gerund");
  const irregular = IRREGULAR[lemma];
  if (irregular) {
    add(irregular[0], "past");
    add(irregular[1], "participle");
    return;
  }
  const ed = y ? [`${lemma.slice(0, -1)}ied`] : lemma.endsWith("e") ? [`${lemma}d`] : bases.map((b) => `${b}ed`);
  // The -ed form is past or participle; the auxiliary before it decides, the form says "past".
  for (const f of ed) add(f, "past");
}

/** Every inflected form of the given English verbs with the tense its ending gives; the first lemma to claim a form keeps it. */
export function conjugateEnglish(lemmas: Iterable<string>): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const lemma of lemmas) {
    inflect(lemma, (form, tense) => {
      if (!forms.has(form)) forms.set(form, { lemma, tense });
    });
  }
  return forms;
}
