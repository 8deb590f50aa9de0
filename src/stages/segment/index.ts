import type { Stage } from "../../pipeline/stage.js";
import { findParagraphs } from "./paragraphs.js";
import { splitSentences } from "./split-sentences.js";
import { tokenize } from "./tokenize.js";

export { tokenize } from "./tokenize.js";
export { splitSentences } from "./split-sentences.js";
export { findParagraphs } from "./paragraphs.js";
export type { SegmentLexicon } from "./types.js";

/** Paragraphs, tokens and sentences, with our own scanner (no Intl.Segmenter: it is super-linear on long text). */
export const segmentStage: Stage = {
  name: "segment",
  requires: [],
  assigns: ["paragraphs", "tokens", "sentences"],
  run(doc, ctx) {
    const lexicon = ctx.locale.segment;
    doc.layers.paragraphs = findParagraphs(doc.text);
    doc.layers.tokens = tokenize(doc.text, lexicon);
    doc.layers.sentences = splitSentences(doc.text, doc.layers.paragraphs, doc.layers.tokens);
  },
};
