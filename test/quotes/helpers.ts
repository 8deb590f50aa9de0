import type { Quote } from "../../src/model/annotations.js";
import { LOCALES } from "../../src/locales/index.js";
import { createDocument } from "../../src/model/document.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { quotesStage } from "../../src/stages/quotes/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";

// Segment then quotes only: the stage must find speakers from the text itself when no entities are given.
const pipeline = new Pipeline([segmentStage, quotesStage], ["dct", "times", "entities"]);

/** Runs the quotes stage over a text in one language and returns its quotes, checking every offset on the way. */
export async function quotesOf(text: string, lang: "fr" | "en"): Promise<Quote[]> {
  const doc = pipeline.run(createDocument({ text, lang, dct: "2023-05-15" }), { locale: LOCALES[lang] });
  for (const q of doc.layers.quotes) {
    if (doc.text.slice(q.start, q.end) !== q.text) throw new Error(`bad quote offsets: ${q.text}`);
    if (q.speaker?.text !== undefined && doc.text.slice(q.speaker.start!, q.speaker.end!) !== q.speaker.text) throw new Error(`bad speaker offsets: ${q.speaker.text}`);
    if (q.cue && doc.text.slice(q.cue.start, q.cue.end) !== q.cue.text) throw new Error(`bad cue offsets: ${q.cue.text}`);
  }
  return doc.layers.quotes;
}

/** The quote whose text contains a fragment. */
export function find(quotes: Quote[], fragment: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(fragment));
}
