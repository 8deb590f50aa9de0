import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle, looksLikeHtml } from "../../../src/ingest/html/index.js";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url));
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const NOW = new Date("2024-06-01T12:00:00Z");

describe("extractArticle on a French news page", () => {
  const a = extractArticle(fixture("article-fr.html"), { url: "https://courrier.example/x/y", now: NOW });

  it("keeps the article's paragraphs, heading and list items with their structure", () => {
    expect(a.text).toMatch(/^Le conseil municipal de Brestval a adopté mardi soir/);
    expect(a.text).toContain("supplémentaire.\n\nUn financement partagé\n\nLa région prendra");
    expect(a.text).toContain("Réfection des pontons, dès octobre ;\nDragage du bassin");
    expect(a.text).toMatch(/mouillage provisoire\.$/);
  });

  it("drops the furniture readability keeps: captions, share bars, newsletter, related links, comments, footer", () => {
    for (const furniture of ["Photo : Yann Le Goff", "Partager sur", "newsletter", "À lire aussi", "la digue fragilisée", "commentaires", "Votre adresse e-mail", "Tous droits réservés", "Accueil", "Par Maëlle Kerandel"]) {
      expect(a.text).not.toContain(furniture);
    }
    // The headline is the title, not the first paragraph.
    expect(a.text.startsWith("Le conseil municipal de Brestval vote")).toBe(false);
  });

  it("reads title, byline, site name, canonical URL and declared language", () => {
    expect(a.title).toBe("Le conseil municipal de Brestval vote la rénovation du port");
    expect(a.byline).toBe("Maëlle Kerandel");
    expect(a.siteName).toBe("Le Courrier de l’Ouest-Fictif");
    expect(a.url).toBe("https://courrier.example/actualite/brestval-port.html");
    expect(a.lang).toBe("fr");
  });

  it("takes article:published_time over JSON-LD, on the page's own day, not converted to UTC", () => {
    expect(a.published).toEqual({ date: "2023-03-15T00:30:00+01:00", source: "meta" });
    expect(a.diagnostics).toEqual([]);
  });
});

describe("encodings", () => {
  it("decodes a windows-1252 page declared as iso-8859-1 (curly quotes and euro sign come out right)", () => {
    const a = extractArticle(fixture("article-en-1252.html"), { now: NOW });
    expect(a.encoding).toBe("windows-1252");
    expect(a.text).toContain("“It’s a good day for the town,”");
    expect(a.text).toContain("The café will cost €450,000");
    expect(a.text).toContain("naïve");
    expect(a.lang).toBe("en");
  });

  it("uses the HTTP header's charset when the page declares none", () => {
    const html = `<html><body><article><p>${"Le café de la gare a rouvert ses portes après des travaux. ".repeat(8)}</p></article></body></html>`;
    const latin1 = Buffer.from(html, "latin1");
    expect(extractArticle(latin1, { contentType: "text/html; charset=ISO-8859-1" }).text).toContain("Le café de la gare");
  });

  it("lets a BOM win over a wrong meta charset", () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><p>${"Un été très chaud à Besançon, selon Météo-France. ".repeat(8)}</p></body></html>`;
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(html)]);
    const a = extractArticle(withBom);
    expect(a.encoding).toBe("utf-8");
    expect(a.text).toContain("Un été très chaud à Besançon");
  });
});

describe("limits and bad input", () => {
  it("survives 10 000-deep nesting quickly and flags it", () => {
    const n = 10_000;
    const html = `<html><body>${"<div>".repeat(n)}<p>${"Deep text that still counts as an article paragraph. ".repeat(20)}</p>${"</div>".repeat(n)}</body></html>`;
    const t0 = Date.now();
    const a = extractArticle(bytes(html));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(a.text).toContain("Deep text that still counts");
    expect(a.diagnostics.map((d) => d.code)).toContain("DEEP_NESTING");
  });

  it("flags a page made only of scripts as having no article", () => {
    const html = `<html><head><title>App</title></head><body>${"<script>var x = 'lots of code here';</script>".repeat(500)}<div id="root"></div></body></html>`;
    const a = extractArticle(bytes(html));
    expect(a.text).toBe("");
    expect(a.diagnostics.map((d) => d.code)).toContain("NO_ARTICLE");
  });

  it("refuses pages over the size cap and binary responses", () => {
    expect(() => extractArticle(bytes("<html><body><p>hello</p></body></html>"), { maxBytes: 10 })).toThrow(/larger than the limit/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(() => extractArticle(png)).toThrow(/binary/);
  });
});

describe("looksLikeHtml", () => {
  it("tells markup from plain text", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body></body></html>")).toBe(true);
    expect(looksLikeHtml(bytes("\n  <html lang=\"fr\"><head>"))).toBe(true);
    expect(looksLikeHtml("<p>Un paragraphe.</p>")).toBe(true);
    expect(looksLikeHtml("Le maire a déclaré <b>hier</b> que le port rouvrira.")).toBe(false);
    expect(looksLikeHtml("PARIS, 3 mars (AFP) - Le gouvernement a annoncé...")).toBe(false);
    expect(looksLikeHtml("anything", "text/html; charset=utf-8")).toBe(true);
  });
});
