import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const entitiesOf = (text: string, lang: "fr" | "en" = "fr"): Entity[] => runStages(text, lang, [segmentStage, entitiesStage]).layers.entities;
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const names = (ents: Entity[]) => ents.map((e) => e.name);

describe("French names with a lower-case adjective between capitals", () => {
  it("reads the whole name as an organisation, whatever the verb or the quotation marks", () => {
    const ents = entitiesOf("Selon les chiffres publiés mardi, Santé publique France recense 40 cas. « Rien d’anormal », estime Météo nationale Belgique.");
    expect(byName(ents, "Santé publique France")?.type).toBe("ORG");
    expect(byName(ents, "Météo nationale Belgique")?.type).toBe("ORG");
    expect(names(ents)).not.toContain("France");
  });

  it("keeps a title's portfolio and the person after it apart", () => {
    const ents = entitiesOf("La ministre de la Santé publique Ana Lopez a visité l’hôpital. Le ministre des Affaires étrangères Jean Martin s’est tu.");
    expect(byName(ents, "Ana Lopez")?.type).toBe("PER");
    expect(byName(ents, "Jean Martin")?.type).toBe("PER");
    expect(names(ents).some((n) => n.includes("publique") || n.includes("étrangères"))).toBe(false);
  });

  it("does not join a body and the person named after it", () => {
    const ents = entitiesOf("Le chef de l’Autorité palestinienne Yasser Arafat a parlé. Le maire sortant Pierre Roux se représente.");
    expect(names(ents).some((n) => n.includes("Arafat") && n.includes("Autorité"))).toBe(false);
    expect(names(ents).some((n) => n.includes("sortant"))).toBe(false);
  });

  it("does not read an English lower-case word between capitals as part of a name", () => {
    const ents = entitiesOf("Yesterday Paris national Guard officers met Smith.", "en");
    expect(names(ents).some((n) => n.includes("national"))).toBe(false);
  });
});

describe("buildings that stand for the body they house", () => {
  it("are the body as subjects and after 'à', as the existing convention has it", () => {
    const ents = entitiesOf("Matignon a démenti. Le Premier ministre a reçu les syndicats à Matignon.");
    expect(byName(ents, "Matignon")?.type).toBe("ORG");
    const en = entitiesOf("The White House said on Monday that talks would go on.", "en");
    expect(byName(en, "White House")?.type).toBe("ORG");
  });

  it("are the place in front of or outside the building, when nothing else names the body", () => {
    const fr = entitiesOf("Des agriculteurs ont déversé du fumier devant l’Élysée, puis devant Matignon.");
    expect(byName(fr, "Élysée")?.type).toBe("LOC");
    expect(byName(fr, "Matignon")?.type).toBe("LOC");
    const en = entitiesOf("Hundreds of nurses rallied outside Downing Street on Tuesday.", "en");
    expect(byName(en, "Downing Street")?.type).toBe("LOC");
  });

  it("stay the body when another mention names it as one", () => {
    const ents = entitiesOf("Des manifestants se sont rassemblés devant Matignon. Matignon a annoncé un geste.");
    expect(byName(ents, "Matignon")?.type).toBe("ORG");
  });
});

describe("organisations named by common nouns", () => {
  it("reads a French institution noun with its lower-case complement", () => {
    const ents = entitiesOf("La cour d’appel de Rennes a confirmé la peine. Un rapport de la chambre régionale des comptes l’avait signalé à la police municipale.");
    expect(byName(ents, "cour d’appel de Rennes")?.type).toBe("ORG");
    expect(byName(ents, "chambre régionale des comptes")?.type).toBe("ORG");
    expect(byName(ents, "police municipale")?.type).toBe("ORG");
    const none = entitiesOf("Le conseil municipal de lundi a voté le budget.");
    expect(names(none).some((n) => n.includes("lundi"))).toBe(false);
  });

  it("reads a country's public body named by its demonym, but not a cue noun before a name", () => {
    const en = entitiesOf("The deal was backed by the Swedish football federation and the Italian medicines agency. The French firm Lactis and the Italian agency declined.", "en");
    expect(byName(en, "Swedish football federation")?.type).toBe("ORG");
    expect(byName(en, "Italian medicines agency")?.type).toBe("ORG");
    expect(names(en)).not.toContain("French firm");
    expect(names(en)).not.toContain("Italian agency");
    const fr = entitiesOf("La fédération française de rugby a saisi l’agence américaine Moody’s, puis la police italienne.");
    expect(byName(fr, "fédération française de rugby")?.type).toBe("ORG");
    expect(byName(fr, "police italienne")?.type).toBe("ORG");
    expect(names(fr)).not.toContain("agence américaine");
  });

  it("reads a plural possessive and an organisation word inside a long name", () => {
    const ents = entitiesOf("The Nurses' Alliance met on Friday. So did the Farmers’ Union, with staff of the Grace Hopper Institute for Computing.", "en");
    expect(byName(ents, "Nurses' Alliance")?.type).toBe("ORG");
    expect(byName(ents, "Farmers’ Union")?.type).toBe("ORG");
    expect(byName(ents, "Grace Hopper Institute for Computing")?.type).toBe("ORG");
  });

  it("types news agencies and a body where several people work", () => {
    const ents = entitiesOf("PARIS, May 2 (Reuters) - Economists at Lombardia Capital said prices would rise, according to a memo seen by Reuters.", "en");
    expect(byName(ents, "Reuters")?.type).toBe("ORG");
    expect(byName(ents, "Lombardia Capital")?.type).toBe("ORG");
    const solo = entitiesOf("Analysts at Kestrel said the plan was late.", "en");
    expect(byName(solo, "Kestrel")?.type).toBe("ORG");
    expect(names(solo)).not.toContain("Analysts");
  });
});

describe("places", () => {
  it("reads the parts of the United Kingdom, towns named after a saint, and the town of a mayor", () => {
    const en = entitiesOf("The firm serves homes in northern England, Wales and Scotland. The mayor of Kalvos, Nikos Petridis, said no.", "en");
    expect(byName(en, "England")?.type).toBe("LOC");
    expect(byName(en, "Scotland")?.type).toBe("LOC");
    expect(byName(en, "Kalvos")?.type).toBe("LOC");
    expect(byName(en, "Nikos Petridis")?.roles.join(" ")).toContain("mayor of Kalvos");
    const fr = entitiesOf("Le maire de Saint-Aubrac a dénoncé la décision, tout comme la mairie de Sainte-Colombe.");
    expect(byName(fr, "Saint-Aubrac")?.type).toBe("LOC");
  });

  it("gives the second of two coordinated names the place preposition of the first", () => {
    const ents = entitiesOf("The Games will be held in Milan and Valtorta next winter.", "en");
    expect(byName(ents, "Valtorta")?.type).toBe("LOC");
    const fr = entitiesOf("Les urgences ferment à Limoges et Castelroux la nuit.");
    expect(byName(fr, "Castelroux")?.type).toBe("LOC");
  });

  it("keeps an elided particle inside a name, a person's with a first name, else a place's", () => {
    const ents = entitiesOf("Former president Valéry Giscard d’Estaing said little.", "en");
    expect(byName(ents, "Valéry Giscard d’Estaing")?.type).toBe("PER");
    const place = entitiesOf("The race moved to Turin and Borgo d’Ales last year.", "en");
    expect(byName(place, "Borgo d’Ales")?.type).toBe("LOC");
  });

  it("reads foreign organisation words at the head of a name", () => {
    const ents = entitiesOf("The supplier, Banca Ferraro, and its partner Grupo Alvarez denied it.", "en");
    expect(byName(ents, "Banca Ferraro")?.type).toBe("ORG");
    expect(byName(ents, "Grupo Alvarez")?.type).toBe("ORG");
  });
});

describe("roles of ordinary people and fuller titles", () => {
  it("reads an occupation in an apposition closed by a place or a time", () => {
    const en = entitiesOf("“We lost everything,” said Petros Alexiou, a 58-year-old fisherman from Limni, who stayed.", "en");
    expect(byName(en, "Petros Alexiou")?.roles.join(" ")).toContain("fisherman");
    const fr = entitiesOf("« On ne tiendra pas », a confié Odile Ferrand, vigneronne à Beaune depuis trente ans.");
    expect(byName(fr, "Odile Ferrand")?.roles.join(" ")).toContain("vigneronne");
  });

  it("does not drop a surname that is also a trade", () => {
    const ents = entitiesOf("Lucie Marin et Paul Boulanger ont signé. Marc Charpentier aussi.");
    expect(byName(ents, "Lucie Marin")?.type).toBe("PER");
    expect(byName(ents, "Paul Boulanger")?.type).toBe("PER");
    expect(byName(ents, "Marc Charpentier")?.type).toBe("PER");
  });

  it("keeps lower-case nouns before an English title", () => {
    const ents = entitiesOf("“It is under control,” coast guard spokeswoman Anna Pappas told reporters.", "en");
    expect(byName(ents, "Anna Pappas")?.roles.join(" ")).toContain("coast guard spokeswoman");
  });

  it("gives a title that opens a sentence to the person named at the start of the next", () => {
    const fr = entitiesOf("Le directeur de l’usine de Vitré a refusé de commenter. Paul Girard a seulement dit qu’il attendait.");
    expect(byName(fr, "Paul Girard")?.roles.join(" ")).toContain("directeur de l’usine de Vitré");
    const en = entitiesOf("The head of the Harbour Workers Union declined to comment. Mark Hill said later that talks had stalled.", "en");
    expect(byName(en, "Mark Hill")?.roles.join(" ")).toContain("head of the Harbour Workers Union");
  });

  it("does not give it across genders, nor to someone whose role is stated", () => {
    const other = entitiesOf("Le directeur a refusé de commenter. Marie Caron a répondu à sa place.");
    expect(byName(other, "Marie Caron")?.roles ?? []).toEqual([]);
    const stated = entitiesOf("La présidente du club a parlé. Julie Roy, une infirmière, a applaudi.");
    expect(byName(stated, "Julie Roy")?.roles.join(" ") ?? "").not.toContain("présidente");
  });

  it("knows more given names, with their gender", () => {
    const ents = entitiesOf("Oksana Bilyk et Kwame Mensah ont voté. Elle a ensuite quitté la salle.");
    expect(byName(ents, "Oksana Bilyk")?.type).toBe("PER");
    expect(byName(ents, "Kwame Mensah")?.type).toBe("PER");
    expect(byName(ents, "Oksana Bilyk")?.mentions.some((m) => m.kind === "pronoun")).toBe(true);
  });
});
