import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

describe("quotes: verbatim objects, relatives, continuations, dashes, datives", () => {
  it("makes a stance verb with a quoted object mixed, not a quote of the gerund after it", async () => {
    const qs = await quotesOf("Le syndicat des pilotes a dénoncé « une provocation inutile », tout en estimant que la grève pouvait être évitée.", "fr");
    const q = find(qs, "une provocation inutile")!;
    expect(q.kind).toBe("mixed");
    expect(q.speaker?.name).toBe("Le syndicat des pilotes");
    // Negative side: a stance verb with a plain object stays an indirect report with no quotation.
    const plain = await quotesOf("Le syndicat des pilotes a dénoncé une provocation inutile du ministère des Transports.", "fr");
    expect(find(plain, "une provocation inutile")?.kind).toBe("indirect");
  });

  it("gives a relative pronoun subject with no comma its antecedent noun phrase", async () => {
    const qs = await quotesOf("The vote passed despite protests from three local farmers who said the land was worth more.", "en");
    expect(find(qs, "the land was worth more")?.speaker?.name).toBe("three local farmers");
    const comma = await quotesOf("Maria Lopez, who chairs the panel, said the land was worth more.", "en");
    expect(find(comma, "the land was worth more")?.speaker?.name).toBe("Maria Lopez");
  });

  it("keeps a short full-sentence quote that continues an attributed one, but drops a scare quote", async () => {
    const qs = await quotesOf("“Will the river flood again this spring?” asked Dana Pike. “It will.”", "en");
    expect(find(qs, "It will")?.speaker?.name).toBe("Dana Pike");
    const scare = await quotesOf("“Will the river flood again this spring?” asked Dana Pike. The “plan” was never costed.", "en");
    expect(find(scare, "plan")).toBeUndefined();
  });

  it("opens an English direct quote with a dialogue dash and a subject before the verb", async () => {
    const qs = await quotesOf("— We will reopen the bridge by May, Lena Ortiz said on Friday.", "en");
    const q = find(qs, "We will reopen the bridge")!;
    expect(q.kind).toBe("direct");
    expect(q.text).toBe("We will reopen the bridge by May");
    expect(q.speaker?.name).toBe("Lena Ortiz");
    // A dash list item with no attribution is no quote.
    const list = await quotesOf("— Bridge reopening by May\n— New bus lanes downtown", "en");
    expect(list).toHaveLength(0);
  });

  it("keeps a noun that shares a verb's spelling inside the subject", async () => {
    const qs = await quotesOf("On Monday, the state water board said it would lift the restrictions.", "en");
    expect(find(qs, "it would lift")?.speaker?.name).toBe("the state water board");
  });

  it("takes the inverted subject after a one-word indirect object", async () => {
    const qs = await quotesOf("« Les stocks sont au plus bas depuis dix ans », a expliqué à Reuters Claire Dumas, économiste.", "fr");
    expect(find(qs, "Les stocks sont au plus bas")?.speaker?.name).toBe("Claire Dumas");
    // "à" followed by no name: no subject is made up from the object.
    const none = await quotesOf("« Les stocks sont au plus bas depuis dix ans », a expliqué à la presse lundi.", "fr");
    expect(find(none, "Les stocks sont au plus bas")?.speaker?.name).not.toBe("la presse");
  });

  it("gives one quote for a report that opens on its quotation, two when reported words lead", async () => {
    const one = await quotesOf("La fédération estime que « la réforme a été écrite sans consulter les écoles ni les familles concernées ».", "fr");
    expect(one.filter((q) => q.text.includes("la réforme a été écrite"))).toHaveLength(1);
    const two = await quotesOf("La fédération a indiqué que le texte serait suivi d'un décret qui fixera « les conditions de consultation des écoles et des familles concernées ».", "fr");
    expect(two.filter((q) => q.text.includes("les conditions de consultation"))).toHaveLength(2);
  });
});
