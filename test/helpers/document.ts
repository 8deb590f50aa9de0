import { LOCALES, type LocaleCode } from "../../src/locales/index.js";
import { createDocument, type VeilleDocument } from "../../src/model/document.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import type { Stage } from "../../src/pipeline/stage.js";

/** Runs the given stages over a text in one locale, for stage-level tests. */
export function runStages(text: string, lang: LocaleCode, stages: Stage[], dct: string | null = "2022-02-21"): VeilleDocument {
  const doc = createDocument({ text, lang, dct });
  return new Pipeline(stages, ["dct", "times"]).run(doc, { locale: LOCALES[lang] });
}
