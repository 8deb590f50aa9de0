import { describe, expect, it } from "vitest";
import { article, clean, reasons } from "./helpers.js";

describe("clean: French page furniture is removed with a reason", () => {
  it.each([
    ["Laisser un commentaire", "comment-prompt"],
    ["12 commentaires", "comment-prompt"],
    ["Commentaires (3)", "comment-prompt"],
    ["Réagir", "comment-prompt"],
    ["Votre adresse e-mail ne sera pas publiée.", "comment-prompt"],
    ["Vous devez être connecté pour commenter.", "comment-prompt"],
    ["Identifiez-vous pour réagir à cet article", "comment-prompt"],
    ["Partager sur Facebook", "share"],
    ["Partager cet article", "share"],
    ["Abonnez-vous", "share"],
    ["Abonnez-vous à notre newsletter pour recevoir l’essentiel de l’actualité", "share"],
    ["Pour ne rien manquer, inscrivez-vous à notre lettre d'information quotidienne.", "share"],
    ["Suivez Jeanne Martin sur X @jmartin", "share"],
    ["Lire aussi", "read-more"],
    ["À lire aussi : Le gouvernement présente son budget", "read-more"],
    ["A LIRE AUSSI - La grève se poursuit à la SNCF", "read-more"],
    ["Lire aussi « Les négociations reprennent à Genève »", "read-more"],
    ["Photo : AFP", "credit"],
    ["Crédit photo : Jean Dupont / Le Parisien", "credit"],
    ["© Reuters", "credit"],
    ["(Getty Images)", "credit"],
    ["Les grévistes devant l'usine, mardi matin. © Marc Dubreuil", "credit"],
    ["Les pompiers sont intervenus dans la nuit. Photo Le Progrès/Jean Martin", "credit"],
    ["(Photo : Ouest-France)", "credit"],
    ["PHOTO AFP", "credit"],
    ["Sur la photo : des manifestants devant la préfecture.", "credit"],
    ["Partagez cet article sur les réseaux sociaux", "share"],
    ["Cet article est réservé aux abonnés.", "share"],
    ["Nos articles sur le sujet", "read-more"],
    ["Cet article vous a été utile ?", "ui"],
    ["Publié le 12/03/2025 à 14h05 - Mis à jour le 12/03/2025 à 16h20", "timestamp"],
    ["AFP PHOTO / Ludovic Marin", "credit"],
    ["© 2022 Le Monde", "footer"],
    ["Tous droits réservés.", "footer"],
    ["Avec AFP", "footer"],
    ["Cet article a été mis à jour avec la réaction du ministère.", "footer"],
    ["Rectificatif : une version précédente de cet article indiquait une date erronée.", "footer"],
    ["Propos recueillis par Claire Morel", "footer"],
    ["Publicité", "ui"],
    ["Mentions légales | Politique de confidentialité | Contact", "ui"],
    ["Mots-clés : Ukraine, diplomatie, OTAN", "ui"],
    ["Regardez l'entretien en intégralité ci-dessous :", "media-prompt"],
    ["* * *", "separator"],
  ])("%s → %s", (line, reason) => {
    const out = clean(article(line));
    expect(out.removed).toEqual([{ text: line, reason }]);
    expect(out.text).not.toContain(line);
  });

  it("removes the desk initials that close a wire story, not a slashed word in the text", () => {
    const raw = article("La ligne Paris/Lyon sera rouverte jeudi.") + "\n\ncv/fm/ial";
    expect(reasons(raw)).toEqual({ "cv/fm/ial": "sign-off" });
  });

  it("keeps prose that opens like a stamp or a credit", () => {
    const lines = [
      "Publié le mois dernier, le rapport chiffre la hausse à 3 %.",
      "Photo à l'appui, le syndicat a montré les dégâts aux journalistes présents dans la salle.",
    ];
    expect(clean(article(...lines)).removed).toEqual([]);
  });

  it("keeps prose that mentions comments or logging in", () => {
    const lines = [
      "Le ministre s'est connecté à la réunion pour commenter les chiffres du chômage devant les élus de la majorité et de l'opposition réunis.",
      "Elle n'a pas souhaité réagir.",
    ];
    expect(clean(article(...lines)).removed).toEqual([]);
  });

  it("removes a byline near the top but not a sentence that opens with « Par »", () => {
    const raw = "Le Sénat adopte la réforme\n\nPar Jeanne Dupont et Marc Lévy\n\nPar ailleurs, le texte prévoit une clause de revoyure.";
    expect(reasons(raw)).toEqual({ "Par Jeanne Dupont et Marc Lévy": "byline" });
  });

  it("removes the short link list under a bare « Lire aussi : »", () => {
    const raw = article("Lire aussi :\n- Le FMI relève ses prévisions\n- La BCE maintient ses taux");
    const out = clean(raw);
    expect(out.removed.map((r) => r.reason)).toEqual(["read-more", "read-more", "read-more"]);
    expect(out.text).toContain("Le dernier paragraphe conclut");
  });

  it("takes one title after a blank line under a bare head, and stops at the next paragraph", () => {
    const raw = article("Lire aussi :", "Le FMI relève ses prévisions", "La suite de l'article reprend ici, avec une phrase.");
    const out = clean(raw);
    expect(out.removed.map((r) => r.text)).toEqual(["Lire aussi :", "Le FMI relève ses prévisions"]);
    expect(out.text).toContain("La suite de l'article reprend ici");
  });

  it("does not take a following paragraph that ends a sentence as a link", () => {
    const raw = article("Lire aussi : La BCE maintient ses taux", "- Premier point du plan, détaillé ici.");
    expect(clean(raw).removed.map((r) => r.text)).toEqual(["Lire aussi : La BCE maintient ses taux"]);
  });
});
