import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const entitiesOf = (text: string, lang: "fr" | "en" = "en"): Entity[] => runStages(text, lang, [segmentStage, entitiesStage]).layers.entities;
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const names = (ents: Entity[]) => ents.map((e) => e.name);

describe("pre-nominal titles (en)", () => {
  it("keeps a lower-case organisation word inside the title", () => {
    const ents = entitiesOf("The vote was delayed, said board chairwoman Ingrid Halvorsen, who led the meeting.");
    expect(byName(ents, "Ingrid Halvorsen")?.roles).toContain("board chairwoman");
  });

  it("peels a long capitalised title off the name", () => {
    const ents = entitiesOf("Acme Broadcasting Vice President and Managing Editor Carla Montoya declined to comment.");
    const carla = byName(ents, "Carla Montoya");
    expect(carla?.type).toBe("PER");
    expect(carla?.roles.join(" ")).toContain("Managing Editor");
    expect(names(ents).some((n) => n.includes("Editor"))).toBe(false);
  });

  it("reads abbreviated titles in the middle of a run", () => {
    const ents = entitiesOf("Montana Gov. Greg Lindqvist and Christian Rev. Amos Tuttle met on Friday.");
    expect(byName(ents, "Greg Lindqvist")?.roles.join(" ")).toContain("Gov.");
    expect(byName(ents, "Amos Tuttle")?.type).toBe("PER");
    expect(names(ents)).not.toContain("Christian");
  });

  it("gives the role of the title, not of the person it belongs to", () => {
    const ents = entitiesOf("A spokesman for Governor Helen Marsh denied the report on Tuesday.");
    const marsh = byName(ents, "Helen Marsh");
    expect(marsh?.roles).toEqual(["Governor"]);
  });

  it("keeps a name ending in a role word when it starts with a first name", () => {
    const ents = entitiesOf("The donor Paul Singer gave money. The Transit Director resigned.");
    expect(byName(ents, "Paul Singer")?.type).toBe("PER");
    expect(names(ents).some((n) => /Director/.test(n))).toBe(false);
  });
});

describe("titles from the issue's list (en)", () => {
  const text =
    "White House press secretary Karen Dunmore said Secretary of State Miles Ortega would meet Chilean Foreign Minister Rosa Quintero. " +
    "Ortega's aides agreed, Ms. Dunmore added, and Dr. Ravi Patel’s team confirmed it.";

  it("reads the three kinds of pre-nominal titles", () => {
    const ents = entitiesOf(text);
    expect(byName(ents, "Karen Dunmore")?.roles.join(" ")).toContain("White House press secretary");
    expect(byName(ents, "Miles Ortega")?.roles.join(" ")).toContain("Secretary of State");
    expect(byName(ents, "Rosa Quintero")?.roles.join(" ")).toContain("Chilean Foreign Minister");
    expect(byName(ents, "White House")?.type).toBe("ORG");
  });

  it("links possessives and honorifics to the full name", () => {
    const ents = entitiesOf(text);
    const ortega = byName(ents, "Miles Ortega")!;
    expect(ortega.mentions.map((m) => m.text)).toContain("Ortega");
    expect(byName(ents, "Karen Dunmore")?.mentions.filter((m) => m.kind === "name")).toHaveLength(2);
    expect(byName(ents, "Ravi Patel")?.type).toBe("PER");
    expect(names(ents).some((n) => /’s|'s/.test(n))).toBe(false);
  });
});

describe("types of names (en)", () => {
  it("types newspapers, companies and agencies as organisations", () => {
    const ents = entitiesOf(
      "According to the Harbor City Ledger, shares fell. Kestrel Airlines said flights resumed, the Associated Press reported.",
    );
    expect(byName(ents, "Harbor City Ledger")?.type).toBe("ORG");
    expect(byName(ents, "Kestrel Airlines")?.type).toBe("ORG");
    expect(byName(ents, "Associated Press")?.type).toBe("ORG");
  });

  it("types an unknown name after an organisation noun as an organisation", () => {
    const ents = entitiesOf("The militant group Ansar Dine claimed the attack. Tomas Berger, a farmer, said so.");
    expect(byName(ents, "Ansar Dine")?.type).toBe("ORG");
    expect(byName(ents, "Tomas Berger")?.type).toBe("PER");
  });

  it("types streets, wars and laws apart from people", () => {
    const ents = entitiesOf("Protesters marched down Elm Avenue against the Korean War memorial and the Clean Water Act.");
    expect(byName(ents, "Elm Avenue")?.type).toBe("LOC");
    expect(byName(ents, "Korean War")?.type).toBe("MISC");
    expect(byName(ents, "Clean Water Act")?.type).toBe("MISC");
  });

  it("knows US states, their abbreviations and towns from the city list", () => {
    const ents = entitiesOf("She grew up in Tulsa, Okla., moved to Vermont and now lives in Scranton.");
    expect(byName(ents, "Tulsa")?.type).toBe("LOC");
    expect(byName(ents, "Okla.")?.type).toBe("LOC");
    expect(byName(ents, "Vermont")?.type).toBe("LOC");
    expect(byName(ents, "Scranton")?.type).toBe("LOC");
  });

  it("does not let a town that is also a surname outweigh a person", () => {
    const ents = entitiesOf("Senator Amy Clinton spoke first. Clinton said the bill would pass. Clinton added nothing.");
    expect(byName(ents, "Amy Clinton")?.type).toBe("PER");
  });

  it("finds the town of a dateline, and not the agency placeholder", () => {
    const ents = entitiesOf("DUBUQUE, May 2, 2021 (Wire) — The Dubuque school board met on Monday.\n\nOfficials in Dubuque agreed.");
    const town = byName(ents, "Dubuque");
    expect(town?.type).toBe("LOC");
    expect(town?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(names(ents)).not.toContain("Wire");
  });

  it("does not link a state abbreviation to the agency in brackets", () => {
    const ents = entitiesOf("FRANKFORT, Ky. (AP) — Lawmakers met.");
    expect(byName(ents, "Ky.")?.type).toBe("LOC");
    expect(byName(ents, "AP")?.aliases ?? []).not.toContain("Ky.");
  });
});

describe("words that are not entities (en)", () => {
  it("leaves out party groups, contractions and shouted ordinary words", () => {
    const ents = entitiesOf("House Republicans and Ohio Democrats met. I’ve said so. FULL TEXT of the full text follows.");
    expect(names(ents).some((n) => /Republicans|Democrats|I’ve|FULL/.test(n))).toBe(false);
    expect(byName(ents, "Ohio")?.type).toBe("LOC");
  });

  it("keeps a party adjective out of a person's name but not out of an organisation's", () => {
    const ents = entitiesOf("Democratic Rep. Lola Fitch spoke at the Republican National Committee.");
    expect(byName(ents, "Lola Fitch")?.type).toBe("PER");
    expect(byName(ents, "Republican National Committee")?.type).toBe("ORG");
  });

  it("reads only confirmed names in a title-case headline", () => {
    const ents = entitiesOf("Mayor Wins Big Victory Over Rival Dana Whitfield\n\nDana Whitfield conceded on Tuesday, and Whitfield left.");
    expect(names(ents).some((n) => /Wins|Victory|Rival/.test(n))).toBe(false);
    expect(byName(ents, "Dana Whitfield")?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it("does not read a weekday with a possessive as a place", () => {
    const ents = entitiesOf("Voters in Tuesday’s primary chose a new mayor.");
    expect(names(ents)).not.toContain("Tuesday");
  });
});

describe("organisations and datelines (fr)", () => {
  it("reads a French organisation that opens with an adjective", () => {
    const ents = entitiesOf("Les agents du Grand Port maritime de Bordeaux sont en grève.", "fr");
    expect(byName(ents, "Grand Port maritime de Bordeaux")?.type).toBe("ORG");
  });

  it("finds the dateline town and drops a bracketed placeholder", () => {
    const ents = entitiesOf("ROUBAIX, 3 juin 2022 (Agence) – La mairie a fermé la piscine.", "fr");
    expect(byName(ents, "ROUBAIX")?.type).toBe("LOC");
    expect(names(ents)).not.toContain("Agence");
  });

  it("types a name after « le quotidien » as an organisation", () => {
    const ents = entitiesOf("Selon le quotidien Ouest Matin, Lucie Bernard a démissionné.", "fr");
    expect(byName(ents, "Ouest Matin")?.type).toBe("ORG");
    expect(byName(ents, "Lucie Bernard")?.type).toBe("PER");
  });
});
