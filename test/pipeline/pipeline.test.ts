import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../src/pipeline/configurations.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import type { Stage } from "../../src/pipeline/stage.js";
import { createDocument } from "../../src/model/document.js";
import { LOCALES } from "../../src/locales/index.js";

const stage = (name: string, requires: Stage["requires"], assigns: Stage["assigns"], run: Stage["run"] = () => {}): Stage => ({
  name,
  requires,
  assigns,
  run,
});

describe("Pipeline", () => {
  it("accepts the default configuration", () => {
    expect(() => new Pipeline(DEFAULT_STAGES)).not.toThrow();
  });

  it("refuses a stage whose required layer nobody assigns earlier", () => {
    expect(() => new Pipeline([stage("b", ["tokens"], ["times"]), stage("a", [], ["tokens"])])).toThrow(/requires tokens/);
  });

  it("refuses two stages with one name", () => {
    expect(() => new Pipeline([stage("a", [], []), stage("a", [], [])])).toThrow(/twice/);
  });

  it("runs stages in order and stops at the deadline", () => {
    const order: string[] = [];
    const pipeline = new Pipeline([stage("a", [], ["tokens"], () => order.push("a")), stage("b", ["tokens"], [], () => order.push("b"))]);
    const doc = createDocument({ text: "x", lang: "fr" });
    pipeline.run(doc, { locale: LOCALES.fr });
    expect(order).toEqual(["a", "b"]);
    expect(() => pipeline.run(doc, { locale: LOCALES.fr }, { deadline: Date.now() - 1 })).toThrow(/longer than the limit/);
  });
});
