import { describe, expect, it } from "vitest";
import { timesOf } from "./helpers.js";

const DCT = "2022-02-21";

async function texts(text: string, lang: "fr" | "en"): Promise<string[]> {
  return (await timesOf(text, DCT, lang)).map((t) => t.text);
}

describe("negative cases", () => {
  it("does not take the English modal or names for months and weekdays", async () => {
    expect(await texts("Officials may reconsider, and Theresa May spoke to the Sunday Times.", "en")).toEqual([]);
    expect(await texts("Protesters march through the city; Black Friday sales began.", "en")).toEqual([]);
  });

  it("does not take counts or ordinals for years and dates", async () => {
    expect(await texts("Plus de 1 000 personnes et 2000 soldats étaient là; la 16e victoire.", "fr")).toEqual([]);
    expect(await texts("Some 2000 troops and 1,500 civilians; his 16th win.", "en")).toEqual([]);
  });

  it("does not take ages for durations", async () => {
    expect(await texts("Une fillette de 6 ans et un chauffeur de 38 ans ont été blessés. Paul, 45 ans, témoigne.", "fr")).toEqual([]);
    expect(await texts("A 45-year-old driver, aged 38, and a man 30 years old were hurt.", "en")).toEqual([]);
  });

  it("does not take capitalised names for months, nor the participle « été » for summer", async () => {
    expect(await texts("Le rover a atterri sur Mars. Il a été salué par le général Juin.", "fr")).toEqual([]);
    expect(await texts("Les Jeux d'hiver commencent.", "fr")).toEqual([]);
  });

  it("does not take « le quotidien » the newspaper for a frequency, nor « un jour » for a duration", async () => {
    expect(await texts("Selon le quotidien régional, un jour il reviendra.", "fr")).toEqual([]);
  });

  it("still finds the positive twin of each negative", async () => {
    expect(await texts("Il est parti le 16 mars. Les 2000 soldats sont partis en 2000.", "fr")).toEqual(["le 16 mars", "2000"]);
    expect(await texts("The vote is set for May 5.", "en")).toEqual(["May 5"]);
  });
});
