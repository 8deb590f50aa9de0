// npm run eval: analyse every seed article and every fixture article of the project, check each against the
// contract, and print the scorer's figures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { analyze } from "../dist/index.js";
import { schemaErrors } from "./lib/schema.mjs";
import { ROOT, requireShared } from "./lib/shared.mjs";

const seedDir = requireShared("eval", "seed");
const scorer = requireShared("eval", "score.py");
const fixturesDir = join(ROOT, "test", "fixtures", "articles");
// Articles written with full seed-format gold by someone who did not look at veille's output, scored here
// only, never asserted in tests: "dev" ones are read when working on the rules, "held-out" ones are not,
// so that their figures say how the rules generalise.
const goldSets = [
  ["dev", join(ROOT, "test", "fixtures", "dev")],
  ["held-out", join(ROOT, "test", "fixtures", "heldout")],
];
const out = mkdtempSync(join(tmpdir(), "veille-eval-"));
let failed = false;

// The seed articles with their hand-made gold, then the project's own fixture articles, whose
// expected.json (quotes with one speaker each) is turned into the scorer's gold format.
const cases = [
  ...readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, input: join(seedDir, f), goldPath: join(seedDir, `${basename(f, ".txt")}.gold.json`) })),
  ...(existsSync(fixturesDir) ? readdirSync(fixturesDir).sort() : [])
    .filter((slug) => existsSync(join(fixturesDir, slug, "expected.json")))
    .map((slug) => ({ name: `fixture ${slug}`, input: join(fixturesDir, slug, "input.txt"), goldPath: fixtureGold(slug) })),
  ...goldSets.flatMap(([set, dir]) =>
    (existsSync(dir) ? readdirSync(dir).sort() : [])
      .filter((slug) => existsSync(join(dir, slug, "gold.json")))
      .map((slug) => ({ name: `${set} ${slug}`, input: join(dir, slug, "input.txt"), goldPath: join(dir, slug, "gold.json"), set })),
  ),
];
// Per set, per figure, the values over its articles, for a mean at the end.
const setFigures = new Map();

for (const { name, input, goldPath, set } of cases) {
  const id = set ? basename(dirname(goldPath)) : basename(goldPath, ".json");
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  // The publication date is the article's metadata, as a feed or a page would give it.
  const analysis = await analyze(readFileSync(input), { dct: gold.dct ?? null, id });
  const analysisPath = join(out, `${id}.analysis.json`);
  writeFileSync(analysisPath, JSON.stringify(analysis, null, 2));

  console.log(`== ${name} (${analysis.doc.lang}, dct ${analysis.doc.dct})`);
  const errors = schemaErrors(analysis);
  console.log(errors.length === 0 ? "schema: valid" : `schema: INVALID (${errors.length})\n  ${errors.slice(0, 5).join("\n  ")}`);
  if (errors.length > 0) failed = true;

  const goldNames = (gold.entities ?? []).flatMap((g) => [g.name, ...(g.surface ?? [])].map(norm));
  const extra = analysis.entities.filter(
    (e) => ![e.name, ...(e.aliases ?? [])].some((n) => goldNames.some((g) => g === norm(n) || (g.length > 3 && norm(n).includes(g)))),
  );
  if (goldNames.length > 0) {
    console.log(`entities not in the gold (${extra.length}): ${extra.map((e) => `${e.name} [${e.type}]`).join("; ") || "none"}`);
  }
  const scored = execFileSync("python3", [scorer, goldPath, analysisPath], { encoding: "utf8" }).trimEnd();
  console.log(scored);
  if (set) {
    const figures = setFigures.get(set) ?? new Map();
    setFigures.set(set, figures);
    for (const [, key, value] of scored.matchAll(/^(\w+): ([\d.]+)$/gm)) {
      if (key !== "spans_checked") figures.set(key, [...(figures.get(key) ?? []), Number(value)]);
    }
  }
}
for (const [set, figures] of setFigures) {
  console.log(`== ${set} articles: mean of each figure (articles scored)`);
  for (const [key, values] of figures) {
    console.log(`${key}: ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(3)} (${values.length})`);
  }
}
console.log(`analyses written to ${out}`);
if (failed) process.exit(1);

function fixtureGold(slug) {
  const expected = JSON.parse(readFileSync(join(fixturesDir, slug, "expected.json"), "utf8"));
  const gold = {
    ...expected,
    quotes: expected.quotes.map((q) => ({ ...q, speaker: Array.isArray(q.speaker) ? q.speaker : [q.speaker] })),
  };
  const path = join(out, `${slug}.gold.json`);
  writeFileSync(path, JSON.stringify(gold));
  return path;
}

function norm(s) {
  return s.normalize("NFC").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
