// node scripts/eval-clean.mjs [--misses]: what the clean stage removes from real news text.
// Wikinews FR is clean text (nearly nothing should go); PolNeAR marks boilerplate as `Discard`
// spans, against which removal precision and recall are measured per line; the Zyte benchmark's
// extractor outputs are checked against their ground-truth bodies. Build first (npm run build).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CLEAN as EN } from "../dist/locales/en/clean.js";
import { CLEAN as FR } from "../dist/locales/fr/clean.js";
import { cleanText } from "../dist/stages/clean/index.js";
import { requireShared } from "./lib/shared.mjs";

const LEXICONS = [FR, EN];
const showMisses = process.argv.includes("--misses");
let chars = 0;
let ms = 0;

function clean(text) {
  const t0 = performance.now();
  const result = cleanText(text, LEXICONS);
  ms += performance.now() - t0;
  chars += text.length;
  return result;
}

// --- Wikinews FR: every removal is a candidate false positive.
const wikiDir = requireShared("eval", "external", "wikinews-fr");
let wikiLines = 0;
const wikiRemoved = [];
for (const file of readdirSync(wikiDir).filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join(wikiDir, file), "utf8");
  wikiLines += text.split("\n").filter((l) => l.trim()).length;
  for (const r of clean(text).removed) wikiRemoved.push(`${file}\t${r.reason}\t${r.text}`);
}
console.log(`== wikinews-fr: ${wikiRemoved.length} of ${wikiLines} lines removed`);
for (const line of wikiRemoved) console.log(`  ${line}`);

// --- PolNeAR train: a line is boilerplate when a Discard span covers most of it.
const polDir = requireShared("eval", "external", "polnear", "train");
let polLines = 0;
let tp = 0;
let fp = 0;
let gold = 0;
const falsePositives = [];
const misses = [];
const byReason = new Map();
for (const file of readdirSync(join(polDir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
  const id = file.slice(0, -4);
  const text = readFileSync(join(polDir, "text", file), "utf8");
  const discards = discardSpans(polDir, id, text);
  const result = clean(text).removed;
  for (const r of result) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const removed = result.map((r) => r.text.trim());
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    polLines++;
    const covered = discards.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, start + line.length) - Math.max(s, start)), 0);
    const isGold = covered >= 0.5 * line.trim().length;
    const at = removed.indexOf(line.trim());
    const isRemoved = at !== -1;
    if (isRemoved) removed.splice(at, 1);
    if (isGold) gold++;
    if (isRemoved && isGold) tp++;
    if (isRemoved && !isGold) {
      fp++;
      falsePositives.push(`${id}\t${line.trim().slice(0, 160)}`);
    }
    if (!isRemoved && isGold) misses.push(`${id}\t${line.trim().slice(0, 160)}`);
  }
}
console.log(`\n== polnear train: ${tp + fp} of ${polLines} lines removed; ${gold} lines Discard-marked`);
console.log(`precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / Math.max(1, gold)).toFixed(3)}  (tp ${tp}, fp ${fp})`);
console.log(`removed by reason: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(", ")}`);
// Each article was marked by one annotator, and many left labels ("FULL TEXT.", "___.", photo credits) unmarked:
// read this list rather than trusting the precision figure.
console.log(`removed, not marked Discard (${falsePositives.length}):`);
for (const line of falsePositives) console.log(`  ${line}`);
if (showMisses) {
  console.log(`marked Discard, kept (${misses.length}):`);
  for (const line of misses) console.log(`  ${line}`);
}
// --- Zyte article-extraction benchmark (English): other extractors' outputs still carry page furniture.
// A removed line that the ground-truth article body contains is a candidate false positive.
const bench = requireShared("bench", "article-extraction");
const truth = JSON.parse(readFileSync(join(bench, "ground-truth.json"), "utf8"));
const squash = (s) => s.replace(/\s+/g, " ").trim();
for (const system of ["trafilatura", "readability_js"]) {
  let outputs = JSON.parse(readFileSync(join(bench, "reference-outputs", `${system}.json`), "utf8"));
  outputs = outputs.output ?? outputs;
  let removedCount = 0;
  const inTruth = [];
  for (const [id, { articleBody }] of Object.entries(outputs)) {
    if (!articleBody?.trim() || !truth[id]) continue;
    const body = squash(truth[id].articleBody);
    for (const r of clean(articleBody).removed) {
      removedCount++;
      if (squash(r.text) && body.includes(squash(r.text))) inTruth.push(`${id.slice(0, 12)}\t${r.reason}\t${squash(r.text).slice(0, 140)}`);
    }
  }
  console.log(`\n== zyte ${system} output: ${removedCount} lines removed, ${inTruth.length} of them inside the ground-truth body`);
  for (const line of inTruth) console.log(`  ${line}`);
}

console.log(`\nclean stage speed: ${(chars / 1e6 / (ms / 1000)).toFixed(1)} M chars/s over ${(chars / 1e6).toFixed(1)} M chars`);

/** Discard spans of one article (first annotator's file), in UTF-16 offsets. */
function discardSpans(dir, id, text) {
  const annFile = readdirSync(join(dir, "attributions")).filter((f) => f.startsWith(`${id}_`)).sort()[0];
  if (!annFile) return [];
  const toUtf16 = codePointToUtf16(text);
  const spans = [];
  for (const record of readFileSync(join(dir, "attributions", annFile), "utf8").split(/\n(?=[TE#]\d*\t)/)) {
    const m = /^T\d+\tDiscard ([\d ;]+)\t/.exec(record);
    if (!m) continue;
    for (const part of m[1].split(";")) {
      const [s, e] = part.trim().split(" ").map(Number);
      spans.push([toUtf16(s), toUtf16(e)]);
    }
  }
  return spans;
}

function codePointToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}
