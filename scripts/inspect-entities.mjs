// Prints the entities veille finds in each article given (or in every .txt of a folder), for error analysis:
// type, name, roles, then each mention's kind and text.
// usage: node scripts/inspect-entities.mjs FILE_OR_DIR... [--lang fr|en] [--limit N] [--dist DIR]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const lang = option("--lang", "auto");
const limit = Number(option("--limit", "Infinity"));
// --dist lets a build made elsewhere (tsc --outDir) be inspected without touching dist/.
const dist = option("--dist", new URL("../dist", import.meta.url).pathname);
const { analyzeDocument } = await import(pathToFileURL(join(resolve(dist), "index.js")).href);

const files = args
  .flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).filter((f) => f.endsWith(".txt")).sort().map((f) => join(a, f)) : [a]))
  .slice(0, limit);
const kinds = (e) => {
  const count = {};
  for (const m of e.mentions) count[m.kind] = (count[m.kind] ?? 0) + 1;
  return Object.entries(count).map(([k, n]) => `${k}×${n}`).join(" ");
};
for (const file of files) {
  const doc = await analyzeDocument(readFileSync(file), { lang });
  const entities = doc.layers.entities;
  console.log(`== ${file} (${doc.lang}, ${entities.length} entities)`);
  for (const e of entities) {
    const roles = e.roles.length ? ` [${e.roles.join(" | ")}]` : "";
    const aliases = e.aliases.length ? ` aka ${e.aliases.map((a) => JSON.stringify(a)).join(", ")}` : "";
    console.log(`  ${e.type.padEnd(4)} ${e.name}${aliases}${roles}  (${kinds(e)}; ${e.ruleId ?? "—"})`);
    const others = e.mentions.filter((m) => m.kind !== "name");
    if (others.length) console.log(`         ${others.map((m) => `${m.kind}:${JSON.stringify(m.text)}@${m.start}`).join("  ")}`);
  }
}
