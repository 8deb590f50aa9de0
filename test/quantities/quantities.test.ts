import { describe, expect, it } from "vitest";
import { quantitiesStage } from "../../src/stages/quantities/index.js";
import { parseDigits, parseNumberWords } from "../../src/stages/quantities/parse-number.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { LOCALES } from "../../src/locales/index.js";
import { runStages } from "../helpers/document.js";

const quantitiesOf = (text: string, lang: "fr" | "en") =>
  runStages(text, lang, [segmentStage, quantitiesStage]).layers.quantities.map((q) => ({
    text: q.text,
    value: q.value,
    unit: q.unit,
    ...(q.approximate ? { approximate: true } : {}),
  }));

describe("French quantities", () => {
  it("reads space-separated thousands and the counted noun", () => {
    expect(quantitiesOf("Les forces comptent 85 000 soldats et 1 200 chars.", "fr")).toEqual([
      { text: "85 000", value: 85000, unit: "soldats" },
      { text: "1 200", value: 1200, unit: "chars" },
    ]);
  });

  it("reads decimal commas, multipliers and currencies", () => {
    expect(quantitiesOf("Le plan coûte 3,5 milliards d’euros et 200 000 €.", "fr")).toEqual([
      { text: "3,5 milliards d’euros", value: 3.5e9, unit: "EUR" },
      { text: "200 000 €", value: 200000, unit: "EUR" },
    ]);
  });

  it("reads abbreviated scales next to money, and leaves a metre alone", () => {
    expect(quantitiesOf("Le chantier a coûté 45 M€ et le stade 2,5 Md€ ; le mur mesure 3 m de haut.", "fr")).toEqual([
      { text: "45 M€", value: 45e6, unit: "EUR" },
      { text: "2,5 Md€", value: 2.5e9, unit: "EUR" },
      { text: "3", value: 3, unit: null },
    ]);
    expect(quantitiesOf("The club owes £4.2m, raised $20k and drew 1.5bn viewers; a 3m wall stands there.", "en")).toEqual([
      { text: "£4.2m", value: 4.2e6, unit: "GBP" },
      { text: "$20k", value: 20000, unit: "USD" },
      { text: "1.5bn", value: 1.5e9, unit: "viewers" },
      { text: "3", value: 3, unit: null },
    ]);
  });

  it("reads percentages", () => {
    expect(quantitiesOf("Le chômage a baissé de 0,4 % et de 2 pour cent.", "fr")).toEqual([
      { text: "0,4 %", value: 0.4, unit: "%" },
      { text: "2 pour cent", value: 2, unit: "%" },
    ]);
  });

  it("reads number words and approximate counts", () => {
    expect(quantitiesOf("Trois cents manifestants et des centaines de policiers, environ 40 blessés.", "fr")).toEqual([
      { text: "Trois cents", value: 300, unit: "manifestants" },
      { text: "centaines", value: 100, unit: "policiers", approximate: true },
      { text: "40", value: 40, unit: "blessés", approximate: true },
    ]);
  });

  it("leaves out ordinals, names with digits, lone articles and bare years", () => {
    expect(quantitiesOf("La 16e édition du G7 a eu lieu en 2019 avec un invité.", "fr")).toEqual([]);
  });
});

describe("English quantities", () => {
  it("reads comma thousands, decimal points, multipliers and currency signs", () => {
    expect(quantitiesOf("About 150,000 troops, 2.5 million people and $7.2 billion in aid.", "en")).toEqual([
      { text: "150,000", value: 150000, unit: "troops", approximate: true },
      { text: "2.5 million", value: 2.5e6, unit: "people" },
      { text: "$7.2 billion", value: 7.2e9, unit: "USD" },
    ]);
  });

  it("reads number words, dozens and percents", () => {
    expect(quantitiesOf("Dozens of protesters and forty-two officers; turnout rose 3 percent.", "en")).toEqual([
      { text: "Dozens", value: 12, unit: "protesters", approximate: true },
      { text: "forty-two", value: 42, unit: "officers" },
      { text: "3 percent", value: 3, unit: "%" },
    ]);
  });

  it("does not count the article a or model names", () => {
    expect(quantitiesOf("A senator flew an F-16 to a base.", "en")).toEqual([]);
  });
});

describe("number parsing", () => {
  it("follows the language's separators", () => {
    expect(parseDigits("127 000", ",")).toBe(127000);
    expect(parseDigits("127,000", ".")).toBe(127000);
    expect(parseDigits("7,2", ",")).toBe(7.2);
    expect(parseDigits("1.234.567", ",")).toBe(1234567);
    expect(parseDigits("12abc", ".")).toBeNull();
  });

  it("composes French and English number words", () => {
    const fr = LOCALES.fr.quantities.numberWords;
    expect(parseNumberWords(["quatre", "vingt", "dix"], fr)).toBe(90);
    expect(parseNumberWords(["deux", "mille", "trois", "cents"], fr)).toBe(2300);
    expect(parseNumberWords(["vingt", "et", "un"], fr)).toBe(21);
    expect(parseNumberWords(["three", "hundred", "twelve"], LOCALES.en.quantities.numberWords)).toBe(312);
    expect(parseNumberWords(["bonjour"], fr)).toBeNull();
  });
});
