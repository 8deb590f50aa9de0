import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const entitiesOf = (text: string, lang: "fr" | "en" = "fr"): Entity[] => runStages(text, lang, [segmentStage, entitiesStage]).layers.entities;
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const rolesOf = (ents: Entity[], name: string) => byName(ents, name)?.roles.join(" | ") ?? "";
const names = (ents: Entity[]) => ents.map((e) => e.name);

describe("bodies named by lower-case common nouns", () => {
  it("reads a French institution noun with its adjective after a definite article", () => {
    const ents = entitiesOf("Le tribunal correctionnel a condamné l’élu. Selon le conseil départemental, la route rouvrira.");
    expect(byName(ents, "tribunal correctionnel")?.type).toBe("ORG");
    expect(byName(ents, "conseil départemental")?.type).toBe("ORG");
  });

  it("leaves an indefinite or bare institution noun alone", () => {
    const ents = entitiesOf("Un tribunal administratif pourrait trancher. Le tribunal a renvoyé l’affaire.");
    expect(names(ents)).not.toContain("tribunal administratif");
    expect(names(ents)).not.toContain("tribunal");
  });

  it("reads English institutions whose qualifier comes first, after “the” only", () => {
    const ents = entitiesOf("The coast guard rescued six people, and the appeals court heard the case. A district court had ruled.", "en");
    expect(byName(ents, "coast guard")?.type).toBe("ORG");
    expect(byName(ents, "appeals court")?.type).toBe("ORG");
    expect(names(ents)).not.toContain("district court");
  });

  it("makes one body of a noun, its adjective and its seat, and keeps the seat a place", () => {
    const ents = entitiesOf("Le parquet de Lyon a ouvert une enquête. Le conseil régional de Normandie a voté. La préfecture du Finistère a réagi.");
    expect(byName(ents, "parquet de Lyon")?.type).toBe("ORG");
    expect(byName(ents, "conseil régional de Normandie")?.type).toBe("ORG");
    expect(byName(ents, "préfecture du Finistère")?.type).toBe("ORG");
    expect(byName(ents, "Lyon")?.type).toBe("LOC");
  });

  it("lets an institution acronym take its seat", () => {
    const ents = entitiesOf("Le blessé a été admis au CHU de Nantes dans la nuit.");
    expect(byName(ents, "CHU de Nantes")?.type).toBe("ORG");
  });

  it("reads “l’État” as the state, but not the domain of a title", () => {
    expect(byName(entitiesOf("Les communes accusent l’État de se désengager."), "État")?.type).toBe("ORG");
    const titled = entitiesOf("Le secrétaire d’État aux Transports, Jean Roux, a parlé.");
    expect(names(titled)).not.toContain("État");
    expect(byName(titled, "Jean Roux")?.type).toBe("PER");
  });
});

describe("organisation and place shapes", () => {
  it("types a capitalised head after the institution's name with an adjective in -ois", () => {
    const ents = entitiesOf("Un audit commandé par la Région lilloise a tout révélé.");
    expect(byName(ents, "Région lilloise")?.type).toBe("ORG");
  });

  it("reads trade unions written in capitals after a title as bodies, and the title with them", () => {
    const ents = entitiesOf("« Nous tiendrons », a lancé Paul Girard, délégué UNSA, devant l’usine. L’UNSA appelle à la grève.");
    expect(byName(ents, "UNSA")?.type).toBe("ORG");
    expect(rolesOf(ents, "Paul Girard")).toContain("délégué UNSA");
  });

  it("reads company and club suffixes as organisations", () => {
    expect(byName(entitiesOf("Le fonds américain Bluewater Partners a racheté l’usine."), "Bluewater Partners")?.type).toBe("ORG");
    const en = entitiesOf("Redhill Holdings bought the club after a defeat by Carrow United on Sunday.", "en");
    expect(byName(en, "Redhill Holdings")?.type).toBe("ORG");
    expect(byName(en, "Carrow United")?.type).toBe("ORG");
  });

  it("reads English street and area heads, and “the village of”, as places", () => {
    const ents = entitiesOf("Fans marched down Harlow Crescent toward the Koru Triangle, near the village of Tamsala.", "en");
    expect(byName(ents, "Harlow Crescent")?.type).toBe("LOC");
    expect(byName(ents, "Koru Triangle")?.type).toBe("LOC");
    expect(byName(ents, "Tamsala")?.type).toBe("LOC");
  });

  it("does not take the friend of someone for a place", () => {
    const ents = entitiesOf("A close friend of Marta Diaz said she was safe.", "en");
    expect(byName(ents, "Marta Diaz")?.type).toBe("PER");
  });

  it("reads French departments, in brackets after a town or after a prefect", () => {
    const ents = entitiesOf("L’usine de Sablé-sur-Sarthe (Sarthe) ferme. Le préfet de la Somme, Luc Martin, a réagi.");
    expect(byName(ents, "Sarthe")?.type).toBe("LOC");
    expect(byName(ents, "Somme")?.type).toBe("LOC");
    expect(rolesOf(ents, "Luc Martin")).toContain("préfet de la Somme");
  });

  it("reads a name after a cue noun and its complement as an organisation", () => {
    const ents = entitiesOf("Les salariés du groupe de cliniques Vitalis manifestent. Vitalis dément.");
    expect(byName(ents, "Vitalis")?.type).toBe("ORG");
    const person = entitiesOf("Le groupe de travail de Lucie Marin a rendu ses conclusions.");
    expect(byName(person, "Lucie Marin")?.type).toBe("PER");
  });

  it("gives no title to an unknown word that ends the complement of that title", () => {
    const ents = entitiesOf("Marc Bardet, ancien administrateur du groupe de presse Altavia, est jugé. Altavia a porté plainte.");
    expect(byName(ents, "Altavia")?.type).not.toBe("PER");
    expect(rolesOf(ents, "Marc Bardet")).toContain("ancien administrateur");
  });

  it("keeps a town in a company's name a place of its own, and the brand alone the company", () => {
    const ents = entitiesOf("Le site Nordex de Rouen est bloqué. Nordex a promis des reclassements. La ville de Rouen s’inquiète.");
    expect(byName(ents, "Nordex de Rouen")?.aliases).toContain("Nordex");
    expect(byName(ents, "Rouen")?.type).toBe("LOC");
    const person = entitiesOf("Yann de Kervel a signé. Kervel a expliqué son choix.");
    expect(byName(person, "Yann de Kervel")?.aliases).toContain("Kervel");
  });
});

describe("names that end in a place word or an adverb", () => {
  it("reads an unknown “X City” or “X Town” as a club, and as a town after a place cue", () => {
    const ents = entitiesOf("After a defeat by Harwick City, fans blamed the board. She grew up in Dunmore Town.", "en");
    expect(byName(ents, "Harwick City")?.type).toBe("ORG");
    expect(byName(ents, "Dunmore Town")?.type).toBe("LOC");
    expect(byName(entitiesOf("He flew to Salt Lake City on Monday.", "en"), "Salt Lake City")?.type).toBe("LOC");
  });

  it("reads a name after a word of travel and “to” as a place, not after other words", () => {
    const ents = entitiesOf("Saturday's trip to Kelvedon looks hard. She wrote a letter to Marsh last year.", "en");
    expect(byName(ents, "Kelvedon")?.type).toBe("LOC");
    expect(byName(ents, "Marsh")?.type).not.toBe("LOC");
  });

  it("keeps a capitalised adverb that closes a name in running text, not at a sentence start", () => {
    const ents = entitiesOf("Son groupe, Nantes Maintenant, a voté contre. Maintenant, ils quittent la salle.");
    expect(byName(ents, "Nantes Maintenant")?.type).toBe("ORG");
    expect(names(ents)).not.toContain("Maintenant");
  });
});

describe("role phrases around a name", () => {
  it("takes a role joined to another by “et” in one apposition", () => {
    const ents = entitiesOf("Pour Marie Dubois, trésorière de l’association et élue SUD, ce refus est grave.");
    expect(rolesOf(ents, "Marie Dubois")).toContain("trésorière de l’association");
  });

  it("takes the role before a courtesy title", () => {
    const ents = entitiesOf("L’avocate de la partie civile, Me Sophie Brunet, a plaidé longuement.");
    expect(rolesOf(ents, "Sophie Brunet")).toContain("avocate de la partie civile");
  });

  it("reads occupations as roles", () => {
    const ents = entitiesOf("Selon l’infectiologue Anne Roy, le pic est passé. Une opératrice de l’atelier, Lina, témoigne.");
    expect(rolesOf(ents, "Anne Roy")).toContain("infectiologue");
    expect(rolesOf(ents, "Lina")).toContain("opératrice");
  });

  it("takes a lower-case title before a comma and a rank, but not another name nor an object", () => {
    const ents = entitiesOf("The police spokesman, Lt. Peter Obi, said two men were held.", "en");
    expect(rolesOf(ents, "Peter Obi")).toContain("police spokesman");
    const other = entitiesOf("Gov. Ann Rivers, Sen. Tom Hale and others met. In a rebuke of the governor, Sen. Mark Ellison spoke.", "en");
    expect(rolesOf(other, "Tom Hale")).not.toContain("Rivers");
    expect(rolesOf(other, "Mark Ellison")).not.toContain("governor");
  });

  it("keeps portfolio and compound modifiers of English titles", () => {
    const ents = entitiesOf("The information minister, John Dak, denied it. First-team coach Mark Lee will step in, and assistant first-team coach Tim Ode too.", "en");
    expect(rolesOf(ents, "John Dak")).toContain("information minister");
    expect(rolesOf(ents, "Tim Ode")).toContain("first-team coach");
  });
});
