import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

interface Expected {
  lang: "fr" | "en";
  quotes: { key: string; kind: "direct" | "indirect" | "mixed"; speaker: string | null }[];
}

// Golden articles written for the project: every fixture under test/fixtures/articles/<slug>/ with an expected.json.
const root = join(import.meta.dirname, "..", "fixtures", "articles");
const slugs = existsSync(root) ? readdirSync(root).filter((s) => existsSync(join(root, s, "expected.json"))).sort() : [];

describe("quotes: golden articles", () => {
  it("finds fixture articles", () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    it(`reads ${slug}`, async () => {
      const expected = JSON.parse(readFileSync(join(root, slug, "expected.json"), "utf8")) as Expected;
      const qs = await quotesOf(readFileSync(join(root, slug, "input.txt"), "utf8"), expected.lang);
      for (const e of expected.quotes) {
        const q = find(qs, e.key);
        expect(q, e.key).toBeDefined();
        expect(q!.kind, e.key).toBe(e.kind);
        expect(q!.speaker?.name ?? null, e.key).toBe(e.speaker);
      }
    });
  }
});
