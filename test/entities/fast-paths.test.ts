import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/annotations.js";
import { normalizeName } from "../../src/stages/entities/gazetteer.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { isAcronym, wordFilter } from "../../src/stages/entities/scan.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const entitiesOf = (text: string, lang: "fr" | "en" = "fr"): Entity[] => runStages(text, lang, [segmentStage, entitiesStage]).layers.entities;
const names = (ents: Entity[]) => ents.map((e) => e.name);

// The shortcuts taken for speed must answer exactly as the general code they skip.
describe("fast paths agree with the general tests", () => {
  it("normalises plain ASCII and other names alike", () => {
    expect(normalizeName("Banque de France")).toBe("banque de france");
    expect(normalizeName("Côte d’Ivoire")).toBe("côte d'ivoire");
    expect(normalizeName("  New\u00a0 York ")).toBe("new york");
    expect(normalizeName("Saint  Louis")).toBe("saint louis");
    expect(normalizeName("Line\nBreak")).toBe("line break");
  });

  it("tells acronyms with and without the regex", () => {
    expect(isAcronym("NASA")).toBe(true);
    expect(isAcronym("G20")).toBe(false);
    expect(isAcronym("AT&T")).toBe(true);
    expect(isAcronym("ÉDF")).toBe(true);
    expect(isAcronym("Paris")).toBe(false);
    expect(isAcronym("A1B2C3D4E")).toBe(false);
  });

  it("never filters out a word of the set", () => {
    const set = new Set(["il", "elle", "ils", "он", "it's"]);
    const filter = wordFilter(set);
    for (const w of set) expect(filter.mayHave(w)).toBe(true);
    expect(filter.mayHave("bonjour")).toBe(false);
    expect(filter.mayHave("zz")).toBe(false);
  });
});

describe("lower-case forms found on demand", () => {
  it("drops a sentence-initial capital the text also writes in lower case, keeps a name it never does", () => {
    const ents = names(entitiesOf("Selon la police, le convoi est arrivé. Convoi ou non, Mme Brossard a parlé. Brossard a confirmé."));
    expect(ents).not.toContain("Convoi");
    expect(ents).toContain("Brossard");
  });

  it("matches a lower-case form only on a whole token, not inside a longer word", () => {
    // "grand" appears only inside "grandiose": "Grand" after a sentence start is not ordinary for that.
    const withPart = names(entitiesOf("Un projet grandiose. Grand Corps Malade a chanté hier soir, a déclaré Jeanne Roux."));
    const withWord = names(entitiesOf("Un projet grand. Grand Corps Malade a chanté hier soir, a déclaré Jeanne Roux."));
    expect(withPart).toContain("Grand Corps Malade");
    expect(withWord).not.toContain("Grand Corps Malade");
  });
});
