// npm run eval:plover: codes each sentence of the PLOVER gold standard records (English) and
// scores the first event of each against the gold: type accuracy on PLOVER's 16 top-level
// types, and source/target agreement. Records are coded with PLOVER 0.5b1, whose older
// names are mapped to the current codebook first, as the records' README says.
import { readFileSync } from "node:fs";
import { analyze } from "../dist/index.js";
import { requireShared } from "./lib/shared.mjs";

const file = requireShared("eval", "external", "plover-gsr", "PLOVER_GSR_CAMEO.json");
const OLD_NAMES = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", FIGHT: "ASSAULT", INVESTIGATE: "ACCUSE" };
const records = JSON.parse(readFileSync(file, "utf8")).filter((r) => r.event !== "DOCUMENT" && typeof r.text === "string");
const verbose = process.argv.includes("--verbose");

const norm = (s) => String(s ?? "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const agrees = (names, actors) =>
  Array.isArray(actors) &&
  actors.some((a) => names.some((n) => n.length > 1 && norm(a.actorText).length > 1 && (norm(a.actorText).includes(n) || n.includes(norm(a.actorText)))));

let typeOk = 0;
let sourceOk = 0;
let sourceN = 0;
let targetOk = 0;
let targetN = 0;
let none = 0;
const perType = new Map();
for (const r of records) {
  const gold = OLD_NAMES[r.event] ?? r.event;
  const analysis = await analyze(r.text, { lang: "en", dct: r.date ?? "2000-01-01" });
  const event = [...analysis.events].sort((a, b) => a.trigger.start - b.trigger.start)[0];
  const stats = perType.get(gold) ?? { n: 0, ok: 0 };
  stats.n++;
  perType.set(gold, stats);
  if (!event) none++;
  const ok = event?.type === gold;
  if (ok) {
    typeOk++;
    stats.ok++;
  }
  const names = (role) => (event?.participants ?? []).filter((p) => p.role === role || (role === "target" && p.role === "with")).map((p) => norm(p.name));
  if (Array.isArray(r.source) && r.source.length) {
    sourceN++;
    if (agrees(names("source"), r.source)) sourceOk++;
  }
  if (Array.isArray(r.target) && r.target.length) {
    targetN++;
    if (agrees(names("target"), r.target)) targetOk++;
  }
  if (verbose && !ok) console.log(`${gold} ≠ ${event?.type ?? "none"} (${event?.trigger.text ?? ""}): ${r.text}`);
}

const pct = (a, b) => (b ? (a / b).toFixed(3) : "n/a");
console.log(`records: ${records.length} (English, every other sentence of PLOVER GSR01)`);
console.log(`type_accuracy: ${pct(typeOk, records.length)}`);
console.log(`no_event: ${none}`);
console.log(`source_agreement: ${pct(sourceOk, sourceN)} (${sourceN} records with a source)`);
console.log(`target_agreement: ${pct(targetOk, targetN)} (${targetN} records with a target)`);
const macro = [...perType.values()].reduce((s, t) => s + t.ok / t.n, 0) / perType.size;
console.log(`macro_recall_by_type: ${macro.toFixed(3)}`);
for (const [type, t] of [...perType.entries()].sort()) console.log(`  ${type.padEnd(10)} ${t.ok}/${t.n}`);
