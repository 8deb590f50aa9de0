import { describe, expect, it } from "vitest";
import { clean } from "./helpers.js";

describe("clean: orphan fragments cut mid-sentence", () => {
  it("removes a short cut caption ending on a complementiser + determiner, before a capitalised paragraph", () => {
    const raw = "Titre du jour\n\n« Nous restons prêts », a déclaré la ministre.\nLa ministre affirme que le\nLe Parlement votera mardi.";
    expect(clean(raw).removed).toEqual([{ text: "La ministre affirme que le", reason: "orphan-fragment" }]);
  });

  it("removes a cut French fragment at the end of the text", () => {
    const raw = "Titre du jour\n\nLe conseil s'est réuni lundi.\n\nSelon les";
    expect(clean(raw).removed).toEqual([{ text: "Selon les", reason: "orphan-fragment" }]);
  });

  it("removes a cut English caption", () => {
    const raw = "Storm hits the coast\n\nWinds reached 150 km/h overnight.\n\nPhoto of the\n\nCrews worked until dawn.";
    expect(clean(raw).removed).toEqual([{ text: "Photo of the", reason: "orphan-fragment" }]);
  });

  it("removes an elided cut ending « jusqu’ »", () => {
    const raw = "Titre du jour\n\nLe marché a reculé.\n\nLes prix ont grimpé jusqu’\n\nLa banque centrale doit se réunir.";
    expect(clean(raw).removed.map((r) => r.reason)).toEqual(["orphan-fragment"]);
  });

  it("keeps a cut line continued in lower case on the next line (a wrapped paragraph)", () => {
    const raw = "Titre du jour\n\nLe porte-parole a indiqué que le\nsommet aurait lieu jeudi à Genève.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps hard-wrapped lines even when the next one opens with a name", () => {
    const raw =
      "Titre du jour\n\nLe ministère des Affaires étrangères a confirmé lundi soir, selon les\nNations unies, que les pourparlers reprendraient.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps list items that run on from one to the next", () => {
    const raw = "Titre du jour\n\nLe plan prévoit :\n- la baisse des taxes et\n- la hausse des salaires.\n\nThe plan has two parts:\n\n• Tax cuts for small firms and\n\n• Higher wages.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps a title that ends on a dangling word, since the first line is the title", () => {
    const raw = "Ce que l'on sait de\n\nLe texte commence ici.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps English lines whose last word is French-only dangling (« an » is a year in French)", () => {
    const raw = "Markets react\n\nTraders sold bonds on Monday.\n\nPlan A\n\nThe bank will decide in June.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps a French subheading ending on « an », a noun", () => {
    const raw = "Titre du jour\n\nLes loyers ont augmenté de 5 % en un an, selon l'Insee.\n\nUne hausse de 5 % en un an\n\nLes ménages modestes sont les plus touchés.";
    expect(clean(raw).removed).toEqual([]);
  });
});
