import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { entitiesStage, resolveNominal } from "../../src/stages/entities/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const analyse = (text: string, lang: "fr" | "en" = "fr") => runStages(text, lang, [segmentStage, entitiesStage]);
const entitiesOf = (text: string, lang: "fr" | "en" = "fr"): Entity[] => analyse(text, lang).layers.entities;
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const names = (ents: Entity[]) => ents.map((e) => e.name);

describe("French names that open with a capitalised article", () => {
  it("keeps the article inside a sentence and types the name as an organisation", () => {
    const ents = entitiesOf("Le facteur travaille pour La Poste depuis dix ans. Il lit Le Parisien chaque matin et déteste Les Échos.");
    expect(byName(ents, "La Poste")?.type).toBe("ORG");
    expect(byName(ents, "Le Parisien")?.type).toBe("ORG");
    expect(byName(ents, "Les Échos")?.type).toBe("ORG");
  });

  it("drops a lower-case or sentence-opening article, and keeps a known place a place", () => {
    const ents = entitiesOf("La Bolivie a voté. Les élus de la Bolivie ont applaudi. Il est parti vers La Rochelle-Nord.");
    expect(byName(ents, "Bolivie")?.type).toBe("LOC");
    expect(names(ents)).not.toContain("La Bolivie");
  });

  it("goes on with lower-case adjectives after a cue noun, but not after an acronym", () => {
    const ents = entitiesOf("Le mouvement des Jeunes républicains a défilé. Le syndicat FO estime que la réforme est injuste.");
    expect(byName(ents, "Jeunes républicains")?.type).toBe("ORG");
    expect(names(ents)).toContain("FO");
    expect(names(ents).some((n) => n.includes("estime"))).toBe(false);
  });
});

describe("places, programmes and acronyms", () => {
  it("reads hyphenated names with a lower-case particle as places", () => {
    const ents = entitiesOf("Le maire de Villiers-sur-Orge est venu de Saône-et-Loire, puis de Saint-Pierre-d’Oléron.");
    expect(byName(ents, "Villiers-sur-Orge")?.type).toBe("LOC");
    expect(byName(ents, "Saône-et-Loire")?.type).toBe("LOC");
    expect(byName(ents, "Saint-Pierre-d’Oléron")?.type).toBe("LOC");
  });

  it("does not take a hyphenated given name for a place", () => {
    const ents = entitiesOf("Jean-Baptiste Morvan a démissionné, a déclaré Anne-Sophie Kerlan.");
    expect(byName(ents, "Jean-Baptiste Morvan")?.type).toBe("PER");
    expect(byName(ents, "Anne-Sophie Kerlan")?.type).toBe("PER");
  });

  it("types a name after a launcher, a probe or a programme noun as MISC", () => {
    const ents = entitiesOf("La sonde Vénusia a décollé à bord du lanceur Hermion. L'opération Tempête a suivi.");
    expect(byName(ents, "Vénusia")?.type).toBe("MISC");
    expect(byName(ents, "Hermion")?.type).toBe("MISC");
    expect(byName(ents, "Tempête")?.type).toBe("MISC");
  });

  it("keeps an acronym apart from the complement after it", () => {
    const ents = entitiesOf("Le réseau GPS des États-Unis et le système BEIDOU de la Chine sont concurrents.");
    expect(byName(ents, "GPS")?.type).toBe("ORG");
    expect(byName(ents, "États-Unis")?.type).toBe("LOC");
    expect(names(ents)).not.toContain("GPS des États-Unis");
    expect(byName(ents, "BEIDOU")).toBeDefined();
  });

  it("reads a long upper-case word in running text as a name, but not in a shouted line", () => {
    expect(names(entitiesOf("Il travaille pour INTERPOL depuis mars."))).toContain("INTERPOL");
    expect(names(entitiesOf("ATTENTION EXCLUSIVE\n\nIl pleut."))).not.toContain("EXCLUSIVE");
  });
});

describe("multi-word names that are not people", () => {
  it("types a name holding a place or an acronym as an organisation", () => {
    const ents = entitiesOf("Il a été interviewé par Nord Belgique puis par Radio Kivu FM, et a écrit à Kervella Télécom.");
    expect(byName(ents, "Nord Belgique")?.type).toBe("ORG");
    expect(byName(ents, "Kervella Télécom")?.type).toBe("ORG");
  });

  it("does not type a French name with an inner particle as a person without a first name", () => {
    const ents = entitiesOf("La Fabrique de Bordeaux a fermé. Le Comptoir du Rhin aussi. Yannick de Kerros a protesté.");
    expect(byName(ents, "Fabrique de Bordeaux")?.type ?? "none").not.toBe("PER");
    expect(byName(ents, "Comptoir du Rhin")?.type ?? "none").not.toBe("PER");
    expect(byName(ents, "Yannick de Kerros")?.type).toBe("PER");
  });

  it("keeps people with a particle as people", () => {
    const ents = entitiesOf("Selon Gwenaël de Quélen, la course continue, a dit Loïc Le Goff.");
    expect(byName(ents, "Gwenaël de Quélen")?.type).toBe("PER");
    expect(byName(ents, "Loïc Le Goff")?.type).toBe("PER");
  });

  it("splits an agency acronym or a place from the person named after it", () => {
    const ents = entitiesOf("(AFP) Jean-Luc Morand a parlé. Le préfet de Bretagne Pierre Gaudin a répondu.");
    expect(byName(ents, "Jean-Luc Morand")?.type).toBe("PER");
    expect(byName(ents, "Pierre Gaudin")?.type).toBe("PER");
    expect(names(ents)).not.toContain("AFP Jean-Luc Morand");
  });

  it("does not read a town that is also a surname as a place once the full name is given", () => {
    const ents = entitiesOf("Senator Barack Obama spoke in Ohio. Later, Obama said he would run.", "en");
    expect(byName(ents, "Obama")?.type).toBe("PER");
  });
});

describe("nominal coreference", () => {
  it("links an organisation noun to the last organisation named with that kind of head", () => {
    const text =
      "Le syndicat Solidaires-Rail dénonce la fermeture. Selon le syndicat, douze guichets sont menacés. " +
      "La centrale syndicale UNSA appelle à la grève. La centrale syndicale réclame un geste. Le syndicat des pilotes se tait.";
    const doc = analyse(text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(resolveNominal(doc, at("le syndicat,"), at("le syndicat,") + "le syndicat".length)?.name).toBe("Solidaires-Rail");
    const central = at("La centrale syndicale réclame");
    expect(resolveNominal(doc, central, central + "La centrale syndicale".length)?.name).toBe("UNSA");
    const pilots = at("Le syndicat des pilotes");
    expect(resolveNominal(doc, pilots, pilots + "Le syndicat".length)).toBeNull();
  });

  it("does not link a nominal to an organisation of another kind", () => {
    const text = "Le quotidien Ouest-Horizon a publié l’enquête. Selon le syndicat, rien n’a changé.";
    const doc = analyse(text);
    const s = text.indexOf("le syndicat");
    expect(resolveNominal(doc, s, s + 11)).toBeNull();
  });

  it("links a role noun to the person whose role holds it, in French and in English", () => {
    const fr = "Élodie Marchal, universitaire à Nantes, a témoigné. L’universitaire estime que rien n’est joué.";
    const frDoc = analyse(fr);
    const u = fr.indexOf("universitaire estime");
    expect(resolveNominal(frDoc, u - 2, u + "universitaire".length)?.name).toBe("Élodie Marchal");

    const en = "Sen. Harold Whitcombe criticized Brisket Foods Inc. on Tuesday. The company said it would appeal. The senator was unmoved.";
    const enDoc = analyse(en, "en");
    const c = en.indexOf("The company");
    expect(resolveNominal(enDoc, c, c + 11)?.name).toBe("Brisket Foods Inc.");
    const s = en.indexOf("The senator");
    expect(resolveNominal(enDoc, s, s + 11)?.name).toBe("Harold Whitcombe");
  });

  it("links no nominal when no organisation of that kind was named", () => {
    const en = "Harold Whitcombe spoke on Tuesday. The company said it would appeal.";
    const doc = analyse(en, "en");
    const c = en.indexOf("The company");
    expect(resolveNominal(doc, c, c + 11)).toBeNull();
  });
});
