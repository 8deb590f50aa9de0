import type { HtmlDocument, HtmlElement } from "./parse-dom.js";
import { parseDate, type PageDate } from "./parse-date.js";

/** A publication date and the kind of evidence it came from, most trusted first. */
export interface FoundDate {
  date: string;
  source: "meta" | "json-ld" | "microdata" | "time" | "dublin-core" | "dateline" | "url" | "title" | "text" | "modified";
}

/** Meta names and properties that state the publication time, as publishers and CMSs spell them. */
const PUBLISHED_META = new Set([
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time",
  "article.published", "og:pubdate", "pubdate", "publishdate", "publish-date", "publish_date", "published-date",
  "published_date", "date_published", "datepublished", "article_date_original", "sailthru.date", "parsely-pub-date",
  "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "citation_online_date",
  "originalpublicationdate", "rnews:datepublished", "article.created", "dc.date.issued", "dcterms.issued",
  "original-publish-date", "bt:pubdate", "displaydate", "nv:date", "dateline",
]);
/** Dublin Core and bare date metas: trusted less, since some CMSs fill them with the page's build time. */
const DUBLIN_CORE_META = new Set(["dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "dc.created", "date", "created", "creation_date", "dc:date"]);

/** Class or id words of elements that hold a visible publication date. */
const DATE_CLASS = /(?:^|[\s_-])(?:date|dates|time|timestamp|published|publish|publication|pubdate|posted|post-date|postdate|entry-date|entry-meta|post-meta|article-meta|meta|byline|dateline|datum|fecha|data|date-publication|article-date|story-date|info)(?=$|[\s_-]|\d)/i;
/** Words that mark a date as a modification, not the publication. */
const MODIFIED = /modif|updat|aktualisiert|mis à jour|mise à jour|actualis|edited|last-?mod/i;
/** Phrases that introduce the publication date in running text. */
const DATELINE_LEAD = /(?:publié|publiée|mis en ligne|mise en ligne|posté|postée|posted|published|veröffentlicht|erschienen|publicado|pubblicato|first published|date de publication|publication|(?:artikel|beitrag) wurde(?: vor)?|(?:datum|date|fecha|data)\s*:)\s*(?:le|on|am|:|el|il)?\s*[:,]?\s*/giu;
/** Modification stamps, the last resort: a page's update day is more often than not its publication day. */
const MODIFIED_META = new Set(["article:modified_time", "og:updated_time", "dcterms.modified", "last-modified", "datemodified", "dc.date.modified"]);

/** Elements whose text is scanned for a visible date, at most: a bound on time on huge pages. */
const MAX_DATE_ELEMENTS = 400;
/** Earliest plausible date of a web page, as in htmldate. */
const MIN_YEAR = 1995;

/**
 * Finds the publication date in the order of trust the issue sets:
 * article:published_time and kin, JSON-LD datePublished, microdata,
 * `<time datetime>`, Dublin Core, visible datelines, then the URL.
 * Dates after `now` or before 1995 are refused.
 */
export function findPublishedDate(document: HtmlDocument, url: string | undefined, now = new Date()): FoundDate | null {
  const ok = (d: PageDate | null): d is PageDate => d !== null && isPlausible(d, now);
  const monthFirst = /^en(?:-us)?$/i.test(document.documentElement?.getAttribute("lang") ?? "");
  const metas = metaValues(document);
  const pick = (names: Set<string>): PageDate | null => {
    for (const [name, value] of metas) if (names.has(name)) {
      const d = parseDate(value, monthFirst);
      if (ok(d)) return d;
    }
    return null;
  };
  const tries: [FoundDate["source"], () => PageDate | null][] = [
    ["meta", () => pick(PUBLISHED_META)],
    ["json-ld", () => jsonLdDate(document, ok)],
    ["microdata", () => microdataDate(document, ok, monthFirst)],
    ["time", () => timeElementDate(document, ok, monthFirst)],
    ["dublin-core", () => pick(DUBLIN_CORE_META)],
    ["dateline", () => visibleDate(document, ok, monthFirst)],
    ["url", () => (url ? urlDate(url, ok) : null)],
    ["title", () => titleDate(document, metas, ok, monthFirst)],
    ["text", () => firstTextDate(document, ok, monthFirst)],
    ["modified", () => pick(MODIFIED_META) ?? modifiedElementDate(document, ok)],
  ];
  for (const [source, read] of tries) {
    const d = read();
    if (d) return { date: d.iso, source };
  }
  return null;
}

function isPlausible(d: PageDate, now: Date): boolean {
  if (d.year < MIN_YEAR) return false;
  // The page's day may run up to 14 hours ahead of UTC.
  const latest = new Date(now.getTime() + 14 * 3600 * 1000);
  return Date.UTC(d.year, d.month - 1, d.day) <= Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth(), latest.getUTCDate());
}

function metaValues(document: HtmlDocument): [string, string][] {
  const out: [string, string][] = [];
  const metas = document.querySelectorAll("meta") as unknown as ArrayLike<HtmlElement>;
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const name = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? el.getAttribute("http-equiv") ?? "").trim().toLowerCase();
    const value = el.getAttribute("content");
    if (name && value) out.push([name, value]);
  }
  return out;
}

function jsonLdDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate): PageDate | null {
  const scripts = document.querySelectorAll('script[type*="ld+json"]') as unknown as ArrayLike<HtmlElement>;
  for (let i = 0; i < scripts.length; i++) {
    const source = scripts[i]!.textContent ?? "";
    for (const value of datePublishedValues(source)) {
      const d = parseDate(value);
      if (ok(d)) return d;
    }
  }
  return null;
}

// Walks the JSON iteratively (no recursion on hostile nesting); a regex reads broken JSON-LD.
function datePublishedValues(source: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return [...source.matchAll(/"datePublished"\s*:\s*"([^"]{6,40})"/g)].map((m) => m[1]!);
  }
  const out: string[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0 && out.length < 20) {
    const node = stack.pop();
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    else if (node && typeof node === "object") {
      const obj = node as Record<string, unknown>;
      if (typeof obj.datePublished === "string") out.push(obj.datePublished);
      for (const v of Object.values(obj)) if (v && typeof v === "object") stack.push(v);
    }
  }
  return out;
}

function microdataDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate, monthFirst: boolean): PageDate | null {
  const els = document.querySelectorAll('[itemprop="datePublished"],[itemprop="datepublished"],[itemprop="dateCreated"]') as unknown as ArrayLike<HtmlElement>;
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const d = parseDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent ?? "", monthFirst);
    if (ok(d)) return d;
  }
  return null;
}

// A <time> marked as the publication wins; otherwise the first one not marked as a modification.
// A <time> marked as the publication wins; otherwise the first after the headline, then the first at all.
// Its visible text wins over its datetime: the text is the local day, the attribute is often UTC.
function timeElementDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate, monthFirst: boolean): PageDate | null {
  const times = document.querySelectorAll("time") as unknown as ArrayLike<HtmlElement>;
  const h1 = document.querySelector("h1") as HtmlElement | null;
  let first: PageDate | null = null;
  let afterHeadline: PageDate | null = null;
  for (let i = 0; i < times.length && i < MAX_DATE_ELEMENTS; i++) {
    const el = times[i]!;
    const marks = `${el.getAttribute("class") ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.parentElement?.getAttribute("class") ?? ""}`;
    if (MODIFIED.test(marks)) continue;
    const shown = parseDate(el.textContent ?? "", monthFirst);
    const attr = parseDate(el.getAttribute("datetime") ?? "", monthFirst);
    const d = ok(shown) && (!attr || shown.iso !== attr.iso.slice(0, 10)) ? shown : attr && ok(attr) ? attr : null;
    if (!d) continue;
    if (el.hasAttribute("pubdate") || /publi|posted|entry-date|created/i.test(marks)) return d;
    first ??= d;
    if (!afterHeadline && h1 && follows(el, h1)) afterHeadline = d;
  }
  return afterHeadline ?? first;
}

// DOCUMENT_POSITION_FOLLOWING: the element comes after the headline in document order.
function follows(el: HtmlElement, ref: HtmlElement): boolean {
  return (ref.compareDocumentPosition(el) & 4) !== 0;
}

function visibleDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate, monthFirst: boolean): PageDate | null {
  const body = document.body as HtmlElement | null;
  if (!body) return null;
  // A lead phrase ("Publié le …", "Veröffentlicht am …") anywhere in the text is the strongest visible cue.
  const text = (body.textContent ?? "").replace(/\s+/g, " ");
  for (const m of text.matchAll(DATELINE_LEAD)) {
    const d = parseDate(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40), monthFirst);
    if (ok(d)) return d;
  }
  const all = body.querySelectorAll("*") as unknown as ArrayLike<HtmlElement>;
  const h1 = document.querySelector("h1") as HtmlElement | null;
  let seen = 0;
  let first: PageDate | null = null;
  for (let i = 0; i < all.length && seen < MAX_DATE_ELEMENTS; i++) {
    const el = all[i]!;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (!DATE_CLASS.test(names) || MODIFIED.test(names)) continue;
    seen++;
    const t = spacedText(el);
    if (t.length === 0 || t.length > 200 || /©|copyright/i.test(t)) continue;
    const d = parseDate(t, monthFirst);
    if (!ok(d)) continue;
    // Dates in a sidebar before the headline belong to other stories.
    if (!h1 || follows(el, h1)) return d;
    first ??= d;
  }
  return first;
}

/** An element's text with a space between its descendants' texts ("Mai<span>06</span>2018"). */
function spacedText(el: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlElement[] = [el];
  while (stack.length > 0 && parts.length < 100) {
    const n = stack.pop()!;
    if (n.nodeType === 3) parts.push(String(n.nodeValue ?? ""));
    else if (n.nodeType === 1) {
      const kids = n.childNodes as unknown as ArrayLike<HtmlElement>;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function titleDate(document: HtmlDocument, metas: [string, string][], ok: (d: PageDate | null) => d is PageDate, monthFirst: boolean): PageDate | null {
  const titles = [document.querySelector("title")?.textContent ?? "", ...metas.filter(([n]) => n === "og:title" || n === "description" || n === "og:description").map(([, v]) => v)];
  for (const t of titles) {
    const d = parseDate(t, monthFirst);
    if (ok(d)) return d;
  }
  return null;
}

/** How much of the text after the headline is searched for a bare date. */
const TEXT_WINDOW = 3000;

// Last visible resort: the first full date written after the headline, copyright lines aside.
function firstTextDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate, monthFirst: boolean): PageDate | null {
  const body = document.body as HtmlElement | null;
  if (!body) return null;
  const text = (body.textContent ?? "").replace(/\s+/g, " ");
  const headline = (document.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const at = headline.length > 0 ? text.indexOf(headline) : -1;
  const windows = at >= 0 ? [text.slice(at, at + TEXT_WINDOW), text.slice(0, TEXT_WINDOW)] : [text.slice(0, TEXT_WINDOW)];
  for (const w of windows) {
    for (const piece of w.split(/(?:©|copyright)[^.]{0,40}/i)) {
      const d = parseDate(piece, monthFirst);
      if (ok(d)) return d;
    }
  }
  return null;
}

function modifiedElementDate(document: HtmlDocument, ok: (d: PageDate | null) => d is PageDate): PageDate | null {
  const el = document.querySelector('[itemprop="dateModified"],.updated,[class*="modified"]') as HtmlElement | null;
  if (!el) return null;
  const d = parseDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.getAttribute("title") ?? el.textContent ?? "");
  return ok(d) ? d : null;
}

function urlDate(url: string, ok: (d: PageDate | null) => d is PageDate): PageDate | null {
  const m = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[_-]|$|\D)/.exec(url);
  if (!m) return null;
  const d = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  return ok(d) ? d : null;
}
