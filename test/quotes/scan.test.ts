import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/locales/index.js";
import { createDocument } from "../../src/model/document.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { buildContext, wordCount } from "../../src/stages/quotes/context.js";
import { findCues } from "../../src/stages/quotes/find-cues.js";
import { findQuotations } from "../../src/stages/quotes/find-quotations.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { find, quotesOf } from "./helpers.js";

const segment = new Pipeline([segmentStage], ["dct", "times", "entities"]);

/** The quotes stage's view of a text: its tokens, lower-cased, and what one pass over them noted. */
function contextOf(text: string, lang: "fr" | "en") {
  const doc = segment.run(createDocument({ text, lang, dct: "2023-05-15" }), { locale: LOCALES[lang] });
  return buildContext(doc, LOCALES[lang].quotes, findQuotations(doc.text, doc.layers.paragraphs));
}

/** What each token lowers to on its own: the reference the one-pass reader must match. */
function lowerEach(ctx: ReturnType<typeof contextOf>): string[] {
  return ctx.tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
}

describe("quotes: reading the tokens once", () => {
  it("lower-cases every token as lowering it alone would, curly apostrophes made straight", () => {
    const ctx = contextOf("L’Élysée a DÉCLARÉ qu’Œdipe et ÇA ne passeraient pas. Aujourd'hui, O'Neill l’a redit.", "fr");
    expect(ctx.lower).toEqual(lowerEach(ctx));
    expect(ctx.lower).toContain("déclaré");
    expect(ctx.lower).toContain("œdipe");
    expect(ctx.lower.some((w) => w.includes("’"))).toBe(false);
  });

  it("lowers each token alone when lowering the whole text would shift offsets or read across words", () => {
    // "İ" lowers to two characters; a final sigma lowers by what follows it.
    const turkish = contextOf("İSTANBUL a annoncé que le pont rouvrirait. Le maire l’a confirmé.", "fr");
    expect(turkish.lower).toEqual(lowerEach(turkish));
    const greek = contextOf("ΟΔΟΣ ΑΘΗΝΑΣ: the minister said that the road would reopen.", "en");
    expect(greek.lower).toEqual(lowerEach(greek));
  });

  it("notes reporting-verb forms and hyphenated words as possible cue heads, and no other word", () => {
    const ctx = contextOf("« Nous partirons », a-t-elle ajouté. Le porte-parole a déclaré que la grève continuait.", "fr");
    const heads = ctx.cueTokens.map((i) => ctx.lower[i]);
    expect(heads).toEqual(["a-t-elle", "ajouté", "porte-parole", "déclaré"]);
    // A hyphenated noun is only a candidate: no pronoun is fused to it, so no verb group starts there.
    expect(findCues(ctx).map((c) => ctx.lower[c.head])).toEqual(["ajouté", "déclaré"]);
    const en = contextOf("The well-known mayor said the vote would wait.", "en");
    expect(en.cueTokens.map((i) => en.lower[i])).toEqual(["said"]);
  });

  it("notes the first words of source phrases", () => {
    const ctx = contextOf("Selon la préfecture, la route restera fermée. D’après le maire, elle rouvrira lundi.", "fr");
    const firsts = ctx.sourceTokens.map((i) => ctx.lower[i]);
    expect(firsts).toEqual(["selon", "d'"]);
    const en = contextOf("The road will stay closed, according to the police.", "en");
    expect(en.sourceTokens.map((i) => en.lower[i])).toEqual(["according"]);
  });

  it("counts the words of a stretch of text in place as it would on a slice", () => {
    const text = "« Aujourd'hui, le well-known Zürich-based groupe a perdu 12,5 % », a-t-il dit.";
    for (const [a, b] of [[0, text.length], [2, 40], [10, 11], [30, 12]] as const) {
      expect(wordCount(text, a, b)).toBe(wordCount(text.slice(a, b)));
    }
    expect(wordCount(text, 2, 14)).toBe(1);
  });
});

describe("quotes: quotation marks among apostrophes", () => {
  it("is not thrown by elided words, and closes a single quote on its curly apostrophe", () => {
    const text = "« L’État n’a pas dit qu’il renoncerait à la ‘réforme’ », a dit l’élu.";
    const [q, ...rest] = findQuotations(text, [{ start: 0, end: text.length }]);
    expect(rest).toHaveLength(0);
    expect(text.slice(q!.contentStart, q!.contentEnd)).toBe(" L’État n’a pas dit qu’il renoncerait à la ‘réforme’ ");
  });

  it("reads two apostrophes as a quotation mark, but not three", () => {
    const text = "He said ''we will win'' and left.";
    const [q] = findQuotations(text, [{ start: 0, end: text.length }]);
    expect(text.slice(q!.contentStart, q!.contentEnd)).toBe("we will win");
    const odd = "It's the rock'''n roll era.";
    expect(findQuotations(odd, [{ start: 0, end: odd.length }])).toHaveLength(0);
  });

  it("still attributes a quotation whose speaker is a fused pronoun", async () => {
    const qs = await quotesOf("« Nous ne céderons pas », a-t-elle ajouté devant la presse.", "fr");
    const q = find(qs, "Nous ne céderons pas")!;
    expect(q.kind).toBe("direct");
    expect(q.cue?.text).toBe("a-t-elle ajouté");
  });
});
