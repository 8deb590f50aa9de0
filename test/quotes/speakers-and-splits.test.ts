import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import type { Quote } from "../../src/model/annotations.js";
import { find, quotesOf } from "./helpers.js";

/** The quotes of a text analysed by the whole pipeline (entities included), with every speaker's entity name. */
async function analysed(text: string, lang: "fr" | "en"): Promise<{ quotes: Quote[]; who: (fragment: string) => string | undefined }> {
  const a = await analyze(text, { dct: "2023-05-15", lang });
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const who = (fragment: string): string | undefined => {
    const q = find(a.quotes, fragment);
    return q?.speaker?.entity ? names.get(q.speaker.entity) : undefined;
  };
  return { quotes: a.quotes, who };
}

describe("quotes: pronoun speakers resolved by gender", () => {
  it("gives « elle » to the woman named before, not to the man quoted last", async () => {
    const { who } = await analysed(
      "M. Bertrand Falcon a nié les faits. « Je n'ai rien signé », a-t-il assuré. Son ancienne comptable, Odile Marchal, a livré une autre version. « Tout était prévu depuis des mois », a-t-elle raconté au juge.",
      "fr",
    );
    expect(who("Je n'ai rien signé")).toBe("Bertrand Falcon");
    expect(who("Tout était prévu")).toBe("Odile Marchal");
  });

  it("reads the gender from a title with its determiner or an honorific", async () => {
    const { who } = await analysed(
      "La présidente de la région, Dominique Lestrade, a reçu Dominique Ferrier. Elle a affirmé que les routes seraient refaites.",
      "fr",
    );
    // "Dominique" is either; "La présidente" settles it.
    expect(who("les routes seraient refaites")).toBe("Dominique Lestrade");
    const en = await analysed("Ms. Robin Tate met Mr. Robin Hale on Monday. “We agreed on nothing,” she said.", "en");
    expect(en.who("We agreed on nothing")).toBe("Robin Tate");
  });

  it("resolves « lui » after a source phrase and « he » to the subject of the sentence before", async () => {
    const { who } = await analysed("L'avocat de la défense, Me Arnaud Kessler, a plaidé l'acquittement. D'après lui, le témoignage est « celui d'un homme aigri ».", "fr");
    expect(who("celui d'un homme aigri")).toBe("Arnaud Kessler");
    const en = await analysed("Coach Martin Reyes met the board on Friday. He said the squad would travel on Sunday.", "en");
    expect(en.who("the squad would travel")).toBe("Martin Reyes");
  });

  it("leaves a pronoun with no compatible person unresolved rather than guessing a wrong one", async () => {
    const { quotes } = await analysed("Mme Claire Dumas a ouvert la séance. « Le quorum est atteint », a-t-il dit.", "fr");
    const q = find(quotes, "Le quorum est atteint")!;
    expect(q.speaker?.text).toBe("il");
    expect(q.speaker?.entity).toBeNull();
  });
});

describe("quotes: inverted subjects and appositions", () => {
  it("reads an inverted subject past a time adjunct", async () => {
    const qs = await quotesOf("« Nous irons jusqu'au bout », a confié jeudi matin Hugo Vernier, délégué syndical.", "fr");
    expect(find(qs, "Nous irons jusqu'au bout")?.speaker?.name).toBe("Hugo Vernier");
    const dim = await quotesOf("« La situation est grave », a averti dimanche la directrice de l'hôpital.", "fr");
    expect(find(dim, "La situation est grave")?.speaker?.text).toBe("la directrice de l'hôpital");
  });

  it("steps over a participle clause between the subject and its verb", async () => {
    const qs = await quotesOf("La ministre, Laure Vidal, interrogée mardi par « Le Matin », a annoncé que la loi serait retirée.", "fr");
    expect(find(qs, "la loi serait retirée")?.speaker?.name).toBe("Laure Vidal");
    const en = await quotesOf("The senator, Jane Holt, asked about the vote, said the bill would pass.", "en");
    expect(find(en, "the bill would pass")?.speaker?.name).toBe("Jane Holt");
  });

  it("skips a stressed pronoun between commas after the subject", async () => {
    const qs = await quotesOf("Julien Massard, lui, prévient : « Rien ne changera. »", "fr");
    expect(find(qs, "Rien ne changera")?.speaker?.name).toBe("Julien Massard");
  });

  it("gives a gerund the subject of a sentence opened by a time word and a comma", async () => {
    const qs = await quotesOf("Mardi, la direction a rejeté la demande, estimant qu'un report « mettrait le site en danger ».", "fr");
    expect(find(qs, "mettrait le site en danger")?.speaker?.name).toBe("la direction");
    const en = await quotesOf("On Monday, the company rejected the offer, saying the price was too low.", "en");
    expect(find(en, "the price was too low")?.speaker?.name).toBe("the company");
  });
});

describe("quotes: one statement, one quote", () => {
  it("cuts a quotation at an incise that ends its sentence", async () => {
    const qs = await quotesOf("« On a bâti un dossier vide, a-t-il lancé. Mais la vérité finira par sortir. »", "fr");
    expect(find(qs, "On a bâti un dossier vide")?.text).toBe("On a bâti un dossier vide");
    expect(find(qs, "la vérité finira par sortir")?.text).toBe("Mais la vérité finira par sortir.");
    const en = await quotesOf("“We did nothing wrong, she said. The audit will prove it.”", "en");
    expect(find(en, "We did nothing wrong")?.text).toBe("We did nothing wrong");
    expect(find(en, "The audit will prove it")?.speaker?.text).toBe("she");
    // An incise between commas keeps the quotation whole.
    const whole = await quotesOf("« Moi, dit-il, je reste ici. »", "fr");
    expect(whole).toHaveLength(1);
  });

  it("ends a report where the same subject's second reporting verb begins", async () => {
    const qs = await quotesOf("Le collectif affirme que les chiffres sont faux et dénonce une « manipulation grossière ».", "fr");
    expect(find(qs, "les chiffres sont faux")?.text).toBe("les chiffres sont faux");
    expect(find(qs, "manipulation grossière")?.speaker?.name).toBe("Le collectif");
    const mais = await quotesOf("Paul Gaudin a reconnu ne disposer d'aucune preuve, mais a maintenu que « les faits sont établis ».", "fr");
    expect(find(mais, "ne disposer")?.text).toBe("ne disposer d'aucune preuve");
    expect(find(mais, "les faits sont établis")?.speaker?.name).toBe("Paul Gaudin");
    const en = await quotesOf("The firm dismissed the story as “fiction”, insisting no offer had been made.", "en");
    expect(find(en, "no offer had been made")?.text).toBe("no offer had been made");
  });

  it("does not cut at a noun that shares a verb's spelling after a coordinator", async () => {
    const qs = await quotesOf("Officials said the campaign broke federal and state law by using the logo.", "en");
    expect(find(qs, "broke federal")?.text).toBe("the campaign broke federal and state law by using the logo");
  });
});

describe("quotes: sources and what is not a quote", () => {
  it("takes « pour X » before a clause that quotes words as X's view", async () => {
    // The source must be a person or an organisation the entities stage knows: the whole pipeline runs.
    const { quotes, who } = await analysed("Pour le chercheur Yves Tanguy, spécialiste des sols, la récolte reste « sauvable » si la pluie revient.", "fr");
    const q = find(quotes, "sauvable")!;
    expect(q.kind).toBe("mixed");
    expect(q.text.startsWith("la récolte")).toBe(true);
    expect(who("sauvable")).toBe("Yves Tanguy");
    // No quotation: the writer's framing, not a report.
    const plain = await analysed("Pour Yves Tanguy, la récolte reste sauvable si la pluie revient.", "fr");
    expect(plain.quotes).toHaveLength(0);
  });

  it("reports nothing for competing crowd counts with their sources", async () => {
    const qs = await quotesOf("Samedi, entre 2 000 manifestants, selon la police, et 6 500, selon les syndicats, ont défilé à Nantes.", "fr");
    expect(qs).toHaveLength(0);
    const en = await quotesOf("Between 900 people, according to police, and 3,000, according to organisers, marched on Sunday.", "en");
    expect(en).toHaveLength(0);
    // One source for a claim stays a report.
    const one = await quotesOf("Le chômage baissera l'an prochain, selon l'institut.", "fr");
    expect(find(one, "Le chômage baissera")?.speaker?.text).toBe("l'institut");
  });

  it("drops a headline kicker before a colon and a sign's words", async () => {
    const kicker = await quotesOf("Affaire Dorval : trois ans requis contre l'ancien maire\n\nLe parquet a requis trois ans de prison.", "fr");
    expect(find(kicker, "trois ans requis")).toBeUndefined();
    const sign = await quotesOf("Sur les pancartes, on pouvait lire « Rendez-nous nos trains », le slogan du collectif.", "fr");
    expect(sign).toHaveLength(0);
    // A turn of a transcript is still a quote.
    const turn = await quotesOf("Marie Caron : « Nous ne lâcherons rien sur les salaires. »", "fr");
    expect(find(turn, "Nous ne lâcherons rien")?.speaker?.name).toBe("Marie Caron");
  });

  it("does not take a programme's name in Title Case for words said", async () => {
    const qs = await quotesOf("Speaking on the radio program “Morning Desk,” Ruth Ellis said the talks had failed.", "en");
    expect(find(qs, "Morning Desk")).toBeUndefined();
    expect(find(qs, "the talks had failed")?.speaker?.name).toBe("Ruth Ellis");
  });
});

describe("quotes: urging verbs and two-word adverbs", () => {
  it("quotes the subject of a verb that urges someone to a quoted act", async () => {
    const qs = await quotesOf("Le recteur Alain Dufresne a appelé les familles à « garder les enfants à la maison » jeudi.", "fr");
    expect(find(qs, "garder les enfants")?.speaker?.name).toBe("Alain Dufresne");
    const en = await quotesOf("Mayor Ana Pruitt urged drivers to “leave the car at home this week.”", "en");
    expect(find(en, "leave the car at home")?.speaker?.name).toBe("Ana Pruitt");
    // A name given with "appelé" is no quote, nor is "s'appelle".
    const named = await quotesOf("Une opération appelée « Bouclier » a été lancée. Le chien s'appelle Rex.", "fr");
    expect(named).toHaveLength(0);
  });

  it("keeps a two-word adverb inside the verb group", async () => {
    const qs = await quotesOf("Le syndicat a par ailleurs dénoncé un « passage en force » du gouvernement.", "fr");
    expect(find(qs, "passage en force")?.cue?.text).toBe("a par ailleurs dénoncé");
    const en = await quotesOf("The union once again said the plan would fail.", "en");
    expect(find(en, "the plan would fail")?.speaker?.name).toBe("The union");
  });
});

describe("quotes: subjects read past relative clauses and noun readings", () => {
  it("takes the noun phrase before a relative clause between commas as the subject", async () => {
    const qs = await quotesOf("Selon le parquet, le maire aurait caché des comptes par le biais d'une fondation, alors que la société, qui gérait trois cliniques, réclamait des « aides publiques ».", "fr");
    expect(find(qs, "aurait caché des comptes")?.speaker?.text).toBe("le parquet");
    // The object is quoted: a short plain one ("des aides publiques") names a demand and is no quote.
    expect(find(qs, "aides publiques")?.speaker?.text).toBe("la société");
  });

  it("lets an incise-only verb report a clause that « que » opens after it", async () => {
    const qs = await quotesOf("La juge Hélène Morin a rappelé que l'enquête avait duré quatre ans.", "fr");
    expect(find(qs, "l'enquête avait duré quatre ans")?.speaker?.name).toBe("Hélène Morin");
    // With no subject of its own, it stays the writer's reminder.
    const bare = await quotesOf("Rappelons que l'enquête avait duré quatre ans.", "fr");
    expect(bare).toHaveLength(0);
  });

  it("reads a bare verb form after a singular determiner and a name as a noun", async () => {
    const qs = await quotesOf("“Prices will fall,” said Omar Haddad, an analyst at a Boston think tank.", "en");
    expect(find(qs, "Prices will fall")?.speaker?.name).toBe("Omar Haddad");
    // A plural subject agrees with the bare form: it is a verb.
    const plural = await quotesOf("The Democrats say the bill will pass.", "en");
    expect(find(plural, "the bill will pass")?.speaker?.name).toBe("Democrats");
  });
});

describe("quotes: a dash line announced by a colon", () => {
  it("gives a dash line the subject of the verb that closes the paragraph before it with a colon", async () => {
    const qs = await quotesOf("Devant la mairie, un retraité, Gérard, 71 ans, raconte :\n\n— On nous a promis un bus. On attend toujours.", "fr");
    expect(find(qs, "On nous a promis un bus")?.speaker?.name).toBe("Gérard");
    const en = await quotesOf("Outside the plant, a welder, Tom Reilly, explains:\n\n— We were never told. Nobody asked us.", "en");
    expect(find(en, "We were never told")?.speaker?.name).toBe("Tom Reilly");
    // A dash list after a colon with no reporting verb stays a list.
    const list = await quotesOf("Le plan prévoit trois mesures :\n\n— des bus plus fréquents\n\n— des pistes cyclables", "fr");
    expect(list).toHaveLength(0);
  });
});
