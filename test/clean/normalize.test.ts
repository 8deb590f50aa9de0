import { describe, expect, it } from "vitest";
import { clean } from "./helpers.js";

describe("clean: characters and whitespace", () => {
  it("normalises \\r\\n and lone \\r to \\n", () => {
    expect(clean("Titre\r\n\r\nUn paragraphe.\rUn autre.").text).toBe("Titre\n\nUn paragraphe.\nUn autre.");
  });

  it("keeps French and English typography as written", () => {
    const raw = "Il a dit\u00A0: «\u202FNon\u202F» — c’est l’heure… “Fine,” she said – 10\u00A0000 €.";
    expect(clean(raw).text).toBe(raw);
  });

  it("drops soft hyphens, zero-width characters, BOMs and C0 controls", () => {
    const raw = "\uFEFFLe pre\u00ADmier é\u200Btage\u200C du lan\u200Dceur\u2060 a\u0007 cédé\uFEFF.\tFin\u0000.";
    expect(clean(raw).text).toBe("Le premier étage du lanceur a cédé.\tFin.");
  });

  it("turns form feeds and line separators into line breaks rather than gluing words", () => {
    expect(clean("Page un.\fPage deux.\u2028Ligne trois.").text).toBe("Page un.\nPage deux.\nLigne trois.");
  });

  it("trims trailing spaces on each line but keeps no-break spaces inside lines", () => {
    expect(clean("Titre  \t\nUn\u00A0paragraphe.\u00A0 \nFin.").text).toBe("Titre\nUn\u00A0paragraphe.\nFin.");
  });

  it("collapses three or more newlines to one blank line, and keeps single paragraph breaks", () => {
    expect(clean("Titre\n\n\n\nPremier.\n\n\nDeuxième.\nTroisième.\n\n").text).toBe("Titre\n\nPremier.\n\nDeuxième.\nTroisième.");
  });

  it("leaves no run of blank lines where a line was removed", () => {
    const out = clean("Titre\n\nPremier paragraphe.\n\nPartager sur Facebook\n\nDeuxième paragraphe.");
    expect(out.text).toBe("Titre\n\nPremier paragraphe.\n\nDeuxième paragraphe.");
  });
});
