// npm run bench: throughput of the full analysis against a plain regex token pass over the same text,
// measured in the same run, plus time by stage and peak memory. Targets: ≥ 2 MB/s and within 20× the token pass.
// BENCH_MB sets the size of the corpus (default 2), BENCH_WARMUP_MB the warm-up (1.5), BENCH_PASSES the timed
// passes (3); BENCH_STAGES=0 skips the per-stage table.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, analyzeMany, DEFAULT_BATCH_SIZE } from "../dist/index.js";
import { ROOT, SHARED } from "./lib/shared.mjs";

const TARGET_MB = Number(process.env.BENCH_MB ?? 2);
const examples = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));

// The corpus: the example articles, repeated until it weighs TARGET_MB, analysed one article at a time.
const corpus = [];
let bytes = 0;
while (bytes < TARGET_MB * 1e6) {
  for (const text of examples) {
    corpus.push(text);
    bytes += Buffer.byteLength(text);
  }
}
const mb = bytes / 1e6;
const words = corpus.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

function tokenPass(texts) {
  let n = 0;
  for (const t of texts) for (const _ of t.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) n++;
  return n;
}

async function analyzeAll(texts, options = {}) {
  for (const t of texts) await analyze(t, { lang: "auto", ...options });
}

function seconds(start) {
  return (performance.now() - start) / 1000;
}

// Warm up both until V8 has compiled the hot paths (about a thousand short articles for the analysis,
// a few passes for the regex), so that lexicon loading and JIT tiers are not what is measured: the figures
// are steady-state throughput. Each is then the median of several timed passes over the whole corpus.
const WARMUP_MB = Number(process.env.BENCH_WARMUP_MB ?? 1.5);
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
for (let i = 0; i < 3; i++) tokenPass(corpus);
let warmed = 0;
for (let i = 0; warmed < WARMUP_MB * 1e6; i = (i + 1) % corpus.length) {
  await analyze(corpus[i], { lang: "auto" });
  warmed += Buffer.byteLength(corpus[i]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const baselineRuns = [];
for (let i = 0; i < 2 * PASSES + 1; i++) {
  const t = performance.now();
  tokenPass(corpus);
  baselineRuns.push(seconds(t));
}
const baseline = median(baselineRuns);

const fullRuns = [];
for (let i = 0; i < PASSES; i++) {
  const t = performance.now();
  await analyzeAll(corpus);
  fullRuns.push(seconds(t));
}
const full = median(fullRuns);

// The same corpus through analyzeMany, one batch at a time with each batch's results let go, as
// `veille analyze` reads many files (holding every result of a 2 MB corpus would time the garbage
// collector instead). Warmed up the same way first, since it runs the stages in another order.
async function analyzeBatches(texts) {
  for (let i = 0; i < texts.length; i += DEFAULT_BATCH_SIZE) await analyzeMany(texts.slice(i, i + DEFAULT_BATCH_SIZE), { lang: "auto" });
}
await analyzeBatches(corpus.slice(0, Math.ceil(corpus.length * Math.min(1, WARMUP_MB * 1e6 / bytes))));
const batchRuns = [];
for (let i = 0; i < PASSES; i++) {
  const t = performance.now();
  await analyzeBatches(corpus);
  batchRuns.push(seconds(t));
}
const batched = median(batchRuns);

// One long document too: a stage that is quadratic in document length shows here, not above.
const long = examples.join("\n\n").repeat(Math.ceil(400_000 / examples.join("\n\n").length));
let t = performance.now();
await analyze(long, { lang: "auto" });
const longSeconds = seconds(t);

const row = (name, s) =>
  `${name.padEnd(22)} ${(mb / s).toFixed(2).padStart(8)} MB/s ${Math.round(words / s).toLocaleString("en").padStart(12)} words/s`;
console.log(`corpus: ${corpus.length} articles from ${examples.length} examples, ${mb.toFixed(2)} MB, ${words.toLocaleString("en")} words`);
console.log(row("regex token pass", baseline));
console.log(row("veille analyze", full));
console.log(row(`analyzeMany (×${DEFAULT_BATCH_SIZE})`, batched));
console.log(`ratio (analyze / token pass time): ${(full / baseline).toFixed(1)}×, batched ${(batched / baseline).toFixed(1)}× (median of ${PASSES} passes after ${WARMUP_MB} MB of warm-up)`);
console.log(`one ${(Buffer.byteLength(long) / 1e6).toFixed(2)} MB document: ${(Buffer.byteLength(long) / 1e6 / longSeconds).toFixed(2)} MB/s`);

if (process.env.BENCH_STAGES !== "0") {
  // Time by stage, on the examples and on real French news when ../shared is there: MB of text per
  // second spent in each stage, and that time as a multiple of the token pass over the same text.
  const sets = [["examples", corpus]];
  const wikinews = join(SHARED, "eval", "external", "wikinews-fr");
  try {
    const articles = readdirSync(wikinews).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(wikinews, f), "utf8"));
    sets.push(["wikinews-fr", [...articles, ...articles, ...articles]]);
  } catch {
    // No shared folder: the examples alone.
  }
  for (const [name, texts] of sets) {
    const size = texts.reduce((n, x) => n + Buffer.byteLength(x), 0) / 1e6;
    t = performance.now();
    tokenPass(texts);
    const pass = seconds(t);
    const stageMs = new Map();
    await analyzeAll(texts, { onStage: (stage, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms) });
    console.log(`\ntime by stage on ${name} (${size.toFixed(2)} MB): MB/s, × token pass`);
    for (const [stage, ms] of stageMs) {
      console.log(`  ${stage.padEnd(11)} ${(size / (ms / 1000)).toFixed(1).padStart(8)} MB/s ${(ms / 1000 / pass).toFixed(2).padStart(7)}×`);
    }
  }
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
