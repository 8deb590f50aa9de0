import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchPage } from "../../src/ingest/fetch.js";

const PAGE = "<html><head><title>Local</title></head><body><p>Bonjour depuis le serveur local.</p></body></html>";
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/page") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (hop) {
      const n = Number(hop[1]);
      return void res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/page" }).end();
    }
    if (url === "/image") return void res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(64));
    if (url === "/big") {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 64; i++) res.write("x".repeat(1024));
      return void res.end();
    }
    if (url === "/slow") return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(PAGE), 2000);
    res.writeHead(404, { "content-type": "text/plain" }).end("missing");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("fetchPage", () => {
  it("fetches a page with its content type", async () => {
    const page = await fetchPage(`${base}/page`);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.url).toBe(`${base}/page`);
  });

  it("follows redirects up to the limit and reports the final URL", async () => {
    expect((await fetchPage(`${base}/hop/2`, { maxRedirects: 3 })).url).toBe(`${base}/page`);
    await expect(fetchPage(`${base}/hop/6`, { maxRedirects: 3 })).rejects.toThrow(/more than 3 redirects/);
  });

  it("refuses binary responses, bodies over the cap, HTTP errors and slow servers", async () => {
    await expect(fetchPage(`${base}/image`)).rejects.toMatchObject({ code: "BINARY_INPUT" });
    await expect(fetchPage(`${base}/big`, { maxBytes: 10_000 })).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(fetchPage(`${base}/nothing`)).rejects.toThrow(/HTTP 404/);
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 200 })).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("refuses non-http URLs", async () => {
    await expect(fetchPage("file:///etc/passwd")).rejects.toMatchObject({ code: "BAD_OPTION" });
    await expect(fetchPage("not a url")).rejects.toMatchObject({ code: "BAD_OPTION" });
  });

  it("says OFFLINE in one line when the host cannot be resolved", async () => {
    // Simulated: tests never touch the network.
    const failing = vi.fn(async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("getaddrinfo ENOTFOUND news.example"), { code: "ENOTFOUND" }) });
    });
    vi.stubGlobal("fetch", failing);
    try {
      const error = await fetchPage("https://news.example/a").catch((e: Error) => e);
      expect(error).toMatchObject({ code: "OFFLINE" });
      expect((error as Error).message).not.toContain("\n");
      expect((error as Error).message).toContain("news.example");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
