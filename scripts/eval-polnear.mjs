// npm run eval:polnear: scores veille's English quotes against PolNeAR attributions, the way the
// GenderGapTracker evaluation does (a gold attribution is found when one predicted quote covers
// more than 30 % — and, separately, 80 % — of its content characters).
// usage: node scripts/eval-polnear.mjs [--split dev|train] [--errors N] [--rules] [--limit N] [--only SUBSTRING]
//
// Choices, stated once:
// - One annotator per article: the first .ann file name in sort order.
// - Content characters are counted without whitespace, over all content fragments (Content and
//   Content2, discontinuous `start end;start end` spans alike).
// - A prediction is correct (precision) when it covers more than the threshold of some gold content.
// - Speaker accuracy, on found attributions that have a source: the predicted speaker's span
//   overlaps the gold source span, or one of its names (name, text, entity name, aliases, mention
//   texts) matches the source text leniently (score.py's alias_match: equal, or one contains the
//   other when longer than 3 characters).
// - Cue accuracy, on found attributions: the predicted cue span overlaps the gold cue span.
// - Speech-verb recall: attributions whose cue contains a form of one of SPEECH_VERBS below.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/index.js";
import { requireShared } from "./lib/shared.mjs";

/** Lemmas of verbs of speech: a cue with one of their forms makes a speech-verb attribution. */
const SPEECH_VERBS = new Set([
  "say", "tell", "add", "state", "announce", "declare", "claim", "insist", "deny", "explain", "note", "argue",
  "ask", "reply", "respond", "answer", "write", "tweet", "report", "warn", "suggest", "admit", "acknowledge",
  "confirm", "comment", "remark", "recall", "predict", "promise", "vow", "pledge", "assert", "contend",
  "maintain", "allege", "complain", "concede", "testify", "reiterate", "repeat", "stress", "emphasize",
  "emphasise", "mention", "reveal", "disclose", "urge", "caution", "boast", "joke", "quip", "shout", "yell",
  "exclaim", "whisper", "continue", "tout", "charge", "counter", "retort", "proclaim", "observe",
]);
const IRREGULAR = { said: "say", told: "tell", wrote: "write", written: "write" };

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const split = opt("--split", "dev");
const showErrors = Number(opt("--errors", "0"));
const limit = Number(opt("--limit", "0"));
const only = opt("--only", "");

const root = requireShared("eval", "external", "polnear");
const meta = new Map();
{
  const [header, ...rows] = readFileSync(join(root, "metadata.tsv"), "utf8").split("\n").filter(Boolean);
  const cols = header.split("\t");
  for (const row of rows) {
    const cells = row.split("\t");
    const rec = Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
    meta.set(`${rec.compartment}/${rec.filename}`, rec);
  }
}

const annFiles = readdirSync(join(root, split, "attributions")).filter((f) => f.endsWith(".ann")).sort();
let names = readdirSync(join(root, split, "text")).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
if (only) names = names.filter((n) => n.includes(only));
if (limit > 0) names = names.slice(0, limit);

const THRESHOLDS = [0.3, 0.8];
const stats = Object.fromEntries(THRESHOLDS.map((t) => [t, { gold: 0, found: 0, pred: 0, predOk: 0, spk: 0, spkOk: 0, cueOk: 0, speech: 0, speechFound: 0 }]));
const errors = [];
const byRule = {};
let chars = 0;
let ms = 0;

for (const name of names) {
  const ann = annFiles.find((f) => f.startsWith(`${name}_`) && /^_[0-9a-f]{4}\.ann$/.test(f.slice(name.length)));
  if (!ann) continue;
  const raw = readFileSync(join(root, split, "text", `${name}.txt`), "utf8");
  const cp = codePointIndex(raw);
  const gold = parseAnn(readFileSync(join(root, split, "attributions", ann), "utf8"), cp, raw);
  const dct = meta.get(`${split}/${name}`)?.publication_date ?? null;
  const started = performance.now();
  const analysis = await analyze(raw, { lang: "en", dct, id: name });
  ms += performance.now() - started;
  chars += raw.length;
  const toRaw = alignment(analysis.doc.text, raw);
  const ents = new Map(analysis.entities.map((e) => [e.id, e]));
  const preds = analysis.quotes.map((q) => ({
    q,
    start: toRaw(q.start),
    end: toRaw(q.end),
    cue: q.cue ? [toRaw(q.cue.start), toRaw(q.cue.end)] : null,
    spk: q.speaker && q.speaker.start !== undefined ? [toRaw(q.speaker.start), toRaw(q.speaker.end)] : null,
    names: speakerNames(q, ents),
  }));
  for (const t of THRESHOLDS) {
    const s = stats[t];
    const hit = new Set();
    for (const g of gold) {
      let best = null;
      let bestCov = 0;
      for (const p of preds) {
        const cov = coverage(raw, g.content, p.start, p.end);
        if (cov > bestCov) {
          bestCov = cov;
          best = p;
        }
      }
      const found = bestCov > t;
      const speech = isSpeechCue(g.cueText);
      s.gold++;
      if (speech) s.speech++;
      if (!found) {
        if (t === 0.3) errors.push({ name, kind: "miss", g, raw, speech, best, bestCov });
        continue;
      }
      hit.add(best);
      s.found++;
      if (speech) s.speechFound++;
      if (best.cue && g.cue.some(([a, b]) => best.cue[0] < b && a < best.cue[1])) s.cueOk++;
      if (g.source.length > 0) {
        s.spk++;
        const srcText = g.source.map(([a, b]) => raw.slice(a, b)).join(" ");
        const ok = (best.spk && g.source.some(([a, b]) => best.spk[0] < b && a < best.spk[1])) || best.names.some((n) => aliasMatch(n, srcText));
        if (t === 0.3) {
          const r = (byRule[best.q.ruleId] ??= [0, 0]);
          r[1]++;
          if (ok) r[0]++;
        }
        if (ok) s.spkOk++;
        else if (t === 0.3) errors.push({ name, kind: "speaker", g, raw, speech, best, srcText });
      }
    }
    for (const p of preds) {
      s.pred++;
      if (hit.has(p) || gold.some((g) => coverage(raw, g.content, p.start, p.end) > t)) s.predOk++;
      else if (t === 0.3) errors.push({ name, kind: "extra", p, raw });
    }
  }
}

const f = (x) => x.toFixed(3);
console.log(`PolNeAR ${split}: ${names.length} articles (first annotator file in sort order), ${(chars / 1e6).toFixed(2)} M chars, analysed at ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
for (const t of THRESHOLDS) {
  const s = stats[t];
  const p = s.predOk / (s.pred || 1);
  const r = s.found / (s.gold || 1);
  const pct = Math.round(t * 100);
  console.log(
    `@${pct}%: quotes P ${f(p)} R ${f(r)} F ${f(p + r ? (2 * p * r) / (p + r) : 0)} (gold ${s.gold}, found ${s.found}, predicted ${s.pred}, correct ${s.predOk})` +
      ` | speaker acc ${f(s.spkOk / (s.spk || 1))} (${s.spkOk}/${s.spk}) | cue acc ${f(s.cueOk / (s.found || 1))}` +
      ` | speech-verb recall ${f(s.speechFound / (s.speech || 1))} (${s.speechFound}/${s.speech})`,
  );
}

if (args.includes("--rules")) {
  console.log("speaker accuracy by rule @30%:");
  for (const [rule, [ok, n]] of Object.entries(byRule).sort((a, b) => b[1][1] - a[1][1])) console.log(`  ${rule.padEnd(36)} ${f(ok / n)} (${ok}/${n})`);
}

if (showErrors > 0) {
  const kinds = ["miss", "speaker", "extra"];
  for (const kind of kinds) {
    const list = errors.filter((e) => e.kind === kind && (kind !== "miss" || e.speech));
    console.log(`\n== ${kind}${kind === "miss" ? " (speech-verb cues)" : ""}: ${list.length}`);
    for (const e of sample(list, showErrors)) {
      if (kind === "extra") {
        console.log(`- ${e.name} [${e.p.q.ruleId}] ${e.p.q.speaker?.name ?? "—"}: ${clip(e.raw.slice(e.p.start, e.p.end))}`);
        continue;
      }
      const content = e.g.content.map(([a, b]) => e.raw.slice(a, b)).join(" … ");
      const src = e.g.source.map(([a, b]) => e.raw.slice(a, b)).join(" ");
      const sentence = context(e.raw, e.g);
      if (kind === "miss") {
        const got = e.best ? ` | best ${f(e.bestCov)} [${e.best.q.ruleId}] ${clip(e.raw.slice(e.best.start, e.best.end), 80)}` : "";
        console.log(`- ${e.name} src «${src}» cue «${e.g.cueText}»\n    ${clip(sentence, 300)}${got}`);
      } else {
        console.log(`- ${e.name} gold «${src}» got «${e.best.q.speaker?.name ?? "—"}${e.best.q.speaker?.text && e.best.q.speaker.text !== e.best.q.speaker.name ? ` [${e.best.q.speaker.text}]` : ""}» [${e.best.q.ruleId}] cue «${e.g.cueText}»\n    ${clip(sentence, 260)}`);
      }
    }
  }
}

/** Deterministic sample: every k-th item. */
function sample(list, n) {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]);
}

function clip(s, n = 200) {
  s = s.replace(/\s+/g, " ");
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The text from the attribution's first to last character, widened to whole lines. */
function context(raw, g) {
  const spans = [...g.content, ...g.source, ...g.cue];
  const a = Math.min(...spans.map((s) => s[0]));
  const b = Math.max(...spans.map((s) => s[1]));
  const ls = raw.lastIndexOf("\n", a) + 1;
  let le = raw.indexOf("\n", b);
  if (le < 0) le = raw.length;
  return raw.slice(ls, le);
}

/** Maps code-point offsets to UTF-16 indices (brat counts code points; JavaScript strings count UTF-16 units). */
function codePointIndex(text) {
  const map = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** The attributions of one brat file: content, source and cue spans (UTF-16), and the cue text. */
function parseAnn(text, cp, raw) {
  const spans = new Map();
  const out = [];
  for (const line of text.split("\n")) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) {
      spans.set(m[1], m[3].split(";").map((part) => part.trim().split(" ").map((n) => cp(Number(n)))));
      continue;
    }
    const e = /^E\d+\t(\S+)(.*)$/.exec(line);
    if (!e) continue;
    const parts = Object.create(null);
    for (const arg of e[2].trim().split(/\s+/).filter(Boolean)) {
      const [role, id] = arg.split(":");
      (parts[role.replace(/\d+$/, "")] ??= []).push(id);
    }
    if (!parts.Content || !parts.Cue) continue;
    const get = (ids) => (ids ?? []).flatMap((id) => spans.get(id) ?? []);
    const cue = get(parts.Cue);
    out.push({ content: get(parts.Content), source: get(parts.Source), cue, cueText: cue.map(([a, b]) => raw.slice(a, b)).join(" ") });
  }
  return out;
}

/** Fraction of the gold content's non-space characters that lie inside [start, end). */
function coverage(raw, content, start, end) {
  let total = 0;
  let inside = 0;
  for (const [a, b] of content) {
    for (let i = a; i < b; i++) {
      if (/\s/.test(raw[i])) continue;
      total++;
      if (i >= start && i < end) inside++;
    }
  }
  return total ? inside / total : 0;
}

/** Whether a cue holds a form of a speech verb. */
function isSpeechCue(cueText) {
  return cueText.toLowerCase().split(/[^a-z]+/).some((w) => lemmas(w).some((l) => SPEECH_VERBS.has(l)));
}

/** Possible lemmas of an English word form, by regular suffixes and a few irregular forms. */
function lemmas(w) {
  if (IRREGULAR[w]) return [IRREGULAR[w]];
  const out = [w];
  const strip = (suffix, add = "") => {
    if (w.endsWith(suffix) && w.length > suffix.length + 1) out.push(w.slice(0, -suffix.length) + add);
  };
  strip("s");
  strip("es");
  strip("ies", "y");
  strip("ied", "y");
  strip("ed");
  strip("d");
  strip("ing");
  strip("ing", "e");
  if (/([bdfgklmnprt])\1(?:ed|ing)$/.test(w)) out.push(w.replace(/([bdfgklmnprt])\1(?:ed|ing)$/, "$1"));
  return out;
}

function speakerNames(q, ents) {
  const sp = q.speaker;
  if (!sp) return [];
  const names = [sp.name, sp.text];
  const e = sp.entity ? ents.get(sp.entity) : undefined;
  if (e) names.push(e.name, ...(e.aliases ?? []), ...(e.mentions ?? []).map((m) => m.text));
  return names.filter(Boolean);
}

function norm(s) {
  return s.normalize("NFC").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/** score.py's alias_match: equal, or one contains the other when longer than 3 characters. */
function aliasMatch(pred, gold) {
  const p = norm(pred);
  const a = norm(gold);
  if (!p || !a) return false;
  return a === p || (a.length > 3 && p.includes(a)) || (p.length > 3 && a.includes(p));
}

/**
 * Maps offsets of the cleaned text back to the raw text: the clean stage only drops lines and
 * normalises characters, so a greedy walk that resynchronises on the next few characters aligns them.
 */
function alignment(clean, raw) {
  const map = new Int32Array(clean.length + 1);
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    if (raw[j] !== clean[i]) {
      const probe = clean.slice(i, i + 24);
      const at = probe.length >= 8 ? raw.indexOf(probe, j) : -1;
      if (at >= 0 && at - j < 20000) j = at;
      else if (/\s/.test(clean[i])) {
        while (j < raw.length && /\s/.test(raw[j]) && raw[j] !== clean[i]) j++;
      }
    }
    map[i] = Math.min(j, raw.length);
    j++;
  }
  map[clean.length] = Math.min(j, raw.length);
  return (i) => map[Math.max(0, Math.min(i, clean.length))];
}
