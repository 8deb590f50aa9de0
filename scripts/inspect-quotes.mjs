// Prints the quotes veille finds in each article given (or in every .txt of a folder), for error analysis.
// usage: node scripts/inspect-quotes.mjs FILE_OR_DIR... [--lang fr|en]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/index.js";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const lang = langAt >= 0 ? args.splice(langAt, 2)[1] : "auto";
const files = args.flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).filter((f) => f.endsWith(".txt")).sort().map((f) => join(a, f)) : [a]));
for (const file of files) {
  const analysis = await analyze(readFileSync(file), { lang });
  console.log(`== ${file} (${analysis.quotes.length} quotes)`);
  for (const q of analysis.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.text && q.speaker.text !== q.speaker.name ? ` [${q.speaker.text}]` : ""}${q.speaker.entity ? ` #${q.speaker.entity}` : ""}` : "—";
    const cue = q.cue ? `${q.cue.text} (${q.cue.lemma})` : "—";
    console.log(`  ${q.kind.padEnd(8)} ${who} | ${cue} | ${q.ruleId}\n           ${JSON.stringify(q.text.length > 160 ? `${q.text.slice(0, 157)}…` : q.text)}`);
  }
}
