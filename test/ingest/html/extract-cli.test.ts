import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The CLI runs from dist/: `npm test` builds first.
const BIN = resolve(import.meta.dirname, "..", "..", "..", "bin", "veille.js");
const FIXTURE = resolve(import.meta.dirname, "..", "..", "fixtures", "html", "article-fr.html");

// Asynchronous, so the local server in this process can answer the child.
function veille(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html lang="en"><head><meta property="article:published_time" content="2021-09-14T08:00:00-04:00"></head><body><article><h1>Ferry strike ends</h1><p>${"The ferry strike ended on Monday after the union accepted a new pay offer from the operator. ".repeat(4)}</p><p>Services will resume on Wednesday morning.</p></article></body></html>`);
      return;
    }
    res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("veille extract", () => {
  it("prints the article text of a file", async () => {
    const result = await veille(["extract", FIXTURE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Le conseil municipal de Brestval a adopté/);
    expect(result.stdout).not.toContain("newsletter");
  });

  it("prints JSON with metadata for a URL", async () => {
    const result = await veille(["extract", "--format", "json", `${base}/article`]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.published).toEqual({ date: "2021-09-14T08:00:00-04:00", source: "meta" });
    expect(json.lang).toBe("en");
    expect(json.url).toBe(`${base}/article`);
    expect(json.text).toContain("Services will resume on Wednesday morning.");
  });

  it("refuses a binary response in one line", async () => {
    const result = await veille(["extract", `${base}/report.pdf`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/application\/pdf, not a web page/);
  });
});

describe("veille analyze on web pages", () => {
  it("analyses a page fetched by URL, dated and titled from its metadata", async () => {
    const result = await veille(["analyze", "--format", "json", `${base}/article`]);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.doc).toMatchObject({ lang: "en", dctSource: "metadata", url: `${base}/article` });
    expect(analysis.doc.text.startsWith("Ferry strike ends\n\n")).toBe(true);
    // "on Monday" in a past-tense sentence of a Tuesday 2021-09-14 article.
    expect(analysis.times.map((t: { text: string; value: string }) => [t.text, t.value])).toContainEqual(["Monday", "2021-09-13"]);
  });

  it("analyses an HTML file like its text, without the page furniture", async () => {
    const result = await veille(["analyze", "--format", "json", FIXTURE]);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.doc.lang).toBe("fr");
    expect(analysis.doc.dctSource).toBe("metadata");
    expect(analysis.doc.text).not.toMatch(/Partager sur Facebook|newsletter|Photo : Yann/);
    expect(analysis.quotes.length).toBeGreaterThan(0);
  });

  it("says in one line when the host cannot be reached", async () => {
    const result = await veille(["analyze", "http://127.0.0.1:9/nothing", "--timeout", "3000"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^veille: /);
  });
});
