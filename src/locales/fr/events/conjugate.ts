import type { VerbForm, VerbTense } from "../../../stages/events/types.js";

/** Principal parts of an irregular French verb family, each given for the family's base ("tenir"). */
interface Parts {
  /** Third persons singular and plural of the present. */
  p3s: string;
  p3p: string;
  /** First person plural of the present without "-ons" ("ten"): the imperfect and gerund stem. */
  imp: string;
  /** Passé simple, third persons singular and plural. */
  ps3s: string;
  ps3p: string;
  /** Future and conditional stem ("tiendr"). */
  fut: string;
  /** Past participle, masculine singular. */
  pp: string;
}

// Families of irregular verbs, keyed by the ending that every member shares:
// "soutenir" = "sou" + the parts of "tenir".
const IRREGULAR: Readonly<Record<string, Parts>> = {
  tenir: { p3s: "tient", p3p: "tiennent", imp: "ten", ps3s: "tint", ps3p: "tinrent", fut: "tiendr", pp: "tenu" },
  venir: { p3s: "vient", p3p: "viennent", imp: "ven", ps3s: "vint", ps3p: "vinrent", fut: "viendr", pp: "venu" },
  mettre: { p3s: "met", p3p: "mettent", imp: "mett", ps3s: "mit", ps3p: "mirent", fut: "mettr", pp: "mis" },
  prendre: { p3s: "prend", p3p: "prennent", imp: "pren", ps3s: "prit", ps3p: "prirent", fut: "prendr", pp: "pris" },
  battre: { p3s: "bat", p3p: "battent", imp: "batt", ps3s: "battit", ps3p: "battirent", fut: "battr", pp: "battu" },
  truire: { p3s: "truit", p3p: "truisent", imp: "truis", ps3s: "truisit", ps3p: "truisirent", fut: "truir", pp: "truit" },
  duire: { p3s: "duit", p3p: "duisent", imp: "duis", ps3s: "duisit", ps3p: "duisirent", fut: "duir", pp: "duit" },
  cevoir: { p3s: "çoit", p3p: "çoivent", imp: "cev", ps3s: "çut", ps3p: "çurent", fut: "cevr", pp: "çu" },
  joindre: { p3s: "joint", p3p: "joignent", imp: "joign", ps3s: "joignit", ps3p: "joignirent", fut: "joindr", pp: "joint" },
  vrir: { p3s: "vre", p3p: "vrent", imp: "vr", ps3s: "vrit", ps3p: "vrirent", fut: "vrir", pp: "vert" },
  frir: { p3s: "fre", p3p: "frent", imp: "fr", ps3s: "frit", ps3p: "frirent", fut: "frir", pp: "fert" },
  suivre: { p3s: "suit", p3p: "suivent", imp: "suiv", ps3s: "suivit", ps3p: "suivirent", fut: "suivr", pp: "suivi" },
  cueillir: { p3s: "cueille", p3p: "cueillent", imp: "cueill", ps3s: "cueillit", ps3p: "cueillirent", fut: "cueiller", pp: "cueilli" },
  fuir: { p3s: "fuit", p3p: "fuient", imp: "fuy", ps3s: "fuit", ps3p: "fuirent", fut: "fuir", pp: "fui" },
  faire: { p3s: "fait", p3p: "font", imp: "fais", ps3s: "fit", ps3p: "firent", fut: "fer", pp: "fait" },
  clure: { p3s: "clut", p3p: "clurent", imp: "clu", ps3s: "clut", ps3p: "clurent", fut: "clur", pp: "clu" },
  voir: { p3s: "voit", p3p: "voient", imp: "voy", ps3s: "vit", ps3p: "virent", fut: "verr", pp: "vu" },
  mourir: { p3s: "meurt", p3p: "meurent", imp: "mour", ps3s: "mourut", ps3p: "moururent", fut: "mourr", pp: "mort" },
  partir: { p3s: "part", p3p: "partent", imp: "part", ps3s: "partit", ps3p: "partirent", fut: "partir", pp: "parti" },
  sortir: { p3s: "sort", p3p: "sortent", imp: "sort", ps3s: "sortit", ps3p: "sortirent", fut: "sortir", pp: "sorti" },
  courir: { p3s: "court", p3p: "courent", imp: "cour", ps3s: "courut", ps3p: "coururent", fut: "courr", pp: "couru" },
  aindre: { p3s: "aint", p3p: "aignent", imp: "aign", ps3s: "aignit", ps3p: "aignirent", fut: "aindr", pp: "aint" },
  eindre: { p3s: "eint", p3p: "eignent", imp: "eign", ps3s: "eignit", ps3p: "eignirent", fut: "eindr", pp: "eint" },
  rompre: { p3s: "rompt", p3p: "rompent", imp: "romp", ps3s: "rompit", ps3p: "rompirent", fut: "rompr", pp: "rompu" },
  vendre: { p3s: "vend", p3p: "vendent", imp: "vend", ps3s: "vendit", ps3p: "vendirent", fut: "vendr", pp: "vendu" },
  endre: { p3s: "end", p3p: "endent", imp: "end", ps3s: "endit", ps3p: "endirent", fut: "endr", pp: "endu" },
  ondre: { p3s: "ond", p3p: "ondent", imp: "ond", ps3s: "ondit", ps3p: "ondirent", fut: "ondr", pp: "ondu" },
  mentir: { p3s: "ment", p3p: "mentent", imp: "ment", ps3s: "mentit", ps3p: "mentirent", fut: "mentir", pp: "menti" },
  quérir: { p3s: "quiert", p3p: "quièrent", imp: "quér", ps3s: "quit", ps3p: "quirent", fut: "querr", pp: "quis" },
  envoyer: { p3s: "envoie", p3p: "envoient", imp: "envoy", ps3s: "envoya", ps3p: "envoyèrent", fut: "enverr", pp: "envoyé" },
  aller: { p3s: "va", p3p: "vont", imp: "all", ps3s: "alla", ps3p: "allèrent", fut: "ir", pp: "allé" },
};

// Second-group verbs in -ir conjugate like "finir"; any other -ir verb must be a family above.
const SECOND_GROUP = /ir$/;

function irregularParts(lemma: string): { prefix: string; parts: Parts } | null {
  // The longest family ending wins: "soutenir" is a "tenir", not a "nir".
  let best: string | null = null;
  for (const ending of Object.keys(IRREGULAR)) {
    if (lemma.endsWith(ending) && (best === null || ending.length > best.length)) best = ending;
  }
  return best === null ? null : { prefix: lemma.slice(0, lemma.length - best.length), parts: IRREGULAR[best]! };
}

function regularEr(lemma: string, add: (form: string, tense: VerbTense) => void): void {
  const stem = lemma.slice(0, -2);
  // Before a and o, c becomes ç and g becomes ge ("lança", "mangeait").
  const soft = stem.endsWith("c") ? `${stem.slice(0, -1)}ç` : stem.endsWith("g") ? `${stem}e` : stem;
  // Stems that change before a silent e ("rejette", "appelle", "enlève", "déploie"): both spellings are generated.
  const strong = [stem];
  if (/[lt]$/.test(stem) && /e[lt]$/.test(stem)) strong.push(stem + stem.slice(-1));
  if (/e[^aeiouy]$/.test(stem)) strong.push(stem.replace(/e([^aeiouy])$/, "è$1"));
  if (/é[^aeiouy]+$/.test(stem)) strong.push(stem.replace(/é([^aeiouy]+)$/, "è$1"));
  if (/[oua]y$/.test(stem)) strong.push(`${stem.slice(0, -1)}i`);
  for (const s of strong) {
    for (const e of ["e", "es", "ent"]) add(s + e, "present");
    for (const e of ["erai", "eras", "era", "erons", "erez", "eront"]) add(s + e, "future");
    for (const e of ["erais", "erait", "erions", "eriez", "eraient"]) add(s + e, "conditional");
  }
  add(`${soft}ons`, "present");
  add(`${stem}ez`, "present");
  for (const e of ["ais", "ait", "aient"]) add(soft + e, "past");
  for (const e of ["ions", "iez"]) add(stem + e, "past");
  for (const e of ["ai", "a", "âmes", "âtes"]) add(soft + e, "past");
  add(`${stem}èrent`, "past");
  for (const e of ["é", "ée", "és", "ées"]) add(stem + e, "participle");
  add(`${soft}ant`, "gerund");
  add(lemma, "infinitive");
}

function secondGroup(lemma: string, add: (form: string, tense: VerbTense) => void): void {
  const stem = lemma.slice(0, -2);
  for (const e of ["is", "it", "issons", "issez", "issent"]) add(stem + e, "present");
  for (const e of ["issais", "issait", "issions", "issiez", "issaient"]) add(stem + e, "past");
  add(`${stem}irent`, "past");
  for (const e of ["irai", "ira", "irons", "iront"]) add(stem + e, "future");
  for (const e of ["irais", "irait", "irions", "iraient"]) add(stem + e, "conditional");
  for (const e of ["i", "ie", "is", "ies"]) add(stem + e, "participle");
  add(`${stem}issant`, "gerund");
  add(`${stem}isse`, "subjunctive");
  add(lemma, "infinitive");
}

function irregular(lemma: string, prefix: string, p: Parts, add: (form: string, tense: VerbTense) => void): void {
  const f = (s: string): string => prefix + s;
  add(f(p.p3s), "present");
  add(f(p.p3p), "present");
  add(f(`${p.imp}ons`), "present");
  for (const e of ["ais", "ait", "ions", "aient"]) add(f(p.imp + e), "past");
  add(f(p.ps3s), "past");
  add(f(p.ps3p), "past");
  for (const e of ["ai", "a", "ons", "ont"]) add(f(p.fut + e), "future");
  for (const e of ["ais", "ait", "ions", "aient"]) add(f(p.fut + e), "conditional");
  const pp = f(p.pp);
  add(pp, "participle");
  add(`${pp}e`, "participle");
  add(`${pp}es`, "participle");
  if (!pp.endsWith("s")) add(`${pp}s`, "participle");
  add(f(`${p.imp}ant`), "gerund");
  add(f(`${p.p3p.replace(/nt$/, "")}`), "subjunctive");
  add(lemma, "infinitive");
}

/** Every inflected form of the given French verbs with the tense its ending gives; the first lemma to claim a form keeps it. */
export function conjugateFrench(lemmas: Iterable<string>): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const lemma of lemmas) {
    const add = (form: string, tense: VerbTense): void => {
      const existing = forms.get(form);
      // A form two tenses share ("tient" present, "tint" past) keeps the first; a participle
      // that is also a finite form keeps the finite reading only when it came first.
      if (!existing) forms.set(form, { lemma, tense });
    };
    const family = irregularParts(lemma);
    if (family) irregular(lemma, family.prefix, family.parts, add);
    else if (lemma.endsWith("er")) regularEr(lemma, add);
    else if (SECOND_GROUP.test(lemma)) secondGroup(lemma, add);
    else add(lemma, "infinitive");
  }
  return forms;
}
