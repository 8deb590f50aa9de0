import { describe, expect, it } from "vitest";
import { clean } from "./helpers.js";

describe("clean: article content is kept", () => {
  it("keeps title, subheadings, datelines, quotes and one-word answers of a French article", () => {
    const raw = [
      "Élections : la gauche en tête au premier tour",
      "6 novembre 2012. – Les bureaux de vote ont fermé à 20 heures.",
      "PARIS, 3 mars (AFP) - Le Premier ministre a réuni son gouvernement.",
      "« Non. »",
      "— Vous partez ?",
      "— Oui.",
      "Les exercices militaires se poursuivent",
      "Réactions politiques",
      "Le vote en chiffres :",
      "- 52 % pour la liste de gauche ;",
      "- 48 % pour la liste de droite.",
      "Comment ?",
      "« Il faut partager les efforts », a-t-il dit.",
      "Partager le pouvoir n'est pas une option pour la majorité.",
      "Lundi 3 mars 2014",
      "Tous les documents photographiés ont été rendus à la famille.",
      "Propos recueillis par la police, ces témoignages ont été versés au dossier.",
      "Suivez le guide",
      "Les titres à la une",
      "« Les financements sont là. Ils sont massifs. » (25/11/2019, AFP)",
    ].join("\n\n");
    const out = clean(raw);
    expect(out.removed).toEqual([]);
    expect(out.text).toBe(raw);
  });

  it("keeps title, subheadings, datelines, quotes and list items of an English article", () => {
    const raw = [
      "Markets react to the rate decision",
      "WASHINGTON, March 3 (Reuters) - The Federal Reserve held rates steady on Wednesday.",
      "Markets react",
      "\"No.\"",
      "Comment?",
      "By the numbers",
      "- 3.1% inflation in January",
      "- 250,000 jobs added",
      "Related stocks fell 2% in early trading.",
      "More Americans than ever filed for benefits last week.",
      "Share prices rose after the announcement, traders said.",
      "Follow the money",
      "Voters can sign up for email alerts at the county website, officials said.",
      "The photo of the senator, taken by Reuters, went viral.",
      "Reporting by the Tribune found that the agency had ignored three warnings.",
      "Watch this space, the minister told reporters.",
      "The company updated its privacy policy after the ruling, and users must accept it.",
    ].join("\n\n");
    const out = clean(raw);
    expect(out.removed).toEqual([]);
    expect(out.text).toBe(raw);
  });

  it("keeps a title that opens like a credit label", () => {
    const raw = "VIDÉO : Le ministre s'explique sur la réforme\n\nLe ministre a répondu lundi aux critiques.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("keeps a paragraph that ends with an agency in brackets", () => {
    const raw = "Titre\n\nLe président a quitté Paris dans la soirée pour Bruxelles. (AFP)\n\nFin.";
    expect(clean(raw).removed).toEqual([]);
  });
});
