import type { Analysis } from "../output/analysis.js";

const WIDTH = 100;

/** A readable terminal summary of one analysis. */
export function formatText(analysis: Analysis): string {
  const { doc } = analysis;
  const lines: string[] = [];
  const title = analysis.sentences[0]?.text ?? "";
  lines.push(clip(doc.title ?? title, WIDTH));
  lines.push(
    `language ${doc.lang} · published ${doc.dct ?? "unknown"}${doc.dct ? ` (${doc.dctSource})` : ""} · ` +
      `${analysis.sentences.length} sentences · ${wordCount(doc.text)} words`,
  );
  for (const d of analysis.diagnostics ?? []) lines.push(`note: ${d.message}`);

  const entityName = new Map(analysis.entities.map((e) => [e.id, e.name]));
  section(lines, "Quotes", analysis.quotes.map((q) => {
    const who = q.speaker ? (q.speaker.entity ? entityName.get(q.speaker.entity) ?? q.speaker.name : q.speaker.name) : "(unattributed)";
    const cue = q.cue ? ` [${q.cue.text}]` : "";
    return `${who}${cue} (${q.kind}): «${clip(q.text, WIDTH - 20)}»`;
  }));
  section(lines, "Entities", analysis.entities.map((e) => {
    const roles = e.roles.length > 0 ? ` — ${e.roles.join("; ")}` : "";
    return `${e.type.padEnd(4)} ${e.name}${roles} (${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"})`;
  }));
  section(lines, "Events", analysis.events.map((e) => {
    const who = e.participants.map((p) => `${p.role}: ${p.name}`).join(", ");
    return `${e.type}${e.mode ? `/${e.mode}` : ""} ${e.modality} — “${e.trigger.text}”${who ? ` (${who})` : ""}`;
  }));
  const quoteText = new Map(analysis.quotes.map((q) => [q.id, q.text]));
  section(lines, "Contradictions", analysis.claims.map((c) =>
    `${c.relation}: «${clip(quoteText.get(c.a) ?? c.a, 40)}» ↔ «${clip(quoteText.get(c.b) ?? c.b, 40)}»${c.why ? ` — ${c.why}` : ""}`));
  section(lines, "Times", analysis.times.map((t) => `${t.text} → ${t.value} (${t.type})`));
  section(lines, "Quantities", analysis.quantities.map((q) =>
    `${q.text} → ${q.value}${q.unit ? ` ${q.unit}` : ""}${q.approximate ? " (approx.)" : ""}`));
  return lines.join("\n") + "\n";
}

function section(lines: string[], name: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push("", `${name} (${items.length})`);
  for (const item of items) lines.push(`  ${item}`);
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
