import { describe, expect, it } from "vitest";
import { datelineStage, findDateline } from "../../src/stages/dateline/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { LOCALES } from "../../src/locales/index.js";
import { runStages } from "../helpers/document.js";

const dctOf = (text: string, lang: "fr" | "en") => {
  const doc = runStages(text, lang, [segmentStage, datelineStage], null);
  return [doc.dct, doc.dctSource];
};

describe("dateline", () => {
  it("reads a Wikinews-style French dateline under the title", () => {
    expect(dctOf("Un titre\n\n6 novembre 2012. – Le gouvernement a annoncé…", "fr")).toEqual(["2012-11-06", "inferred"]);
    expect(dctOf("Titre\n\n1er août 2012. - La course…", "fr")).toEqual(["2012-08-01", "inferred"]);
    expect(dctOf("Titre\n\n22 août 2012, Espagne. – Les pompiers…", "fr")).toEqual(["2012-08-22", "inferred"]);
  });

  it("reads agency datelines, taking the year from the text when it is missing", () => {
    expect(dctOf("PARIS, 3 mars (AFP) - Le budget 2021 a été voté.", "fr")).toEqual(["2021-03-03", "inferred"]);
    expect(dctOf("WASHINGTON, March 3, 2022 (Reuters) - The Senate voted.", "en")).toEqual(["2022-03-03", "inferred"]);
    expect(dctOf("Feb. 21, 2022 — The talks resumed.", "en")).toEqual(["2022-02-21", "inferred"]);
  });

  it("keeps a given date and ignores dates that are not datelines", () => {
    const doc = runStages("PARIS, 3 mars 2020 (AFP) - Texte.", "fr", [segmentStage, datelineStage], "2022-01-01");
    expect([doc.dct, doc.dctSource]).toEqual(["2022-01-01", "given"]);
    expect(dctOf("Le sommet du 24 février a été annulé. Rien d'autre.", "fr")).toEqual([null, "none"]);
    expect(findDateline("Le 31 février 2020 - rien", [{ start: 0, end: 25 }], LOCALES.fr.calendar, 2026)).toBeNull();
  });
});
