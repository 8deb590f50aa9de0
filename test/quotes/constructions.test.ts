import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

// Round-two rules, each tested with wordings of its own construction (other verbs, names, typography).
describe("quotes: charges (« accuser X d'avoir … », “accused X of …”)", () => {
  it("reports the act charged, after the person charged, in French", async () => {
    const qs = await quotesOf("Les riverains accusent la mairie d'avoir ignoré leurs plaintes pendant des mois.", "fr");
    const q = find(qs, "d'avoir ignoré leurs plaintes")!;
    expect(q.kind).toBe("indirect");
    expect(q.speaker?.name).toBe("Les riverains");
    // A clitic object before the verb and a negated act.
    const neg = await quotesOf("Le syndicat Sud l'accuse de ne pas respecter l'accord signé en mars.", "fr");
    expect(find(neg, "de ne pas respecter l'accord")?.speaker?.name).toBe("Sud");
    // The person charged may be a long noun phrase with its own « de ».
    const long = await quotesOf("La déléguée accuse aussi deux chefs de service d'avoir fait pression sur les intérimaires.", "fr");
    expect(find(long, "d'avoir fait pression")?.speaker?.name).toBe("La déléguée");
  });

  it("reports the act charged in English, quoted or not, and stops before an apposition on the charge", async () => {
    const qs = await quotesOf("Farmers accused the water board of wasting public money.", "en");
    expect(find(qs, "of wasting public money")?.speaker?.name).toBe("Farmers");
    const quoted = await quotesOf("The mayor accused the contractor of “cutting corners at every turn” and said the work would be redone.", "en");
    const q = find(quoted, "cutting corners")!;
    expect(q.kind).toBe("mixed");
    expect(q.speaker?.name).toBe("The mayor");
    expect(find(quoted, "the work would be redone")?.speaker?.name).toBe("The mayor");
    const appos = await quotesOf("Ruritania on Monday accused border guards of firing on a fishing boat, a charge that the neighbouring state rejected.", "en");
    expect(find(appos, "of firing on a fishing boat")?.text).toBe("of firing on a fishing boat");
    expect(find(appos, "of firing on a fishing boat")?.speaker?.name).toBe("Ruritania");
  });

  it("is no report when passive, or when a gerund after a preposition only names it", async () => {
    expect(find(await quotesOf("L'ancien adjoint a été accusé d'avoir favorisé un proche.", "fr"), "favorisé")).toBeUndefined();
    expect(find(await quotesOf("The senator was accused of lying to investigators.", "en"), "lying")).toBeUndefined();
    const named = await quotesOf("Critics want the host to apologise to the mayor for accusing him of taking bribes.", "en");
    expect(named.find((q) => q.text.startsWith("of taking bribes"))).toBeUndefined();
  });
});

describe("quotes: quoted words applied by a qualifying verb", () => {
  it("takes the words after « comme », « de », “as”, or right after the object", async () => {
    const qs = await quotesOf("If the club is relegated, it faces ruin, a prospect she described as “unthinkable.”", "en");
    expect(find(qs, "unthinkable")?.kind).toBe("mixed");
    expect(find(qs, "unthinkable")?.speaker?.name).toBe("she");
    const fr = await quotesOf("Le ministre a jugé la hausse « injustifiable » lors du débat.", "fr");
    expect(find(fr, "injustifiable")?.speaker?.name).toBe("Le ministre");
  });

  it("gives a gerund's qualification its own quote, apart from the clause before it", async () => {
    const qs = await quotesOf('Ms. Ortega denied that the talks had stalled, describing them as "a useful first round".', "en");
    expect(find(qs, "the talks had stalled")?.text).toBe("the talks had stalled");
    const q = find(qs, "a useful first round")!;
    expect(q.kind).toBe("mixed");
    expect(q.speaker?.name).toBe("Ortega");
  });

  it("gives a passive's quoted words to the agent after them", async () => {
    const qs = await quotesOf("Trois blessés ont été transportés à Nantes, dont un enfant dont l'état est jugé « préoccupant » par l'hôpital.", "fr");
    expect(find(qs, "préoccupant")?.kind).toBe("mixed");
    expect(find(qs, "préoccupant")?.speaker?.name).toBe("l'hôpital");
    const qualified = await quotesOf("Le projet, qualifié de « fiasco » par les élus de l'opposition, sera voté jeudi.", "fr");
    expect(find(qualified, "fiasco")?.speaker?.name).toBe("les élus de l'opposition");
    const en = await quotesOf("The budget was described as “reckless” by two former treasury officials.", "en");
    expect(find(en, "reckless")?.speaker?.name).toBe("two former treasury officials");
  });

  it("leaves a passive with no agent, or with unquoted words, to the writer", async () => {
    expect(find(await quotesOf("Son état est jugé « stable ».", "fr"), "stable")?.speaker ?? null).toBeNull();
    expect(await quotesOf("The plan has been described as a failure by its critics.", "en")).toHaveLength(0);
  });
});

describe("quotes: objects of stance verbs", () => {
  it("takes a short plain object for a topic, not a statement", async () => {
    expect(await quotesOf("Une association de locataires a dénoncé la hausse des loyers.", "fr")).toHaveLength(0);
    expect(await quotesOf("Le maire a nié toute implication personnelle.", "fr")).toHaveLength(0);
    expect(await quotesOf("The senator denied any wrongdoing.", "en")).toHaveLength(0);
    // Quoted words or a long object still report.
    expect(find(await quotesOf("Une association a dénoncé une « hausse indécente » des loyers.", "fr"), "hausse indécente")?.kind).toBe("mixed");
    expect(find(await quotesOf("Le syndicat a dénoncé une provocation inutile du ministère des Transports.", "fr"), "provocation inutile")?.kind).toBe("indirect");
  });

  it("reads the object past a time word, and « défendre » as a stance verb", async () => {
    const qs = await quotesOf("Le préfet a démenti mardi toute « manipulation » des chiffres.", "fr");
    expect(find(qs, "manipulation")?.speaker?.name).toBe("Le préfet");
    const def = await quotesOf("La présidente de la région a défendu lundi un plan « de bon sens » face aux critiques.", "fr");
    expect(find(def, "de bon sens")?.speaker?.name).toBe("La présidente de la région");
    expect(await quotesOf("Il est défendu de fumer dans la gare.", "fr")).toHaveLength(0);
  });

  it("takes « ce que » for a relative, not the clause of the verb", async () => {
    const qs = await quotesOf("Le maire a défendu un budget « sérieux » face à ce qu'il décrit comme un abandon de l'État.", "fr");
    expect(find(qs, "sérieux")?.text).toContain("un budget");
    expect(find(await quotesOf("Le ministre a répété ce que le président avait déjà dit.", "fr"), "le président")).toBeUndefined();
  });

  it("takes quoted words in the object of any reporting verb", async () => {
    const qs = await quotesOf("La Cour des comptes, qui a relevé des « irrégularités graves » dans les marchés, a saisi la justice.", "fr");
    expect(find(qs, "irrégularités graves")?.kind).toBe("mixed");
    expect(find(qs, "irrégularités graves")?.speaker?.name).toBe("La Cour des comptes");
  });
});

describe("quotes: coordinated clauses and copulas", () => {
  it("splits « et que » / “and that” when the later clause quotes words of its own", async () => {
    const qs = await quotesOf("La société a affirmé que « les tarifs étaient connus » et que ses clients avaient été « prévenus à temps ».", "fr");
    expect(find(qs, "les tarifs étaient connus")?.text).not.toContain("prévenus");
    expect(find(qs, "prévenus à temps")?.speaker?.name).toBe("La société");
    const en = await quotesOf('The CEO insisted that no branch would close and that service would "not suffer at all".', "en");
    expect(find(en, "no branch would close")?.text).toBe("no branch would close");
    expect(find(en, "not suffer at all")?.kind).toBe("mixed");
  });

  it("keeps plain coordinated clauses as one report", async () => {
    const qs = await quotesOf("The mayor said that the road would reopen on Monday and that nobody had been hurt.", "en");
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain("nobody had been hurt");
  });

  it("does not copy a quoted predicate of « être » / “be” out of its report", async () => {
    const qs = await quotesOf("D'après elle, le rapport de l'inspection est « celui d'un service à bout de souffle depuis des années ».", "fr");
    expect(qs).toHaveLength(1);
    expect(qs[0]!.kind).toBe("mixed");
    // A long fragment that is no predicate is still a quote of its own.
    const own = await quotesOf("Selon lui, le gouvernement a promis aux maires « un plan de soutien qui sera présenté dans les prochains jours ».", "fr");
    expect(own.filter((q) => q.text.includes("un plan de soutien"))).toHaveLength(2);
  });
});

describe("quotes: datelines and asides", () => {
  it("reads no subject and no content in a dateline", async () => {
    const qs = await quotesOf("BORDEAUX, 4 mai (AFP) - Le tramway restera fermé jusqu'à vendredi après un incendie, a annoncé lundi la métropole.", "fr");
    const q = find(qs, "Le tramway restera fermé")!;
    expect(q.text.startsWith("Le tramway")).toBe(true);
    expect(q.speaker?.name).toBe("la métropole");
    const en = await quotesOf("OSLO, Norway (AP) — A Swedish biathlete appealed her ban on Friday, insisting the test had been contaminated.", "en");
    expect(find(en, "the test had been contaminated")?.speaker?.name).toBe("A Swedish biathlete");
  });

  it("ends a postposed attribution's tail at a dash", async () => {
    const qs = await quotesOf("A verdict is expected in June, the tribunal's registry said — though such cases often drag on.", "en");
    expect(find(qs, "A verdict is expected in June")?.speaker?.name).toBe("the tribunal's registry");
  });

  it("leaves a time adjunct's preposition out of the subject", async () => {
    const qs = await quotesOf("Norway on Friday said the fishing quota would be cut by a third.", "en");
    expect(find(qs, "fishing quota")?.speaker?.name).toBe("Norway");
  });
});

describe("quotes: English adjuncts and titles", () => {
  it("reads “on” as a time adjunct only before a time word", async () => {
    const qs = await quotesOf('"We will adapt," Chief Financial Officer Dana Reyes told investors on a call.', "en");
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("We will adapt");
    const time = await quotesOf("The governor said last week the bridge would be rebuilt.", "en");
    expect(find(time, "the bridge would be rebuilt")?.text).toBe("the bridge would be rebuilt");
  });

  it("takes a Title Case quotation owned by a name for a show, not words said", async () => {
    const qs = await quotesOf('Senator Wells spoke on NBC\'s "Meet the Press" about the budget.', "en");
    expect(find(qs, "Meet the Press")).toBeUndefined();
    // A sentence after a possessive is still a quotation.
    expect(find(await quotesOf("Wells's “We are not going to back down on this” drew cheers.", "en"), "We are not going")).toBeDefined();
  });
});

describe("quotes: source phrases after a colon, incises with a tail", () => {
  it("gives a source phrase after a colon the clause that follows", async () => {
    const qs = await quotesOf("Le PDG, Marc Vidal, a démenti que les prix aient « doublé » : selon lui, la hausse moyenne ne dépasse pas 20 %.", "fr");
    expect(find(qs, "doublé")?.text).not.toContain("selon");
    expect(find(qs, "la hausse moyenne ne dépasse pas 20 %")?.kind).toBe("indirect");
    const en = await quotesOf("The firm denied that fees had “tripled”; according to its director, the average rise was 15 percent.", "en");
    expect(find(en, "the average rise was 15 percent")?.speaker?.name).toBe("its director");
  });

  it("splits a quotation at an incise that ends its sentence after a short tail", async () => {
    const qs = await quotesOf("Mme Roche a contesté les faits. « Je n'ai rien signé, a-t-elle affirmé devant le tribunal. Ces documents sont des faux. »", "fr");
    expect(find(qs, "Je n'ai rien signé")?.text).toBe("Je n'ai rien signé");
    expect(find(qs, "Ces documents sont des faux")?.speaker?.text).toBe("elle");
    // Only after an incise that opens on its verb: a subject before it may be the quotation's own words.
    const own = await quotesOf("“If it fails, don’t for a moment believe we were not ready for this. We were.”", "en");
    expect(own.filter((q) => q.text.includes("We were"))).toHaveLength(1);
    expect(find(own, "We were")?.text.startsWith("If it fails")).toBe(true);
  });

  it("keeps the incise's speaker when a source phrase after it names a record", async () => {
    const qs = await quotesOf("Le témoin a parlé aux enquêteurs. « On m'a dit de me taire », a-t-il raconté, selon le compte rendu de l'audience.", "fr");
    expect(find(qs, "On m'a dit de me taire")?.speaker?.text).toBe("il");
    // With no incise, the phrase is the source.
    expect(find(await quotesOf("Les travaux reprendront lundi, selon la mairie.", "fr"), "Les travaux")?.speaker?.text).toBe("la mairie");
  });

  it("does not copy a quoted passive participle out of its clause", async () => {
    const qs = await quotesOf("La banque a assuré que ses clients avaient été « prévenus par courrier plusieurs semaines à l'avance ».", "fr");
    expect(qs).toHaveLength(1);
  });
});
