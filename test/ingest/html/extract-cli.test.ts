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
