import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/analyze.js";
import { LOCALES } from "../../src/locales/index.js";
import type { Quote } from "../../src/model/annotations.js";
import type { VeilleDocument } from "../../src/model/document.js";
import { claimsStage } from "../../src/stages/claims/index.js";
import { eventsStage } from "../../src/stages/events/index.js";

const DCT = "2022-03-14";

/**
 * Analyses a text, then replaces its quotes by hand-made ones (speaker, quoted words, and the
 * reporting verb when it matters) and re-runs events and claims.
 */
async function withQuotes(text: string, lang: "fr" | "en", quotes: [string, string, string?][]): Promise<VeilleDocument> {
  const doc = await analyzeDocument(text, { dct: DCT, lang });
  doc.layers.quotes = quotes.map(([speaker, words, verb], i): Quote => {
    const start = doc.text.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    const at = verb ? doc.text.indexOf(verb) : -1;
    const cue = verb ? { start: at, end: at + verb.length, text: verb, lemma: verb } : null;
    return { id: `q${i + 1}`, kind: "indirect", text: words, start, end: start + words.length, speaker: { entity: null, name: speaker }, cue, time: null };
  });
  const ctx = { locale: LOCALES[lang] };
  eventsStage.run(doc, ctx);
  claimsStage.run(doc, ctx);
  return doc;
}

describe("claims: contradictions", () => {
  it("pairs an attack report with its denial by the accused side (fr)", async () => {
    const text =
      "Le ministère serbe de la Défense a affirmé que des drones kosovars avaient attaqué une caserne près de Raška. " +
      "Le Premier ministre kosovar Albin Kurti a assuré que le Kosovo n’avait « rien à voir avec ces attaques ».";
    const doc = await withQuotes(text, "fr", [
      ["ministère serbe de la Défense", "des drones kosovars avaient attaqué une caserne près de Raška"],
      ["Albin Kurti", "le Kosovo n’avait « rien à voir avec ces attaques »"],
    ]);
    expect(doc.layers.claims).toHaveLength(1);
    expect(doc.layers.claims[0]).toMatchObject({ a: "q1", b: "q2", relation: "contradicts" });
    expect(doc.layers.claims[0]!.why).toContain("ASSAULT");
  });

  it("pairs an announced meeting with « pas de plans concrets » (fr)", async () => {
    const text =
      "Le palais présidentiel a indiqué que Lula rencontrerait Milei en principe le mois prochain. " +
      "Le porte-parole argentin a déclaré qu’il n’y avait « pas de plans concrets » pour une rencontre entre les deux présidents.";
    const doc = await withQuotes(text, "fr", [
      ["palais présidentiel", "Lula rencontrerait Milei en principe le mois prochain"],
      ["porte-parole argentin", "il n’y avait « pas de plans concrets » pour une rencontre entre les deux présidents"],
    ]);
    expect(doc.layers.claims.map((c) => [c.a, c.b])).toEqual([["q1", "q2"]]);
  });

  it("pairs an intelligence claim with “no such plan” (en)", async () => {
    const text =
      "Two US officials said Chinese commanders had been ordered to prepare an invasion of Taiwan. " +
      "The Chinese ambassador said there was no invasion and no such plan.";
    const doc = await withQuotes(text, "en", [
      ["Two US officials", "Chinese commanders had been ordered to prepare an invasion of Taiwan"],
      ["The Chinese ambassador", "there was no invasion and no such plan"],
    ]);
    expect(doc.layers.claims.map((c) => [c.a, c.b, c.relation])).toEqual([["q1", "q2", "contradicts"]]);
  });
});

describe("claims: negative cases", () => {
  it("does not pair a source with itself", async () => {
    const text = "Le ministre a dit que l’armée avait bombardé le dépôt. Le ministre a ajouté que l’armée n’avait pas bombardé l’école.";
    const doc = await withQuotes(text, "fr", [
      ["Le ministre", "l’armée avait bombardé le dépôt"],
      ["Le ministre", "l’armée n’avait pas bombardé l’école"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });

  it("does not pair two sources of the same side", async () => {
    const text = "Ukrainian officials said separatists had shelled the town. The Ukrainian army said it did not shell anything.";
    const doc = await withQuotes(text, "en", [
      ["Ukrainian officials", "separatists had shelled the town"],
      ["The Ukrainian army", "it did not shell anything"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });

  it("does not pair statements about different kinds of events", async () => {
    const text = "Le maire a annoncé que la mairie livrerait de l’aide aux sinistrés. Le préfet a dit qu’aucune manifestation n’était autorisée.";
    const doc = await withQuotes(text, "fr", [
      ["Le maire", "la mairie livrerait de l’aide aux sinistrés"],
      ["Le préfet", "aucune manifestation n’était autorisée"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });

  it("needs a denial to come after what it denies", async () => {
    const text = "Moscow denied any attack on the port. Later, Kyiv said Russian drones had attacked the port.";
    const doc = await withQuotes(text, "en", [
      ["Moscow", "denied any attack on the port"],
      ["Kyiv", "Russian drones had attacked the port"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });

  it("pairs a denial with the claim just before it when they share no coded event (fr)", async () => {
    const text =
      "Le syndicat Sud-Rail affirme qu’un rapport interne recommande la suppression de quarante guichets en Bretagne. " +
      "La direction régionale a aussi salué la hausse de la fréquentation des trains. " +
      "« Ce rapport n’existe pas », a démenti jeudi la porte-parole de la compagnie, Camille Roussel.";
    const doc = await withQuotes(text, "fr", [
      ["Sud-Rail", "un rapport interne recommande la suppression de quarante guichets en Bretagne"],
      ["La direction régionale", "la hausse de la fréquentation des trains"],
      ["Camille Roussel", "« Ce rapport n’existe pas »", "a démenti"],
    ]);
    // The denial shares "rapport" with the union's claim, not with the quote in between.
    expect(doc.layers.claims).toEqual([expect.objectContaining({ a: "q1", b: "q3", relation: "contradicts" })]);
  });

  it("pairs a report dismissed by the party it concerns (en)", async () => {
    const text =
      "The Harbour Gazette reported that a consortium had held talks with the owners over a takeover. " +
      "The club dismissed the report as pure speculation.";
    const doc = await withQuotes(text, "en", [
      ["The Harbour Gazette", "a consortium had held talks with the owners over a takeover"],
      ["The club", "the report as pure speculation", "dismissed"],
    ]);
    expect(doc.layers.claims).toEqual([expect.objectContaining({ a: "q1", b: "q2", relation: "contradicts" })]);
  });

  it("does not take denial words inside a quote for a rebuttal", async () => {
    const text = "The union said the port would close two terminals next year. The mayor said such rumours were lies spread by speculators.";
    const doc = await withQuotes(text, "en", [
      ["The union", "the port would close two terminals next year", "said"],
      ["The mayor", "such rumours were lies spread by speculators", "said"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });

  it("leaves a denial unpaired when the only quotes before it are the same source's", async () => {
    const text = "Camille Roussel a annoncé de nouveaux horaires de guichet. Elle a démenti toute fermeture de guichet.";
    const doc = await withQuotes(text, "fr", [
      ["Camille Roussel", "de nouveaux horaires de guichet"],
      ["Camille Roussel", "toute fermeture de guichet", "a démenti"],
    ]);
    expect(doc.layers.claims).toEqual([]);
  });
});
