import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

describe("quotes, French: direct", () => {
  it("takes a guillemet quote with a postposed verb and subject", async () => {
    const qs = await quotesOf("« Nous ne céderons rien sur les retraites », a affirmé Sophie Binet mardi.", "fr");
    const q = find(qs, "Nous ne céderons rien")!;
    expect(q.kind).toBe("direct");
    expect(q.text).toBe("Nous ne céderons rien sur les retraites");
    expect(q.speaker?.name).toBe("Sophie Binet");
    expect(q.cue?.lemma).toBe("affirmer");
  });

  it("reads narrow no-break spaces inside guillemets and a colon before the quote", async () => {
    const qs = await quotesOf("La ministre de la Santé, Agnès Martin, a déclaré\u202f: «\u202fLa situation reste préoccupante dans les hôpitaux.\u202f»", "fr");
    const q = find(qs, "La situation reste préoccupante")!;
    expect(q.kind).toBe("direct");
    expect(q.speaker?.name).toBe("Agnès Martin");
  });

  it("resolves an inverted pronoun (a-t-il ajouté, dit-elle) to the previous speaker", async () => {
    const text = "Le maire de Lyon, Paul Girard, a annoncé que les travaux commenceraient en juin.\n\n« Nous avons attendu trop longtemps », a-t-il ajouté.";
    const qs = await quotesOf(text, "fr");
    const q = find(qs, "Nous avons attendu")!;
    expect(q.speaker?.name).toBe("Paul Girard");
    expect(q.speaker?.text).toBe("il");
    expect(q.cue?.lemma).toBe("ajouter");
  });

  it("continues a quote over paragraphs that reopen with a guillemet", async () => {
    const text = "Le syndicat a publié une lettre : « Les salariés sont épuisés par des mois de tension.\n\n« Nous demandons une réunion avant la fin du mois. »\n\nLa direction n'a pas répondu.";
    const qs = await quotesOf(text, "fr");
    const q = find(qs, "Les salariés sont épuisés")!;
    expect(q.text).toContain("Nous demandons une réunion");
    expect(q.text).not.toContain("La direction");
  });

  it("inherits the speaker of the previous quote in the same paragraph", async () => {
    const text = "« Le projet est mort », a tranché Claire Dumas. « Il faudra repartir de zéro avec les communes concernées. »";
    const qs = await quotesOf(text, "fr");
    expect(find(qs, "repartir de zéro")?.speaker?.name).toBe("Claire Dumas");
  });

  it("keeps an incise inside the quotation as its attribution", async () => {
    const qs = await quotesOf("« Moi, dit-elle, je n'ai jamais vu une crue pareille dans la vallée. »", "fr");
    expect(find(qs, "je n'ai jamais vu")?.cue?.lemma).toBe("dire");
  });

  it("takes dialogue lines with a dash and an incise", async () => {
    const text = "— Je ne partirai pas sans mes enfants, répondit Marie.\n— Alors nous resterons tous ici ce soir.";
    const qs = await quotesOf(text, "fr");
    const q = find(qs, "Je ne partirai pas")!;
    expect(q.kind).toBe("direct");
    expect(q.speaker?.name).toBe("Marie");
    expect(q.text).not.toContain("répondit");
  });

  it("takes “ ” and straight quotes as well", async () => {
    const qs = await quotesOf("“Le calendrier sera tenu jusqu'au bout”, a assuré le directeur du chantier. Puis \"aucun retard n'est à craindre cette fois\", a-t-il insisté.", "fr");
    expect(find(qs, "Le calendrier sera tenu")?.kind).toBe("direct");
    expect(find(qs, "aucun retard")?.kind).toBe("direct");
  });
});

describe("quotes, French: mixed", () => {
  it("makes a que-clause with a verbatim fragment one mixed quote", async () => {
    const qs = await quotesOf("Le président du club, Marc Olivier, a estimé que l'équipe avait montré « un visage inquiétant » face à Nantes.", "fr");
    const q = find(qs, "un visage inquiétant")!;
    expect(q.kind).toBe("mixed");
    expect(q.text).toBe("l'équipe avait montré « un visage inquiétant » face à Nantes");
    expect(q.speaker?.name).toBe("Marc Olivier");
    expect(qs.filter((x) => x.text.includes("visage"))).toHaveLength(1);
  });

  it("degrades gracefully on the qu' »il garble", async () => {
    const qs = await quotesOf("Le porte-parole du ministère, Karim Ben Ali, a déclaré à la radio qu' »il n'y aura pas de nouvelle hausse cette année ».", "fr");
    const q = find(qs, "il n'y aura pas de nouvelle hausse")!;
    expect(q.kind).toBe("mixed");
    expect(q.speaker?.name).toBe("Karim Ben Ali");
  });

  it("keeps a long verbatim fragment as a direct quote too", async () => {
    const qs = await quotesOf("Le rapport de la Cour des comptes indique que la réforme a coûté « beaucoup plus cher que prévu pour un résultat encore très incertain aujourd'hui ».", "fr");
    expect(qs.some((q) => q.kind === "mixed")).toBe(true);
    expect(qs.some((q) => q.kind === "direct" && q.text.startsWith("beaucoup plus cher"))).toBe(true);
  });
});

describe("quotes, French: indirect", () => {
  it("takes a que-clause with time and place between verb and que", async () => {
    const qs = await quotesOf("Le gouvernement a indiqué lundi dans un communiqué que les aides seraient versées avant l'été.", "fr");
    const q = find(qs, "les aides seraient versées")!;
    expect(q.kind).toBe("indirect");
    expect(q.speaker?.name).toBe("Le gouvernement");
    expect(q.cue?.text).toBe("a indiqué");
  });

  it("takes selon X before, after and inside the content", async () => {
    const before = await quotesOf("Selon la préfecture du Nord, la manifestation a réuni 3 000 personnes.", "fr");
    expect(find(before, "la manifestation a réuni")?.speaker?.name).toContain("préfecture du Nord");
    const after = await quotesOf("Le pont restera fermé jusqu'à vendredi, d'après les services techniques de la ville.", "fr");
    expect(find(after, "Le pont restera fermé")?.speaker?.name).toBe("les services techniques de la ville");
    const inside = await quotesOf("Le chantier, selon l'architecte Léa Fontaine, durera encore deux ans.", "fr");
    expect(find(inside, "durera encore deux ans")?.speaker?.name).toBe("Léa Fontaine");
  });

  it("takes a postposed attribution without quotation marks", async () => {
    const qs = await quotesOf("Les négociations reprendront la semaine prochaine à Genève, a précisé le ministre.", "fr");
    const q = find(qs, "Les négociations reprendront")!;
    expect(q.kind).toBe("indirect");
    expect(q.speaker?.text).toBe("le ministre");
  });

  it("takes an infinitive report", async () => {
    const qs = await quotesOf("La police a affirmé avoir interpellé douze personnes dans la nuit.", "fr");
    expect(find(qs, "avoir interpellé douze personnes")?.speaker?.name).toBe("La police");
  });

  it("keeps a group source in its own words and resolves ils", async () => {
    const text = "Deux responsables européens ont déclaré que l'accord était presque prêt. Ils disent que la signature aura lieu à Bruxelles.";
    const qs = await quotesOf(text, "fr");
    expect(find(qs, "l'accord était presque prêt")?.speaker?.name).toBe("Deux responsables européens");
    const q = find(qs, "la signature aura lieu")!;
    expect(q.speaker?.name).toBe("Deux responsables européens");
    expect(q.speaker?.text).toBe("Ils");
  });

  it("resolves a bare title to the person who holds it", async () => {
    const text = "La porte-parole de l'Élysée, Anne Morel, a déclaré que le président se rendrait à Marseille. La porte-parole a ajouté que la visite durerait deux jours.";
    const qs = await quotesOf(text, "fr");
    expect(find(qs, "la visite durerait deux jours")?.speaker?.name).toBe("Anne Morel");
  });

  it("takes a name with an apposition after it and cuts at a second report", async () => {
    const text = "Les syndicats ont dénoncé une réforme « injuste », tandis que Paul Henri, le secrétaire général du parti, a assuré que le texte serait voté.";
    const qs = await quotesOf(text, "fr");
    expect(find(qs, "le texte serait voté")?.speaker?.name).toBe("Paul Henri");
    expect(find(qs, "une réforme")?.text).not.toContain("tandis");
  });

  it("takes a subject with an adverbial incise before the verb", async () => {
    const qs = await quotesOf("Mais la ministre, malgré les critiques, avait clairement affirmé qu'elle ne reculerait pas.", "fr");
    expect(find(qs, "elle ne reculerait pas")?.speaker?.name).toBe("la ministre");
  });
});
