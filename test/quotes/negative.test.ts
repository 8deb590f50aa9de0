import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

describe("quotes: what is not a quote", () => {
  it("drops a negated report but keeps the positive one beside it", async () => {
    const qs = await quotesOf("Le ministre n'a pas dit que les impôts baisseraient. Son adjoint a dit que les impôts baisseraient en 2025.", "fr");
    expect(qs.filter((q) => q.text.includes("les impôts baisseraient"))).toHaveLength(1);
    expect(find(qs, "en 2025")?.speaker?.name).toBe("Son adjoint");
    const en = await quotesOf("The mayor did not say that taxes would rise. Her deputy said that taxes would rise next year.", "en");
    expect(en.filter((q) => q.text.includes("taxes would rise"))).toHaveLength(1);
  });

  it("drops a refused report", async () => {
    const qs = await quotesOf("La société a refusé de dire combien de postes seraient supprimés.", "fr");
    expect(qs).toHaveLength(0);
  });

  it("does not take show titles or scare quotes with no speaker as quotes", async () => {
    const qs = await quotesOf("Le ministre était l'invité de l'émission « Questions politiques » dimanche. Il a parlé d'une « réforme » du système.", "fr");
    expect(find(qs, "Questions politiques")).toBeUndefined();
    expect(qs.find((q) => q.text === "réforme")).toBeUndefined();
    const en = await quotesOf("She appeared on “Meet the Press” and called the bill a “disaster” for farmers.", "en");
    expect(find(en, "Meet the Press")).toBeUndefined();
  });

  it("does not take a named term as a quote", async () => {
    const qs = await quotesOf("Le dispositif, baptisé « Bouclier énergie pour tous les ménages », entrera en vigueur en janvier.", "fr");
    expect(find(qs, "Bouclier énergie")).toBeUndefined();
  });

  it("keeps a title inside a report out of the quote", async () => {
    const qs = await quotesOf("La ministre a déclaré dimanche sur « Le Grand Jury » que la loi serait votée au printemps.", "fr");
    const q = find(qs, "la loi serait votée")!;
    expect(q.text).not.toContain("Grand Jury");
    expect(find(qs, "Le Grand Jury")).toBeUndefined();
  });

  it("does not let a lone » bullet or an unclosed mark swallow the article", async () => {
    const text = "» Lire aussi notre dossier\n\nLe conseil a voté un « budget de crise pour l'année.\n\nLe vote a eu lieu à main levée sans débat particulier.";
    const qs = await quotesOf(text, "fr");
    for (const q of qs) expect(q.text).not.toContain("main levée");
    expect(find(qs, "Lire aussi")).toBeUndefined();
  });

  it("takes no noun for a verb: the announcement, cette annonce", async () => {
    const qs = await quotesOf("Cette annonce ne satisfait ni les syndicats ni le patronat.", "fr");
    expect(qs).toHaveLength(0);
  });

  it("does not read 'pour + infinitive' as a source", async () => {
    const qs = await quotesOf("Pour construire ce pont, il faudra : « trois ans de travaux et beaucoup de patience », selon l'ingénieur.", "fr");
    expect(qs.every((q) => q.speaker?.name !== "construire ce pont")).toBe(true);
  });

  it("English: drops a refused report and takes no noun for a verb", async () => {
    expect(await quotesOf("The company declined to say how many jobs would be cut.", "en")).toHaveLength(0);
    expect(await quotesOf("The announcement did not satisfy unions or employers.", "en")).toHaveLength(0);
  });

  it("English: does not take a named term or a title as a quote", async () => {
    const qs = await quotesOf("The scheme, dubbed “Energy Shield for Every Household”, takes effect in January.", "en");
    expect(find(qs, "Energy Shield")).toBeUndefined();
  });

  it("English: does not take a heading label for a transcript speaker", async () => {
    const qs = await quotesOf("Update: The road reopened at noon after crews cleared the debris.\n\nRelated Coverage: Storm hits the coast for a third day in a row.", "en");
    expect(qs.filter((q) => q.speaker?.name === "Update" || q.speaker?.name === "Related Coverage")).toHaveLength(0);
  });

  it("English: gives a relative clause its own content, not the sentence before it", async () => {
    const qs = await quotesOf("The bill was backed by Senator Ruth Cole, who said it would protect small farms.", "en");
    expect(find(qs, "The bill was backed")).toBeUndefined();
  });

  it("English: does not read the subject after “…,” said as a bare clause", async () => {
    const qs = await quotesOf("“It is a difficult issue,” said the Florida senator, “because it puts two rights in conflict.”", "en");
    expect(qs.find((q) => q.text.startsWith("the Florida senator"))).toBeUndefined();
    expect(find(qs, "It is a difficult issue")?.speaker?.text).toBe("the Florida senator");
  });

  it("English: takes no capitalised name inside a sentence for a verb (State officials, The Post)", async () => {
    const qs = await quotesOf("“Thanks for the great work,” McDonough wrote in an email to top State officials in September.", "en");
    expect(qs.filter((q) => q.cue?.lemma === "state")).toHaveLength(0);
    expect(find(qs, "Thanks for the great work")?.speaker?.name).toBe("McDonough");
  });
});
