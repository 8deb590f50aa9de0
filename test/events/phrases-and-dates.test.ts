import { describe, expect, it } from "vitest";
import { eventAt, eventsOf, roles } from "./helpers.js";

// Participants named inside an event noun's own phrase ("formulée par X", "chez X"), the reporter of
// a helping act, and which dates belong to which event. Sentences are our own; names are made up.
// Test articles are dated Monday 14 March 2022.

describe("an agent after an event noun is its source", () => {
  it("fr: « la demande formulée par X », « l'attaque menée par X »", async () => {
    const d = eventAt(await eventsOf("Le syndicat a dénoncé la demande formulée par la direction de Stellantis.", "fr"), "demande", "REQUEST");
    expect(roles(d)).toEqual({ source: ["direction"] });
    const a = eventAt(await eventsOf("L'attaque menée par le Hezbollah a fait dix morts.", "fr"), "attaque", "ASSAULT");
    expect(roles(a).source).toEqual(["Hezbollah"]);
  });

  it("fr: « l'arrestation de X par la police » keeps X as target", async () => {
    const e = eventAt(await eventsOf("L'arrestation de Paul Martin par la police a choqué le quartier.", "fr"), "arrestation", "COERCE");
    expect(roles(e)).toMatchObject({ source: ["police"], target: ["Paul Martin"] });
  });

  it("en: “the raid carried out by the police”", async () => {
    const e = eventAt(await eventsOf("The raid carried out by the police angered residents.", "en"), "raid", "ASSAULT");
    expect(roles(e).source).toEqual(["police"]);
  });

  it("negative: a « par » past punctuation or another event belongs elsewhere", async () => {
    const e = eventAt(await eventsOf("La manifestation, encadrée par la police, a rassemblé 300 personnes.", "fr"), "manifestation", "PROTEST");
    expect(roles(e).source ?? []).not.toContain("police");
    const i = eventAt(await eventsOf("L'enquête sur l'attaque revendiquée par le groupe Ansar avance.", "fr"), "enquête");
    expect(roles(i).source ?? []).not.toContain("Ansar");
  });
});

describe("« chez X » names the company or home where an act falls", () => {
  it("fr: « grève chez X », « perquisition chez X »", async () => {
    const g = eventAt(await eventsOf("Grève chez Renault à Flins : la production est à l'arrêt.", "fr"), "Grève", "PROTEST");
    expect(roles(g)).toMatchObject({ target: ["Renault"], place: ["Flins"] });
    const p = eventAt(await eventsOf("Une perquisition chez Marc Dubois a eu lieu mardi.", "fr"), "perquisition");
    expect(roles(p).target).toEqual(["Marc Dubois"]);
  });

  it("negative: « chez » far from any event, or after punctuation, names no participant", async () => {
    const e = eventAt(await eventsOf("Les salariés ont manifesté lundi, et chez Airbus l'inquiétude grandit.", "fr"), "manifesté");
    expect(roles(e).target ?? []).not.toContain("Airbus");
  });
});

describe("the reporter of a helping act with no agent is its source", () => {
  it("fr: « des vivres ont été livrés, selon la Croix-Rouge »", async () => {
    const e = eventAt(await eventsOf("Des vivres ont été livrés jeudi aux sinistrés, selon la Croix-Rouge.", "fr"), "livrés", "AID");
    expect(roles(e).source).toEqual(["Croix-Rouge"]);
    const d = eventAt(await eventsOf("D'après le ministère, 300 tentes ont été acheminées vers la vallée.", "fr"), "acheminées", "AID");
    expect(roles(d).source).toEqual(["ministère"]);
  });

  it("en: “supplies were delivered, according to the agency”", async () => {
    const e = eventAt(await eventsOf("Medical supplies were delivered to the camp on Friday, according to the World Food Programme.", "en"), "delivered", "AID");
    expect(roles(e).source).toEqual(["World Food Programme"]);
  });

  it("negative: hostile acts and acts with an agent keep their reporter out", async () => {
    const k = eventAt(await eventsOf("Deux hommes ont été tués dans la nuit, selon la police.", "fr"), "tués", "ASSAULT");
    expect(roles(k).source ?? []).not.toContain("police");
    const a = eventAt(await eventsOf("Les colis ont été livrés par l'armée, selon la préfecture.", "fr"), "livrés", "AID");
    expect(roles(a).source).toEqual(["armée"]);
    const en = eventAt(await eventsOf("Three villagers were abducted overnight, according to the army.", "en"), "abducted");
    expect(roles(en).source ?? []).not.toContain("army");
  });
});

describe("a date belongs to the event of its own phrase", () => {
  it("fr: « appelle à un rassemblement samedi » — the call is made, the gathering planned", async () => {
    const events = await eventsOf("L'association Vivre Ensemble appelle à une marche samedi devant la mairie.", "fr");
    expect(eventAt(events, "appelle", "REQUEST").modality).toBe("happened");
    expect(eventAt(events, "marche", "PROTEST").modality).toBe("planned");
  });

  it("fr: a future date in a relative clause does not make the main verb planned", async () => {
    const events = await eventsOf("Le syndicat Sud Rail, qui manifestera jeudi devant la gare, dénonce une « provocation ».", "fr");
    expect(eventAt(events, "dénonce", "ACCUSE").modality).toBe("happened");
    expect(eventAt(events, "manifestera").modality).toBe("planned");
  });

  it("en: “calls for a strike on Friday”", async () => {
    const events = await eventsOf("The Transport Workers Union calls for a strike on Friday.", "en");
    expect(eventAt(events, "calls", "REQUEST").modality).toBe("happened");
    expect(eventAt(events, "strike", "PROTEST").modality).toBe("planned");
  });

  it("negative: a verb's own future date still makes it planned", async () => {
    const e = eventAt(await eventsOf("La ministre rencontre jeudi les représentants des agriculteurs.", "fr"), "rencontre");
    expect(e.modality).toBe("planned");
  });
});

describe("what an accusation charges is a claim of the accuser, done by the accused", () => {
  it("fr: « accuse X d'avoir frappé »", async () => {
    const events = await eventsOf("L'association Terre Vive accuse la société Granitex d'avoir détruit une zone humide.", "fr");
    const e = eventAt(events, "détruit", "ASSAULT");
    expect(e.modality).toBe("claimed");
    // The entities stage may keep "d'avoir" in the name: the accused is what matters here.
    expect(roles(e).source?.[0]).toMatch(/^Granitex/);
  });

  it("en: “accused X of crossing … and killing”", async () => {
    const e = eventAt(await eventsOf("Mali on Friday accused Algerian troops of entering the disputed zone and killing three herders.", "en"), "killing", "ASSAULT");
    expect(e.modality).toBe("claimed");
    expect(roles(e).source).toEqual(["Algeria"]);
  });

  it("negative: a finite verb after « et » is the accuser's own act", async () => {
    const events = await eventsOf("Le député Marc Vidal accuse le préfet d'avoir menti et dénonce une « manœuvre ».", "fr");
    expect(eventAt(events, "dénonce", "ACCUSE").modality).toBe("happened");
    const said = await eventsOf("The minister accused the opposition of lying, and the army attacked the rebels.", "en");
    expect(eventAt(said, "attacked", "ASSAULT").modality).toBe("happened");
  });
});

describe("legal and labour phrases", () => {
  it("fr: « faire appel » is a REJECT, « faire appel à » is not", async () => {
    const e = eventAt(await eventsOf("Son avocat, Me Paul Renaud, a annoncé qu'il ferait appel de la décision.", "fr"), "ferait appel", "REJECT");
    expect(roles(e).source).toBeDefined();
    const resort = await eventsOf("La commune a fait appel à un cabinet d'experts.", "fr");
    expect(resort.some((x) => x.type === "REJECT")).toBe(false);
  });

  it("fr: « saisir la justice / le tribunal » and « saisine » are legal actions", async () => {
    const e = eventAt(await eventsOf("Le collectif Air Pur va saisir le tribunal administratif de Nantes.", "fr"), "saisir");
    expect([e.type, e.modality]).toEqual(["ACCUSE", "planned"]);
    const n = eventAt(await eventsOf("La saisine du Conseil d'État par l'association Droits Devant a surpris.", "fr"), "saisine");
    expect(n.type).toBe("ACCUSE");
  });

  it("fr: « suspendre la grève », « retirer sa plainte » ease a conflict", async () => {
    const e = eventAt(await eventsOf("Le syndicat Force Rail a décidé de suspendre la grève.", "fr"), "suspendre");
    expect(e.type).toBe("RETREAT");
    const p = eventAt(await eventsOf("La famille Morin a retiré sa plainte lundi.", "fr"), "retiré");
    expect(p.type).toBe("RETREAT");
  });

  it("en: appeals against rulings, called-off strikes, requests with “ask for”", async () => {
    const a = eventAt(await eventsOf("The Harbour Board will appeal against the ruling.", "en"), "appeal");
    expect(a.type).toBe("REJECT");
    const c = eventAt(await eventsOf("The Rail Workers Union called off the strike on Sunday.", "en"), "called off");
    expect(c.type).toBe("RETREAT");
    const r = eventAt(await eventsOf("Governor Ana Reyes asked for federal help on Monday.", "en"), "asked", "REQUEST");
    expect(roles(r).source).toEqual(["Ana Reyes"]);
  });

  it("negative: “asked” that reports a question is no request", async () => {
    const events = await eventsOf("“Where were the firefighters?” asked Tom Hale, a farmer.", "en");
    expect(events.some((x) => x.type === "REQUEST")).toBe(false);
  });
});

describe("a word both noun and verb is a noun after a preposition", () => {
  it("en: “for strike action” is a strike, not a military strike", async () => {
    const e = eventAt(await eventsOf("The nurses' union will ballot members for strike action.", "en"), "strike");
    expect([e.type, e.mode]).toEqual(["PROTEST", "boycott"]);
  });

  it("fr: « par la menace » is a noun", async () => {
    const e = eventAt(await eventsOf("Le maire a obtenu gain de cause par la menace d'un recours.", "fr"), "menace");
    expect(e.type).toBe("THREATEN");
  });
});

describe("a month's name is no event", () => {
  it("en: “in March” is a date", async () => {
    const events = await eventsOf("The two depots are due to close in March, the company said.", "en");
    expect(events.some((x) => x.trigger.text === "March")).toBe(false);
  });

  it("negative: a march in lower case stays a protest", async () => {
    const e = eventAt(await eventsOf("Residents will march to the town hall in May.", "en"), "march");
    expect(e.type).toBe("PROTEST");
  });
});

describe("groups of people named by a plural", () => {
  it("fr: « les salariés de X » act with the company they belong to", async () => {
    const e = eventAt(await eventsOf("Les salariés de Stellantis ont débrayé mardi.", "fr"), "débrayé", "PROTEST");
    expect(roles(e).source).toEqual(["salariés", "Stellantis"]);
  });

  it("en: “firefighters from X and Y” are sent by both", async () => {
    const e = eventAt(await eventsOf("Firefighters from Spain and Portugal will arrive on Friday.", "en"), "arrive", "AID");
    expect(roles(e).source).toEqual(expect.arrayContaining(["Spain", "Portugal"]));
  });

  it("en: a count before the plural names the group", async () => {
    const e = eventAt(await eventsOf("About 300 farmers staged a protest outside the ministry.", "en"), "staged a protest");
    expect(roles(e).source).toEqual(["farmers"]);
  });

  it("negative: the people called on are no source of the call", async () => {
    const events = await eventsOf("Le syndicat Sud Rail a appelé les cheminots à la grève jeudi.", "fr");
    expect(roles(eventAt(events, "appelé", "REQUEST")).source).toEqual(["Sud Rail"]);
    expect(roles(eventAt(events, "grève", "PROTEST")).source).toEqual(["Sud Rail"]);
  });

  it("negative: a plural in a reported clause does not take the speaker's next verb", async () => {
    const e = eventAt(await eventsOf("La syndicaliste Anne Roux a estimé que les salariés avaient été trompés, et a exigé des excuses.", "fr"), "exigé", "REQUEST");
    expect(roles(e).source).toEqual(["Anne Roux"]);
  });
});

describe("ultimatums and refused requests", () => {
  it("en: “gave X 48 hours to” is a threat", async () => {
    const e = eventAt(await eventsOf("The army gave the rebels 48 hours to lay down their weapons.", "en"), "gave");
    expect(e.type).toBe("THREATEN");
    expect(roles(e).source).toEqual(["army"]);
  });

  it("fr: « a donné 72 heures à X pour » is a threat", async () => {
    const e = eventAt(await eventsOf("Le gouvernement a donné 72 heures aux grévistes pour reprendre le travail.", "fr"), "donné");
    expect(e.type).toBe("THREATEN");
    expect(roles(e).source).toEqual(["gouvernement"]);
  });

  it("fr: a rejected request stays the requester's event", async () => {
    const events = await eventsOf("La préfecture a rejeté la demande de dérogation formulée par l'association Vélo Libre.", "fr");
    expect(roles(eventAt(events, "rejeté", "REJECT")).source).toEqual(["préfecture"]);
    expect(roles(eventAt(events, "demande", "REQUEST")).source).toEqual(["Vélo Libre"]);
  });

  it("en: “rejected the request made by the union”", async () => {
    const events = await eventsOf("The council rejected the request made by the union.", "en");
    expect(roles(eventAt(events, "request", "REQUEST")).source).toEqual(["union"]);
  });

  it("negative: a refused act of the refuser is not kept apart", async () => {
    const events = await eventsOf("The ministry refused to meet the strikers.", "en");
    expect(events.filter((x) => x.type === "CONSULT")).toHaveLength(0);
    expect(eventAt(events, "refused", "REJECT")).toBeDefined();
  });
});

describe("coordinated events keep their own dates", () => {
  it("fr: « à la grève le 20 mars et à un rassemblement le 25 mars »", async () => {
    const doc = await eventsOf("Le syndicat Sud Rail a appelé à la grève le 20 mars et à un rassemblement le 25 mars.", "fr");
    const strike = eventAt(doc, "grève", "PROTEST");
    const rally = eventAt(doc, "rassemblement", "PROTEST");
    expect(strike.time).not.toBeNull();
    expect(rally.time).not.toBeNull();
    expect(strike.time).not.toBe(rally.time);
  });
});

describe("a group noun stands for the body named before it", () => {
  it("en: “the agency” after “the European Maritime Safety Agency”", async () => {
    const events = await eventsOf("The European Maritime Safety Agency opened an inquiry in May. The agency accused the shipowner of dumping fuel.", "en");
    expect(roles(eventAt(events, "accused", "ACCUSE")).source).toEqual(["European Maritime Safety Agency"]);
  });

  it("fr: « le collectif » after « le collectif Sauvons la Vallée », the body it introduced", async () => {
    const events = await eventsOf("Le collectif Sauvons la Vallée s'est réuni lundi. Le collectif dénonce un projet « insensé ».", "fr");
    expect(roles(eventAt(events, "dénonce", "ACCUSE")).source).toEqual(["Sauvons la Vallée"]);
  });

  it("negative: with no such body before, the noun stays itself", async () => {
    const events = await eventsOf("Le maire Paul Girard a parlé lundi. La préfecture a condamné les violences.", "fr");
    expect(roles(eventAt(events, "condamné")).source).toEqual(["préfecture"]);
  });
});

describe("an aspect word after a statement belongs to what is asked", () => {
  it("en: “is asking X to keep” is a request made, not one going on", async () => {
    const e = eventAt(await eventsOf("The ombudsman is asking the council to keep the library open.", "en"), "asking", "REQUEST");
    expect(e.modality).toBe("happened");
  });

  it("negative: “continue to” still makes an act go on", async () => {
    const e = eventAt(await eventsOf("Rebels continue to attack the convoys.", "en"), "attack", "ASSAULT");
    expect(e.modality).toBe("ongoing");
  });

  it("en: “disputed” before a noun is an adjective, not a denial", async () => {
    const e = eventAt(await eventsOf("Chad accused Sudanese militias of raiding the disputed oasis and killing two guards.", "en"), "killing", "ASSAULT");
    expect(e.modality).toBe("claimed");
  });
});

describe("clashes and their sides", () => {
  it("en: “clashes between police and protesters”", async () => {
    const e = eventAt(await eventsOf("Clashes between police and protesters left ten people injured.", "en"), "Clashes", "ASSAULT");
    expect(roles(e).with).toEqual(["police", "protesters"]);
  });

  it("fr: « des heurts entre manifestants et policiers », « affrontements »", async () => {
    const e = eventAt(await eventsOf("Des heurts ont éclaté entre manifestants et policiers à Nantes.", "fr"), "heurts", "ASSAULT");
    expect(roles(e).with).toEqual(["manifestants", "policiers"]);
    const a = eventAt(await eventsOf("Les affrontements entre l'armée et les rebelles ont repris.", "fr"), "affrontements", "ASSAULT");
    expect(roles(a).with).toEqual(["armée", "rebelles"]);
  });

  it("negative: a bare plural outside a pairing names no one", async () => {
    const e = eventAt(await eventsOf("Des policiers ont été blessés et des manifestants interpellés.", "fr"), "blessés");
    expect(roles(e).with ?? []).toEqual([]);
  });
});

describe("allegations in the past conditional, and the sources they cite", () => {
  it("fr: « selon l'accusation, il aurait frappé » is claimed, and « l'accusation » is no event", async () => {
    const events = await eventsOf("Selon l'accusation, le gérant aurait frappé un employé en 2019.", "fr");
    expect(eventAt(events, "frappé", "ASSAULT").modality).toBe("claimed");
    expect(events.some((e) => e.trigger.text === "accusation")).toBe(false);
  });

  it("fr: « d'après l'enquête » names the source", async () => {
    const events = await eventsOf("D'après l'enquête, les deux hommes auraient attaqué le fourgon.", "fr");
    expect(events.some((e) => e.trigger.text === "enquête")).toBe(false);
    expect(eventAt(events, "attaqué", "ASSAULT").modality).toBe("claimed");
  });

  it("en: “according to the complaint” names the source", async () => {
    const events = await eventsOf("According to the complaint, the guards beat the prisoners.", "en");
    expect(events.some((e) => e.trigger.text === "complaint")).toBe(false);
  });

  it("negative: a plain conditional reported is still a plan, and a complaint filed is an event", async () => {
    const events = await eventsOf("Le ministre Paul Vidal a dit qu'il rencontrerait les syndicats. L'association a déposé une plainte lundi.", "fr");
    expect(eventAt(events, "rencontrerait", "CONSULT").modality).toBe("planned");
    expect(eventAt(events, "déposé une plainte").type).toBe("ACCUSE");
  });
});
