import { describe, expect, it } from "vitest";
import { segmentStage } from "../../src/stages/segment/index.js";
import { runStages } from "../helpers/document.js";

const sentencesOf = (text: string, lang: "fr" | "en" = "fr") =>
  runStages(text, lang, [segmentStage]).layers.sentences.map((s) => s.text);
const tokensOf = (text: string, lang: "fr" | "en" = "fr") =>
  runStages(text, lang, [segmentStage]).layers.tokens.map((t) => t.text);

describe("sentences", () => {
  it("splits after a period followed by a capital", () => {
    expect(sentencesOf("Le vote a eu lieu hier. Les résultats sont attendus.")).toEqual([
      "Le vote a eu lieu hier.",
      "Les résultats sont attendus.",
    ]);
  });

  it("does not split after titles and initials", () => {
    expect(sentencesOf("M. Dupont a rencontré Mme Leroy et le Dr. Martin. Ils ont parlé.")).toEqual([
      "M. Dupont a rencontré Mme Leroy et le Dr. Martin.",
      "Ils ont parlé.",
    ]);
    expect(sentencesOf("Mr. Smith met John F. Kennedy Jr. in Washington. They talked.", "en")).toEqual([
      "Mr. Smith met John F. Kennedy Jr. in Washington.",
      "They talked.",
    ]);
  });

  it("keeps a closing guillemet and the attribution with the quotation", () => {
    expect(sentencesOf("« Nous sommes prêts. Nous agirons vite », a déclaré la ministre. Puis elle est partie.")).toEqual([
      "« Nous sommes prêts. Nous agirons vite », a déclaré la ministre.",
      "Puis elle est partie.",
    ]);
    expect(sentencesOf("“We are ready. We will act,” she said. Then she left.", "en")).toEqual([
      "“We are ready. We will act,” she said.",
      "Then she left.",
    ]);
  });

  it("ends a sentence after a closing quote that follows the period", () => {
    expect(sentencesOf("Il a dit : « C'est fini. » Le public a applaudi.")).toEqual([
      "Il a dit : « C'est fini. »",
      "Le public a applaudi.",
    ]);
  });

  it("leaves a straight quote that opens the next sentence to that sentence", () => {
    expect(sentencesOf('The vote was delayed. "We need more time," the mayor said. "It\'s over." Nobody clapped.', "en")).toEqual([
      "The vote was delayed.",
      '"We need more time," the mayor said.',
      '"It\'s over."',
      "Nobody clapped.",
    ]);
    expect(sentencesOf("Le conseil a tranché. 'Nous ferons appel', a prévenu l'avocate.")).toEqual([
      "Le conseil a tranché.",
      "'Nous ferons appel', a prévenu l'avocate.",
    ]);
  });

  it("does not split before a lower-case word or inside a number", () => {
    expect(sentencesOf("Il a parlé dans un communiqué. le dimanche soir. Le 3.5 est un nombre.")).toEqual([
      "Il a parlé dans un communiqué. le dimanche soir.",
      "Le 3.5 est un nombre.",
    ]);
  });

  it("treats every line as a paragraph boundary", () => {
    const doc = runStages("Un titre sans point\n\nLe texte commence ici. Il continue.", "fr", [segmentStage]);
    expect(doc.layers.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["Un titre sans point", 0],
      ["Le texte commence ici.", 1],
      ["Il continue.", 1],
    ]);
  });

  it("does not let a stray quotation mark glue a paragraph together", () => {
    expect(sentencesOf("Il dit » non. Elle répond oui. Fin.")).toHaveLength(3);
  });
});

describe("tokens", () => {
  it("splits French elisions and keeps hyphenated compounds", () => {
    expect(tokensOf("l’Ukraine qu’il jusqu'à aujourd’hui cessez-le-feu Entre-temps")).toEqual([
      "l’", "Ukraine", "qu’", "il", "jusqu'", "à", "aujourd’hui", "cessez-le-feu", "Entre-temps",
    ]);
  });

  it("keeps numbers with space, no-break and narrow no-break thousand separators whole", () => {
    expect(tokensOf("127 000 personnes, 7\u00a0200 et 1\u202f500 000 ; 7,2 milliards")).toEqual([
      "127 000", "personnes", ",", "7\u00a0200", "et", "1\u202f500 000", ";", "7,2", "milliards",
    ]);
  });

  it("keeps abbreviation periods on the word and splits sentence periods off", () => {
    expect(tokensOf("M. Dupont etc. Fin.")).toEqual(["M.", "Dupont", "etc.", "Fin", "."]);
  });

  it("gives offsets that slice back to the token text", () => {
    const text = "« Non », a-t-il dit à l’AFP — 1 500 € !";
    const doc = runStages(text, "fr", [segmentStage]);
    for (const t of doc.layers.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.layers.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
