import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, analyzeMany, VeilleError } from "../../src/index.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import type { Stage } from "../../src/pipeline/stage.js";
import { createDocument } from "../../src/model/document.js";
import { LOCALES } from "../../src/locales/index.js";

const examplesDir = resolve(import.meta.dirname, "..", "..", "examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(examplesDir, f), "utf8"));

const GERMAN =
  "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Mieten in den großen Städten begrenzen soll. " +
  "Der Minister sagte, man werde die Wirkung nach zwei Jahren prüfen und die Länder dabei eng einbinden.";

const ENGLISH_NOTE =
  "The harbour authority said on Tuesday that the new crane would be delivered in June, two months later than planned. " +
  "\"We will not cut any jobs,\" the director, Maria Olsen, told reporters after the board meeting in the port offices.";

describe("analyzeMany", () => {
  it("gives, article by article and in order, what analyze gives for each", async () => {
    const inputs = [...examples, ENGLISH_NOTE, ...examples];
    const one = await Promise.all(inputs.map((text) => analyze(text, { dct: "2024-03-14" })));
    for (const batchSize of [1, 2, 32]) {
      const many = await analyzeMany(inputs, { dct: "2024-03-14", batchSize });
      expect(many.map((r) => (r.ok ? r.analysis : r.error))).toEqual(one);
    }
  });

  it("keeps a bad article's error to itself and goes on with the others", async () => {
    const results = await analyzeMany(["", examples[0]!, GERMAN, { input: ENGLISH_NOTE, id: "note-1", dct: "2023-05-02" }], {
      batchSize: 3,
    });
    expect(results.map((r) => r.ok)).toEqual([false, true, false, true]);
    const codes = results.map((r) => (r.ok ? null : (r.error as VeilleError).code));
    expect(codes).toEqual(["EMPTY_INPUT", null, "UNSUPPORTED_LANGUAGE", null]);
    const last = results[3]!;
    expect(last.ok && last.analysis.doc).toMatchObject({ id: "note-1", dct: "2023-05-02", lang: "en" });
  });
});

describe("Pipeline.runMany", () => {
  const stage = (name: string, requires: Stage["requires"], assigns: Stage["assigns"], run: Stage["run"]): Stage => ({
    name,
    requires,
    assigns,
    run,
  });

  it("runs stage by stage over the batch and drops a failing document from later stages", () => {
    const order: string[] = [];
    const pipeline = new Pipeline([
      stage("a", [], ["tokens"], (doc) => {
        order.push(`a:${doc.text}`);
        if (doc.text === "bad") throw new Error("broken");
      }),
      stage("b", ["tokens"], [], (doc) => order.push(`b:${doc.text}`)),
    ]);
    const items = ["x", "bad", "y"].map((text) => ({ doc: createDocument({ text, lang: "fr" }), ctx: { locale: LOCALES.fr } }));
    const errors = pipeline.runMany(items);
    expect(order).toEqual(["a:x", "a:bad", "a:y", "b:x", "b:y"]);
    expect(errors.map((e) => e?.message ?? null)).toEqual([null, "broken", null]);
  });

  it("times out every unfinished document once the deadline has passed", () => {
    const pipeline = new Pipeline([stage("a", [], [], () => {})]);
    const items = ["x", "y"].map((text) => ({ doc: createDocument({ text, lang: "fr" }), ctx: { locale: LOCALES.fr } }));
    const errors = pipeline.runMany(items, { deadline: Date.now() - 1 });
    expect(errors.map((e) => (e as VeilleError).code)).toEqual(["TIMEOUT", "TIMEOUT"]);
  });
});
