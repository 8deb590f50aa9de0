// npm run bench: throughput of the full analysis against a plain regex token pass over the same text,
// measured in the same run, plus peak memory. Targets: ≥ 2 MB/s and within 20× the token pass.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/index.js";
import { ROOT } from "./lib/shared.mjs";

const TARGET_MB = Number(process.env.BENCH_MB ?? 2);
const examples = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ name: f, text: readFileSync(join(ROOT, "examples", f), "utf8") }));

// The corpus: the example articles, repeated until it weighs TARGET_MB, analysed one article at a time.
const corpus = [];
let bytes = 0;
while (bytes < TARGET_MB * 1e6) {
  for (const e of examples) {
    corpus.push(e.text);
    bytes += Buffer.byteLength(e.text);
  }
}
const words = corpus.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

function tokenPass(texts) {
  let n = 0;
  for (const t of texts) for (const _ of t.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) n++;
  return n;
}

const stageMs = new Map();
const onStage = (name, ms) => stageMs.set(name, (stageMs.get(name) ?? 0) + ms);

async function analyzeAll(texts, options = {}) {
  for (const t of texts) await analyze(t, { lang: "auto", ...options });
}

// Warm up both, so that lexicon loading and JIT compile are not measured.
tokenPass(corpus.slice(0, 20));
await analyzeAll(corpus.slice(0, 20));

const t0 = performance.now();
tokenPass(corpus);
const baseline = (performance.now() - t0) / 1000;

const t1 = performance.now();
await analyzeAll(corpus);
const full = (performance.now() - t1) / 1000;

// A second pass with per-stage timing (the hook's own cost stays out of the figure above).
await analyzeAll(corpus, { onStage });

// One long document too: a stage that is quadratic in document length shows here, not above.
const long = examples.map((e) => e.text).join("\n\n").repeat(Math.ceil(400_000 / examples.reduce((n, e) => n + e.text.length, 0)));
const t2 = performance.now();
await analyze(long, { lang: "auto" });
const longSeconds = (performance.now() - t2) / 1000;

const mb = bytes / 1e6;
const row = (name, seconds) =>
  `${name.padEnd(22)} ${(mb / seconds).toFixed(2).padStart(8)} MB/s ${Math.round(words / seconds).toLocaleString("en").padStart(12)} words/s`;
console.log(`corpus: ${corpus.length} articles from ${examples.length} examples, ${mb.toFixed(2)} MB, ${words.toLocaleString("en")} words`);
console.log(row("regex token pass", baseline));
console.log(row("veille analyze", full));
console.log(`ratio (analyze / token pass time): ${(full / baseline).toFixed(1)}×`);
console.log(`one ${(Buffer.byteLength(long) / 1e6).toFixed(2)} MB document: ${(Buffer.byteLength(long) / 1e6 / longSeconds).toFixed(2)} MB/s`);
const totalMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
console.log("time by stage: " + [...stageMs].map(([name, ms]) => `${name} ${((100 * ms) / totalMs).toFixed(0)}%`).join(", "));
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
