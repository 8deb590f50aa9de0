import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../src/index.js";
import { contractErrors, offsetErrors } from "../helpers/contract.js";

const EXAMPLES = resolve(import.meta.dirname, "..", "..", "examples");

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Wraps a plain-text article in the furniture of a news page: menu, share bar, caption, related links, footer. */
function asWebPage(text: string, lang: string, published: string): string {
  const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const body = paragraphs
    .filter((p) => !/^(Partager|Laisser|Share|Leave)\b/.test(p))
    .map((p, i) => `<p>${escape(p)}</p>${i === 1 ? '<figure><img src="a.jpg"><figcaption>Photo: Staff</figcaption></figure>' : ""}`)
    .join("\n");
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title!)} | Daily</title>
<meta property="article:published_time" content="${published}T09:00:00+01:00"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<article><h1>${escape(title!)}</h1>\n${body}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about budgets</a></li><li><a href="/b">Weather this weekend</a></li></ul></aside>
<footer><p>© 2023 Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

/** What the analysis found, without offsets (the two clean texts differ in layout). */
function findings(a: Analysis) {
  return {
    quotes: a.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]),
    entities: a.entities.map((e) => [e.type, e.name]).sort(),
    times: a.times.map((t) => [t.text, t.value]),
    quantities: a.quantities.map((q) => q.value),
  };
}

describe.each([
  ["fr-greve-port.txt", "fr", "2023-03-14"],
  ["en-council-vote.txt", "en", "2023-04-04"],
])("%s as a web page", (file, lang, published) => {
  it("gives the same findings as the plain text, dated from the page's metadata", async () => {
    const text = readFileSync(resolve(EXAMPLES, file), "utf8");
    const fromText = await analyze(text, { dct: published });
    const fromPage = await analyze(asWebPage(text, lang, published));
    expect(contractErrors(fromPage)).toEqual([]);
    expect(offsetErrors(fromPage as never)).toEqual([]);
    expect(fromPage.doc).toMatchObject({ lang, dctSource: "metadata" });
    expect(fromPage.doc.dct?.slice(0, 10)).toBe(published);
    expect(fromPage.doc.text).not.toMatch(/All rights reserved|Another story|Photo: Staff/);
    expect(findings(fromPage)).toEqual(findings(fromText));
  });
});
