// npm run eval: analyse every seed article, check it against the contract, and print the scorer's figures.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { analyze } from "../dist/index.js";
import { schemaErrors } from "./lib/schema.mjs";
import { requireShared } from "./lib/shared.mjs";

const seedDir = requireShared("eval", "seed");
const scorer = requireShared("eval", "score.py");
const out = mkdtempSync(join(tmpdir(), "veille-eval-"));
let failed = false;

for (const file of readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort()) {
  const id = basename(file, ".txt");
  const goldPath = join(seedDir, `${id}.gold.json`);
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  // The publication date is the article's metadata, as a feed or a page would give it.
  const analysis = await analyze(readFileSync(join(seedDir, file)), { dct: gold.dct ?? null, id });
  const analysisPath = join(out, `${id}.json`);
  writeFileSync(analysisPath, JSON.stringify(analysis, null, 2));

  console.log(`== ${file} (${analysis.doc.lang}, dct ${analysis.doc.dct})`);
  const errors = schemaErrors(analysis);
  console.log(errors.length === 0 ? "schema: valid" : `schema: INVALID (${errors.length})\n  ${errors.slice(0, 5).join("\n  ")}`);
  if (errors.length > 0) failed = true;

  const goldNames = (gold.entities ?? []).flatMap((g) => [g.name, ...(g.surface ?? [])].map(norm));
  const extra = analysis.entities.filter(
    (e) => ![e.name, ...(e.aliases ?? [])].some((n) => goldNames.some((g) => g === norm(n) || (g.length > 3 && norm(n).includes(g)))),
  );
  if (analysis.entities.length > 0) {
    console.log(`entities not in the gold (${extra.length}): ${extra.map((e) => `${e.name} [${e.type}]`).join("; ") || "none"}`);
  }
  console.log(execFileSync("python3", [scorer, goldPath, analysisPath], { encoding: "utf8" }).trimEnd());
}
console.log(`analyses written to ${out}`);
if (failed) process.exit(1);

function norm(s) {
  return s.normalize("NFC").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
