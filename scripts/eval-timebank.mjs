// npm run eval:timebank: TIMEX3 detection and normalisation on the French TimeBank documents
// in ../shared, beside HeidelTime's published figures. `--errors` lists misses and false alarms.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/index.js";
import { requireShared } from "./lib/shared.mjs";

const dataDir = requireShared("eval", "external", "fr-timebank", "Data");
const showErrors = process.argv.includes("--errors");
const HEIDELTIME = { strictP: 86.81, strictR: 85.15, strictF: 85.99, relaxedF: 90.97, valueF: 73.63, typeF: 82.66 };

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

/** Text of <TEXT> without tags, and the gold TIMEX3 spans over it. */
function parseTml(xml) {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)[1];
  let text = "";
  const gold = [];
  const open = [];
  const tag = /<(\/?)(\w+)([^>]*?)(\/?)>|([^<]+)/g;
  let m;
  while ((m = tag.exec(body)) !== null) {
    if (m[5] !== undefined) {
      text += decode(m[5]);
      continue;
    }
    if (m[2] !== "TIMEX3" || m[4]) continue;
    if (!m[1]) {
      const attrs = Object.fromEntries([...m[3].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])]));
      open.push({ start: text.length, attrs });
    } else {
      const o = open.pop();
      gold.push({ start: o.start, end: text.length, type: o.attrs.type, value: o.attrs.value ?? "", mod: o.attrs.mod });
    }
  }
  for (const g of gold) g.text = text.slice(g.start, g.end);
  return { dct, text, gold };
}

// A decade is "196" in TIMEX3 of ISO-TimeML and "196X" in older corpora: the same value.
const normValue = (v) => String(v ?? "").replace(/^(\d{1,3})X+$/, "$1");
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const pct = (x) => (100 * x).toFixed(2).padStart(6);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

const files = readdirSync(dataDir).filter((f) => f.endsWith(".tml")).sort();
const totals = { gold: 0, pred: 0, strictP: 0, strictG: 0, relaxedP: 0, relaxedG: 0, valueP: 0, valueG: 0, typeP: 0, typeG: 0, typeOk: 0, typeSeen: 0 };
const byType = {};
const errors = [];
let words = 0;
const t0 = performance.now();

for (const file of files) {
  const { dct, text, gold: rawGold } = parseTml(readFileSync(join(dataDir, file), "utf8"));
  words += text.split(/\s+/).filter(Boolean).length;
  const analysis = await analyze(text, { dct, lang: "fr" });
  const clean = analysis.doc.text;
  // The clean stage may drop blank lines: find each gold surface again, in order.
  const gold = [];
  let cursor = 0;
  for (const g of rawGold) {
    const at = clean.indexOf(g.text, Math.max(0, cursor - 5));
    if (at < 0) {
      console.warn(`${file}: gold "${g.text}" not found in the clean text`);
      continue;
    }
    gold.push({ ...g, start: at, end: at + g.text.length });
    cursor = at + g.text.length;
  }
  const preds = analysis.times;
  totals.gold += gold.length;
  totals.pred += preds.length;

  for (const p of preds) {
    const over = gold.filter((g) => overlaps(g, p));
    if (over.some((g) => g.start === p.start && g.end === p.end)) totals.strictP++;
    if (over.length) totals.relaxedP++;
    if (over.some((g) => normValue(g.value) === normValue(p.value))) totals.valueP++;
    if (over.some((g) => g.type === p.type)) totals.typeP++;
    if (!over.length && showErrors) errors.push(`${file}  FALSE  "${p.text}" ${p.type} ${p.value} (${p.ruleId})`);
  }
  for (const g of gold) {
    const over = preds.filter((p) => overlaps(g, p));
    const t = (byType[g.type] ??= { n: 0, strict: 0, relaxed: 0, value: 0 });
    t.n++;
    const strict = over.some((p) => p.start === g.start && p.end === g.end);
    const valueOk = over.some((p) => normValue(g.value) === normValue(p.value));
    if (strict) (totals.strictG++, t.strict++);
    if (over.length) (totals.relaxedG++, t.relaxed++);
    if (valueOk) (totals.valueG++, t.value++);
    if (over.some((p) => p.type === g.type)) totals.typeG++;
    if (over.length) {
      totals.typeSeen++;
      const best = over.reduce((a, b) => (Math.min(a.end, g.end) - Math.max(a.start, g.start) >= Math.min(b.end, g.end) - Math.max(b.start, g.start) ? a : b));
      if (best.type === g.type) totals.typeOk++;
    }
    if (showErrors && (!strict || !valueOk)) {
      const got = over.map((p) => `"${p.text}" ${p.type} ${p.value}`).join(" + ") || "nothing";
      errors.push(`${file}  ${!over.length ? "MISS " : !strict ? "SPAN " : "VALUE"}  "${g.text}" ${g.type} ${g.value}  → ${got}`);
    }
  }
}
const ms = performance.now() - t0;

const row = (name, p, r, ht) => console.log(`${name.padEnd(22)} P ${pct(p)}  R ${pct(r)}  F ${pct(f1(p, r))}${ht ? `   HeidelTime ${ht}` : ""}`);
console.log(`French TimeBank: ${files.length} documents, ${totals.gold} gold TIMEX3, ${totals.pred} predicted (${words} words, ${Math.round(ms)} ms)`);
row("strict detection", totals.strictP / totals.pred, totals.strictG / totals.gold, `P ${HEIDELTIME.strictP} R ${HEIDELTIME.strictR} F ${HEIDELTIME.strictF}`);
row("relaxed detection", totals.relaxedP / totals.pred, totals.relaxedG / totals.gold, `F ${HEIDELTIME.relaxedF}`);
row("value", totals.valueP / totals.pred, totals.valueG / totals.gold, `F ${HEIDELTIME.valueF}`);
row("type", totals.typeP / totals.pred, totals.typeG / totals.gold, `F ${HEIDELTIME.typeF}`);
console.log(`type accuracy on detected gold: ${pct(totals.typeOk / Math.max(1, totals.typeSeen))} (${totals.typeOk}/${totals.typeSeen})`);
console.log("per gold type:      n   strict R  relaxed R   value R");
for (const [type, t] of Object.entries(byType).sort()) {
  console.log(`  ${type.padEnd(10)} ${String(t.n).padStart(6)}   ${pct(t.strict / t.n)}     ${pct(t.relaxed / t.n)}    ${pct(t.value / t.n)}`);
}
if (showErrors) console.log(`\n${errors.join("\n")}`);
