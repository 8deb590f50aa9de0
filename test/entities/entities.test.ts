import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { entitiesStage, entityAt, mentionAt, personBefore } from "../../src/stages/entities/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const analyse = (text: string, lang: "fr" | "en" = "fr") => runStages(text, lang, [segmentStage, entitiesStage]);
const entitiesOf = (text: string, lang: "fr" | "en" = "fr"): Entity[] => analyse(text, lang).layers.entities;
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const names = (ents: Entity[]) => ents.map((e) => e.name);

describe("names and types (fr)", () => {
  it("types people from titles, first names and honorifics", () => {
    const ents = entitiesOf(
      "Le Premier ministre, Gabriel Attal, a reçu Mme Kowalczyk à Matignon. M. Dupuis-Marchand n’était pas là.",
    );
    expect(byName(ents, "Gabriel Attal")?.type).toBe("PER");
    expect(byName(ents, "Gabriel Attal")?.roles.join(" ")).toContain("Premier ministre");
    expect(byName(ents, "Kowalczyk")?.type).toBe("PER");
    expect(byName(ents, "Dupuis-Marchand")?.type).toBe("PER");
    expect(byName(ents, "Matignon")?.type).toBe("ORG");
  });

  it("types places from the gazetteer and from prepositions", () => {
    const ents = entitiesOf("Des combats ont eu lieu près de Bakhmout, dans l’est de l’Ukraine, puis à Zaporijjia et en Moldavie.");
    expect(byName(ents, "Bakhmout")?.type).toBe("LOC");
    expect(byName(ents, "Ukraine")?.type).toBe("LOC");
    expect(byName(ents, "Moldavie")?.type).toBe("LOC");
  });

  it("types organisations from heads, acronyms and institutions", () => {
    const ents = entitiesOf(
      "Le Conseil constitutionnel a validé la loi. Selon l’OTAN et la Maison Blanche, la Banque centrale européenne doit agir.",
    );
    expect(byName(ents, "Conseil constitutionnel")?.type).toBe("ORG");
    expect(byName(ents, "OTAN")?.type).toBe("ORG");
    expect(byName(ents, "Maison Blanche")?.type).toBe("ORG");
    expect(byName(ents, "Banque centrale européenne")?.type).toBe("ORG");
  });

  it("keeps an acronym in brackets with the name it abbreviates", () => {
    const ents = entitiesOf("L’Organisation mondiale de la santé (OMS) a publié un rapport. L’OMS recommande la prudence.");
    const who = byName(ents, "OMS");
    expect(who?.name).toBe("Organisation mondiale de la santé");
    expect(who?.mentions.filter((m) => m.kind === "name")).toHaveLength(3);
  });
});

describe("capitalised words that are not names (fr)", () => {
  it("leaves out sentence adverbs, weekdays, months and demonyms", () => {
    const ents = entitiesOf(
      "Pourtant, la réunion a eu lieu. Cependant, rien n’a changé. Dimanche, les Russes ont voté. Entre-temps, Mars s’annonce calme. Toutefois, les Ukrainiennes manifestent. En mars, Lundi noir.",
    );
    expect(names(ents)).toEqual([]);
  });

  it("leaves out ministries' domains and words inside the title of a show", () => {
    const ents = entitiesOf("La ministre de la Culture, Rachida Dati, a parlé sur « Le Grand Jury » de RTL.");
    expect(names(ents)).toContain("Rachida Dati");
    expect(names(ents)).not.toContain("Culture");
    expect(names(ents).some((n) => /Grand|Jury/.test(n))).toBe(false);
    expect(byName(ents, "Rachida Dati")?.roles.join(" ")).toContain("ministre de la Culture");
  });

  it("does not make an entity of a group noun", () => {
    const ents = entitiesOf("Les responsables américains et les diplomates européens ont prévenu que la guerre approchait.");
    expect(ents).toEqual([]);
  });
});

describe("roles and coreference (fr)", () => {
  const text =
    "Le porte-parole du gouvernement allemand, Steffen Hebestreit, a démenti. « Nous ne livrerons rien », a déclaré Hebestreit. " +
    "Le porte-parole a ensuite quitté la salle. Olena Kovalenko, la directrice de l’agence, a confirmé. Elle a ajouté que rien n’était décidé.";

  it("links a surname to the full name and records roles in both orders", () => {
    const ents = entitiesOf(text);
    const h = byName(ents, "Steffen Hebestreit")!;
    expect(h.type).toBe("PER");
    expect(h.roles.join(" ")).toContain("porte-parole du gouvernement allemand");
    expect(h.mentions.filter((m) => m.kind === "name").map((m) => m.text)).toEqual(["Steffen Hebestreit", "Hebestreit"]);
    const k = byName(ents, "Olena Kovalenko")!;
    expect(k.roles).toContain("directrice de l’agence");
  });

  it("adds a title-only mention to the holder of the role, with kind title", () => {
    const h = byName(entitiesOf(text), "Steffen Hebestreit")!;
    const titles = h.mentions.filter((m) => m.kind === "title");
    expect(titles.map((m) => m.text)).toEqual(["porte-parole"]);
  });

  it("links a pronoun only to a compatible person nearby, and never an impersonal il", () => {
    const k = byName(entitiesOf(text), "Olena Kovalenko")!;
    expect(k.mentions.filter((m) => m.kind === "pronoun").map((m) => m.text)).toEqual(["Elle"]);
    const ents = entitiesOf("Jacques Moreau a parlé avec Pierre Lefèvre. Il est trop tôt pour conclure. Il a promis une réponse.");
    expect(ents.flatMap((e) => e.mentions).filter((m) => m.kind === "pronoun")).toEqual([]);
  });

  it("merges variant transliterations of one person", () => {
    const ents = entitiesOf(
      "Le ministre Volodymyr Zelenskyy a parlé. Plus tard, Volodymyr Zelensky a répété son appel, et Zelenskiy a signé.",
    );
    const z = ents.filter((e) => e.type === "PER");
    expect(z).toHaveLength(1);
    expect(z[0]!.mentions).toHaveLength(3);
  });
});

describe("names, roles and precision (en)", () => {
  it("peels titles off names and keeps them as roles", () => {
    const ents = entitiesOf(
      "Treasury Secretary Janet Yellen met Kremlin spokesman Dmitry Ivanenko on Monday. Yellen said the talks were useful.",
      "en",
    );
    const y = byName(ents, "Janet Yellen")!;
    expect(y.type).toBe("PER");
    expect(y.roles.join(" ")).toContain("Treasury Secretary");
    expect(y.aliases).toContain("Yellen");
    const d = byName(ents, "Dmitry Ivanenko")!;
    expect(d.roles.join(" ")).toContain("Kremlin spokesman");
    expect(byName(ents, "Kremlin")?.type).toBe("ORG");
  });

  it("reads appositions after a name, and she/he only when unambiguous", () => {
    const ents = entitiesOf(
      "Maria Gonzalez, the White House press secretary, spoke in Chicago. She declined to comment.",
      "en",
    );
    const m = byName(ents, "Maria Gonzalez")!;
    expect(m.roles).toContain("White House press secretary");
    expect(m.mentions.some((x) => x.kind === "pronoun" && x.text === "She")).toBe(true);
    expect(byName(ents, "Chicago")?.type).toBe("LOC");
  });

  it("leaves out sentence adverbs, demonyms, weekdays and show titles", () => {
    const ents = entitiesOf(
      'However, Russians voted on Sunday. Meanwhile, American officials said nothing. Significantly, the judge agreed. He spoke on "Meet the Press" in March.',
      "en",
    );
    expect(names(ents)).toEqual([]);
  });

  it("keeps title-case headlines from gluing words to names", () => {
    const ents = entitiesOf("How Donald Trump Could Become President\n\nDonald Trump won easily, and the party could change.", "en");
    expect(byName(ents, "Donald Trump")?.mentions).toHaveLength(2);
    expect(names(ents).some((n) => /Could|Become/.test(n))).toBe(false);
  });
});

describe("look-up helpers", () => {
  it("finds the entity at a range and the one person before an offset", () => {
    const text = "Sophie Martin, la porte-parole de l’entreprise, a répondu. « Rien n’est décidé », a-t-elle dit.";
    const doc = analyse(text);
    const at = text.indexOf("Martin");
    expect(entityAt(doc, at, at + 6)?.name).toBe("Sophie Martin");
    expect(mentionAt(doc, at, at)?.mention.text).toBe("Sophie Martin");
    expect(entityAt(doc, 0, 0)?.name).toBe("Sophie Martin");
    expect(entityAt(doc, text.indexOf("Rien"), text.indexOf("Rien") + 4)).toBeNull();
    expect(personBefore(doc, text.indexOf("elle"))?.name).toBe("Sophie Martin");
  });

  it("keeps every mention's text equal to its slice of the document", () => {
    const text = "Le secrétaire d’État américain Paul Rivers a rencontré à Genève le ministre russe des Affaires étrangères Ivan Petrov.";
    const doc = analyse(text);
    for (const e of doc.layers.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(byName(doc.layers.entities, "Paul Rivers")?.roles.join(" ")).toContain("secrétaire d’État");
    expect(byName(doc.layers.entities, "Ivan Petrov")?.roles.join(" ")).toContain("ministre russe des Affaires étrangères");
    expect(names(doc.layers.entities)).not.toContain("Affaires");
  });
});
