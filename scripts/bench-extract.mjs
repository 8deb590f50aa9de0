// npm run bench:extract: article-text and publication-date extraction against ../shared/bench, for veille
// and for @mozilla/readability alone (same DOM, same decoding), plus the stored reference outputs
// scored by the same code. Flags: --limit N (first N pages of each set), --only zyte|fr|dates, --worst N.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { extractArticle } from "../dist/ingest/html/index.js";
import { decodeHtml } from "../dist/ingest/html/decode-html.js";
import { parseDom } from "../dist/ingest/html/parse-dom.js";
import { requireShared } from "./lib/shared.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const LIMIT = Number(flag("limit", Infinity));
const ONLY = flag("only", "all");
const WORST = Number(flag("worst", 0));

/** The two systems measured in this run. */
const SYSTEMS = {
  veille: (bytes, url) => {
    const a = extractArticle(bytes, { url });
    return { text: a.text, date: a.published?.date ?? null };
  },
  readability: (bytes) => {
    const { document } = parseDom(decodeHtml(bytes).text);
    const r = new Readability(document).parse();
    return { text: r?.textContent ?? "", date: r?.publishedTime ?? null };
  },
};

function run(system, bytes, url) {
  try {
    return SYSTEMS[system](bytes, url);
  } catch (error) {
    return { text: "", date: null, error: error.message };
  }
}

// ---- Zyte measure: 4-gram shingle multisets of \w+ tokens, per-page normalised counts.
const WORD = /[\p{L}\p{N}_]+/gu; // Python's str \w: alphanumerics and the underscore
const tokens = (s) => s.match(WORD) ?? [];
function shingles(s) {
  const t = tokens(s);
  const m = new Map();
  for (let i = 0; i + 4 <= t.length; i++) {
    const k = `${t[i]}\u0001${t[i + 1]}\u0001${t[i + 2]}\u0001${t[i + 3]}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function pageCounts(truth, pred) {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, n] of a) {
    const p = b.get(k) ?? 0;
    tp += Math.min(n, p);
    fn += Math.max(0, n - p);
  }
  for (const [k, p] of b) fp += Math.max(0, p - (a.get(k) ?? 0));
  const s = tp + fp + fn;
  const exact = tokens(truth).join(" ") === tokens(pred).join(" ");
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s, exact } : { tp: 0, fp: 0, fn: 0, empty: true, exact };
}
function zyteScore(pages) {
  let ps = 0, np = 0, rs = 0, nr = 0, acc = 0;
  for (const c of pages) {
    if (c.exact) acc++;
    if (c.empty) {
      ps++, np++, rs++, nr++;
      continue;
    }
    if (c.tp + c.fp > 0) (ps += c.tp / (c.tp + c.fp)), np++;
    if (c.tp + c.fn > 0) (rs += c.tp / (c.tp + c.fn)), nr++;
  }
  const p = np ? ps / np : 0;
  const r = nr ? rs / nr : 0;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, p, r, acc: acc / pages.length };
}
function bootstrapF1(pages, n = 200) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const f = [];
  for (let i = 0; i < n; i++) f.push(zyteScore(pages.map(() => pages[Math.floor(rand() * pages.length)])).f1);
  const mean = f.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(f.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
}
const fmt = (x) => x.toFixed(3);

function benchZyte() {
  const dir = requireShared("bench", "article-extraction");
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const ids = Object.keys(truth).sort().slice(0, LIMIT);
  console.log(`\n== Zyte article-extraction (${ids.length} pages): F1 ± bootstrap sd, P, R, exact`);
  const rows = [];
  for (const system of Object.keys(SYSTEMS)) {
    const counts = [];
    let ms = 0;
    const errors = [];
    for (const id of ids) {
      const bytes = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`)));
      const t0 = performance.now();
      const out = run(system, bytes, truth[id].url);
      ms += performance.now() - t0;
      if (out.error) errors.push(`${id.slice(0, 8)}: ${out.error}`);
      counts.push({ id, ...pageCounts(truth[id].articleBody, out.text) });
    }
    rows.push({ name: system, counts, pps: ids.length / (ms / 1000), errors });
  }
  for (const file of readdirSync(join(dir, "reference-outputs")).sort()) {
    const json = JSON.parse(readFileSync(join(dir, "reference-outputs", file), "utf8"));
    const out = json.output ?? json;
    rows.push({ name: `ref ${file.replace(/\.json$/, "")}`, counts: ids.map((id) => pageCounts(truth[id].articleBody, out[id]?.articleBody ?? "")) });
  }
  for (const row of rows) {
    const s = zyteScore(row.counts);
    const speed = row.pps ? `  ${row.pps.toFixed(1)} pages/s` : "";
    console.log(`${row.name.padEnd(24)} F1 ${fmt(s.f1)} ± ${fmt(bootstrapF1(row.counts))}  P ${fmt(s.p)}  R ${fmt(s.r)}  exact ${fmt(s.acc)}${speed}`);
    for (const e of row.errors ?? []) console.log(`   error ${e}`);
  }
  if (WORST > 0) {
    const v = rows[0].counts.map((c) => ({ id: c.id, f: c.empty ? 1 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn), fp: c.fp, fn: c.fn }));
    v.sort((a, b) => a.f - b.f);
    for (const w of v.slice(0, WORST)) console.log(`   worst ${w.id.slice(0, 12)} f ${fmt(w.f)} fp ${fmt(w.fp)} fn ${fmt(w.fn)}`);
  }
}

function benchFrench() {
  const dir = requireShared("bench", "article-extraction", "trafilatura-eval-fr");
  const data = JSON.parse(readFileSync(join(dir, "evaldata-fr.json"), "utf8"));
  const urls = Object.keys(data).sort().slice(0, LIMIT);
  const squash = (s) => s.replace(/\s+/g, " ");
  console.log(`\n== trafilatura-eval-fr (${urls.length} pages): segment P/R/F1, must present, must-not absent`);
  for (const system of Object.keys(SYSTEMS)) {
    let tp = 0, fn = 0, fp = 0, tn = 0, pagesClean = 0;
    const misses = [];
    for (const url of urls) {
      const entry = data[url];
      const out = run(system, readFileSync(join(dir, "html", entry.file)), url);
      const text = squash(out.text);
      let dirty = false;
      for (const seg of entry.with) {
        if (text.includes(squash(seg))) tp++;
        else (fn++, misses.push(`missing  ${entry.file}: ${seg.slice(0, 60)}`));
      }
      for (const seg of entry.without) {
        if (text.includes(squash(seg))) (fp++, (dirty = true), misses.push(`present  ${entry.file}: ${seg.slice(0, 60)}`));
        else tn++;
      }
      if (!dirty) pagesClean++;
    }
    const p = tp / (tp + fp), r = tp / (tp + fn);
    console.log(`${system.padEnd(24)} F1 ${fmt((2 * p * r) / (p + r))}  P ${fmt(p)}  R ${fmt(r)}  must ${tp}/${tp + fn} (${fmt(tp / (tp + fn))})  must-not absent ${tn}/${tn + fp}, clean pages ${pagesClean}/${urls.length}`);
    if (system === "veille" && WORST > 0) for (const m of misses) console.log(`   ${m}`);
  }
}

/** The local day of a date string: its written YYYY-MM-DD when it has one, never shifted to UTC. */
function dayOf(value) {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
function dateScore(pairs) {
  let tp = 0, fp = 0, fn = 0;
  for (const [gold, got] of pairs) {
    if (!got) fn++;
    else if (got === gold) tp++;
    else fp++;
  }
  return { p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), f: (2 * tp) / (2 * tp + fp + fn), acc: tp / pairs.length };
}

function benchDates() {
  const dir = requireShared("bench", "date-extraction");
  const data = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const urls = Object.keys(data).sort().slice(0, LIMIT);
  console.log(`\n== date-extraction (${urls.length} pages): publication day P/R/F1 (htmldate's measure)`);
  const rows = [];
  for (const system of Object.keys(SYSTEMS)) {
    const pairs = [];
    const wrong = [];
    for (const url of urls) {
      const e = data[url];
      const out = run(system, gunzipSync(readFileSync(join(dir, "html", e.file))), url);
      const day = dayOf(out.date);
      pairs.push([e.date, day]);
      if (day !== e.date) wrong.push(`${e.date} got ${day ?? "none"} (${out.date ?? ""}) ${e.declared_lang ?? "-"} ${e.file}`);
    }
    rows.push({ name: system, pairs, wrong });
  }
  const libs = new Set(urls.flatMap((u) => Object.keys(data[u].js_outputs_2026_session ?? {})));
  for (const lib of libs) rows.push({ name: `ref ${lib}`, pairs: urls.map((u) => [data[u].date, dayOf(data[u].js_outputs_2026_session?.[lib])]) });
  for (const row of rows) {
    const s = dateScore(row.pairs);
    console.log(`${row.name.padEnd(24)} F1 ${fmt(s.f)}  P ${fmt(s.p)}  R ${fmt(s.r)}  acc ${fmt(s.acc)}`);
  }
  if (WORST > 0) for (const w of rows[0].wrong) console.log(`   ${w}`);
}

if (ONLY === "all" || ONLY === "zyte") benchZyte();
if (ONLY === "all" || ONLY === "fr") benchFrench();
if (ONLY === "all" || ONLY === "dates") benchDates();
