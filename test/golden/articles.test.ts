import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { contractErrors, offsetErrors, SHARED } from "../helpers/contract.js";

const seedDir = resolve(SHARED, "eval", "seed");
const examplesDir = resolve(import.meta.dirname, "..", "..", "examples");
const articles = [
  ...readdirSync(seedDir).filter((f) => f.endsWith(".txt")).map((f) => join(seedDir, f)),
  ...readdirSync(examplesDir).filter((f) => f.endsWith(".txt")).map((f) => join(examplesDir, f)),
];

describe.each(articles)("%s", (path) => {
  it("validates against the contract and every span slices back to its text", async () => {
    const analysis = await analyze(readFileSync(path));
    expect(contractErrors(analysis)).toEqual([]);
    expect(offsetErrors(analysis as never)).toEqual([]);
    expect(analysis.sentences.length).toBeGreaterThan(5);
    const ids = [analysis.times, analysis.quantities, analysis.entities, analysis.quotes, analysis.events]
      .flat()
      .map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the seed article", () => {
  it("is read as French with the given publication date", async () => {
    const file = readdirSync(seedDir).find((f) => f.endsWith(".txt"))!;
    const analysis = await analyze(readFileSync(join(seedDir, file)), { dct: "2022-02-21" });
    expect(analysis.doc.lang).toBe("fr");
    expect(analysis.doc.dctSource).toBe("given");
    expect(analysis.quantities.map((q) => q.value)).toEqual(expect.arrayContaining([127000, 147000]));
  });
});
