import { describe, expect, it } from "vitest";
import { eventAt, eventsOf, roles } from "./helpers.js";

// Rules for news articles about local affairs, trials and labour disputes: statements that are
// events (denials, demands, calls), groups named by a common noun, organisers, first persons in
// quotations. Sentences are our own; names are made up.

describe("denials and rejections are REJECT events of their speaker", () => {
  it("fr: démentir, nier", async () => {
    const d = eventAt(await eventsOf("Le maire, Paul Guérin, a démenti toute précipitation.", "fr"), "démenti");
    expect([d.type, d.modality]).toEqual(["REJECT", "happened"]);
    expect(roles(d).source).toEqual(["Paul Guérin"]);
    const n = eventAt(await eventsOf("Mme Sandrine Keller, qui comparaît libre, a nié tout détournement.", "fr"), "nié");
    expect([n.type, roles(n).source]).toEqual(["REJECT", ["Sandrine Keller"]]);
  });

  it("en: deny", async () => {
    const e = eventAt(await eventsOf("Port Authority chief Omar Haddad denied that fees had been raised.", "en"), "denied");
    expect([e.type, e.modality]).toEqual(["REJECT", "happened"]);
    expect(roles(e).source).toEqual(["Omar Haddad"]);
  });

  it("a noun after a determiner stays a noun: « un démenti »", async () => {
    const e = eventAt(await eventsOf("Le gouvernement a publié un démenti mardi.", "fr"), "démenti");
    expect(e.type).toBe("REJECT");
    expect(roles(e).source).toEqual(["gouvernement"]);
  });
});

describe("calls and demands", () => {
  it("fr: « appeler X à » is a REQUEST with X as its target", async () => {
    const e = eventAt(await eventsOf("La ministre Léa Fontaine a appelé les maires à « rester vigilants ».", "fr"), "appelé", "REQUEST");
    expect(roles(e).source).toEqual(["Léa Fontaine"]);
  });

  it("fr: « appeler le gouvernement à » names the group as target", async () => {
    const e = eventAt(await eventsOf("Jeanne Morel a appelé le gouvernement à rétablir les aides.", "fr"), "appelé", "REQUEST");
    expect(roles(e)).toMatchObject({ source: ["Jeanne Morel"], target: ["gouvernement"] });
  });

  it("en: a particle follows its verb at once (« call on », « call for »)", async () => {
    const e = eventAt(await eventsOf("The union has called on Harlow Foods to reopen the plant.", "en"), "called on");
    expect([e.type, e.modality]).toEqual(["REQUEST", "happened"]);
    expect(roles(e)).toMatchObject({ source: ["union"], target: ["Harlow Foods"] });
    const events = await eventsOf("The mayor called the meeting on Monday.", "en");
    expect(events.filter((x) => x.trigger.text.endsWith(" on"))).toEqual([]);
  });

  it("fr: demander is a REQUEST verb", async () => {
    const e = eventAt(await eventsOf("Les riverains demandent une réunion publique.", "fr"), "demandent", "REQUEST");
    expect(e.modality).toBe("happened");
  });
});

describe("a statement in the present is news of one made", () => {
  it("fr and en speech acts happened; other presents go on", async () => {
    expect(eventAt(await eventsOf("Le collectif Air Pur dénonce une « campagne de la peur ».", "fr"), "dénonce").modality).toBe("happened");
    expect(eventAt(await eventsOf("Greenpeace urges Norway to halt the drilling.", "en"), "urges").modality).toBe("happened");
    expect(eventAt(await eventsOf("La police enquête sur l’incendie du hangar.", "fr"), "enquête").modality).toBe("ongoing");
  });
});

describe("groups named by a common noun", () => {
  it("fr: a definite group noun is a subject (« la direction a rejeté »)", async () => {
    const e = eventAt(await eventsOf("Mardi, la direction a rejeté la demande de moratoire.", "fr"), "rejeté");
    expect(e.type).toBe("REJECT");
    expect(roles(e).source).toEqual(["direction"]);
  });

  it("fr: « le parquet de X a requis … contre Y »", async () => {
    const e = eventAt(await eventsOf("Le parquet de Lyon a requis mercredi trois ans de prison contre Marc Tessier.", "fr"), "requis");
    expect([e.type, e.mode]).toEqual(["ACCUSE", "allege"]);
    expect(roles(e)).toMatchObject({ source: ["parquet de Lyon"], target: ["Marc Tessier"] });
  });

  it("an indefinite group noun is no participant", async () => {
    const e = eventAt(await eventsOf("Une association a dénoncé la hausse des loyers.", "fr"), "dénoncé");
    expect(e.participants).toEqual([]);
  });

  it("the name after a group noun is the group's (« le syndicat Sud Rail »)", async () => {
    const e = eventAt(await eventsOf("Le syndicat Sud Rail dénonce la fermeture des guichets.", "fr"), "dénonce");
    expect(roles(e).source).toEqual(["Sud Rail"]);
  });
});

describe("subjects", () => {
  it("a verb's object is not the subject of what follows (« called on X … and has organised a march »)", async () => {
    const e = eventAt(await eventsOf("The trust has called on Meridian Holdings to sell and has organised a march.", "en"), "march");
    expect(roles(e).source).toEqual(["trust"]);
  });

  it("fr: a verb coordinated after a « que » clause shares the sentence's subject", async () => {
    const e = eventAt(await eventsOf("Le collectif Eau Claire affirme que les analyses sont fausses et dénonce une manipulation.", "fr"), "dénonce");
    expect(roles(e).source).toEqual(["Eau Claire"]);
  });

  it("fr: a verb of a « que » clause without a subject does not borrow the speaker", async () => {
    const e = eventAt(await eventsOf("Jean Ricard affirme que des inconnus ont attaqué le local.", "fr"), "attaqué");
    expect(roles(e).source).toBeUndefined();
  });
});

describe("organisers of collective actions", () => {
  it("fr: « à l’appel de X » names the source of a rally", async () => {
    const e = eventAt(await eventsOf("Deux cents salariés se sont rassemblés devant la mairie à l’appel du syndicat Force Ouvrière.", "fr"), "rassemblés");
    expect([e.type, e.mode]).toEqual(["PROTEST", "demo"]);
    expect(roles(e).source).toEqual(["Force Ouvrière"]);
  });

  it("en: « organised by X »", async () => {
    const e = eventAt(await eventsOf("A rally organised by Friends of the Valley drew 300 people.", "en"), "rally");
    expect(roles(e).source?.[0]).toContain("Friends");
  });

  it("a rally without an organiser cue takes none", async () => {
    const e = eventAt(await eventsOf("Des habitants ont manifesté devant la gare de Brest.", "fr"), "manifesté");
    expect(roles(e).source).toBeUndefined();
  });
});

describe("calls for a collective action", () => {
  it("fr: the rally called for is a planned PROTEST of the caller, beside the REQUEST", async () => {
    const events = await eventsOf("Le collectif Terre Vive appelle à un rassemblement samedi devant la préfecture.", "fr");
    const p = eventAt(events, "rassemblement", "PROTEST");
    expect(p.modality).toBe("planned");
    expect(roles(p).source).toEqual(["Terre Vive"]);
    expect(eventAt(events, "appelle", "REQUEST")).toBeDefined();
  });

  it("en: « called for a strike »", async () => {
    const events = await eventsOf("Unite called for a strike at the Felixstowe docks.", "en");
    const p = eventAt(events, "strike", "PROTEST");
    expect([p.modality, roles(p).source]).toEqual(["planned", ["Unite"]]);
  });
});

describe("first persons in a quotation stand for its speaker", () => {
  it("fr: « nous » and « on » inside guillemets", async () => {
    const text = "« Si rien ne bouge, on bloquera le dépôt », a prévenu Karim Benhamou. « Nous appellerons à la grève », a ajouté Lucie Arnaud.";
    const events = await eventsOf(text, "fr");
    const b = eventAt(events, "bloquera");
    expect([b.type, b.modality, roles(b).source]).toEqual(["PROTEST", "conditional", ["Karim Benhamou"]]);
    expect(roles(eventAt(events, "appellerons", "REQUEST")).source).toEqual(["Lucie Arnaud"]);
  });

  it("en: “we” inside curly quotes, em-dash dialogue left alone", async () => {
    const events = await eventsOf("“We will march on the capital,” said union leader Tom Ellis.", "en");
    expect(roles(eventAt(events, "march", "PROTEST")).source).toEqual(["Tom Ellis"]);
  });

  it("outside a quotation « on » names no one", async () => {
    const e = eventAt(await eventsOf("On a bloqué la route de Nantes dimanche.", "fr"), "bloqué");
    expect(e.participants.filter((p) => p.role === "source")).toEqual([]);
  });
});

describe("new triggers", () => {
  it("fr: blocking is a PROTEST (obstruct), « se rendre à » a visit, not « rendre » alone", async () => {
    expect(eventAt(await eventsOf("Les agriculteurs bloquent l’autoroute A7 depuis lundi.", "fr"), "bloquent").type).toBe("PROTEST");
    expect(eventAt(await eventsOf("Le blocage du port a duré trois jours.", "fr"), "blocage").mode).toBe("obstruct");
    const v = eventAt(await eventsOf("Anne Vidal se rendra jeudi à Lorient.", "fr"), "rendra", "CONSULT");
    expect([v.type, v.mode, v.modality]).toEqual(["CONSULT", "visit", "planned"]);
    expect(roles(v)).toMatchObject({ source: ["Anne Vidal"] });
    const none = await eventsOf("Le juge a rendu sa décision à Lorient.", "fr");
    expect(none.filter((e) => e.type === "CONSULT")).toEqual([]);
  });

  it("en: closing a border is a COERCE; not closing it is negated", async () => {
    const e = eventAt(await eventsOf("Chad has not closed the Adré border crossing, officials said.", "en"), "closed");
    expect([e.type, e.modality]).toEqual(["COERCE", "negated"]);
    expect(roles(e).source).toEqual(["Chad"]);
    expect(e.participants.map((p) => p.name)).toContain("Adré");
  });

  it("fr: a called-for noun dated after publication is planned even in a past clause", async () => {
    const e = eventAt(await eventsOf("L’intersyndicale a organisé une manifestation le 2 avril 2022.", "fr"), "manifestation");
    expect(e.modality).toBe("planned");
  });
});

describe("reporting verbs that are events", () => {
  it("fr: the speaker of a quotation is the source of its reporting verb", async () => {
    const text = "Le syndicat a réagi mardi. « Cette décision est injuste et brutale pour les salariés », a dénoncé Paul Girard, délégué CGT.";
    expect(roles(eventAt(await eventsOf(text, "fr"), "dénoncé")).source).toEqual(["Paul Girard"]);
  });

  it("fr: after a quotation the subject follows its verb, and the quotation's negation stays inside", async () => {
    const e = eventAt(await eventsOf("« Nous n’avons jamais reçu ce courrier », a démenti mardi Paul Girard, porte-parole du groupe.", "fr"), "démenti");
    expect([e.type, e.modality, roles(e).source]).toEqual(["REJECT", "happened", ["Paul Girard"]]);
  });

  it("en: a name after a verb with no quotation before it stays its object", async () => {
    const e = eventAt(await eventsOf("Police arrested Dan Moore on Friday.", "en"), "arrested");
    expect(roles(e).target).toEqual(["Dan Moore"]);
  });
});

describe("threats", () => {
  it("en: a threat whose complement holds a condition is conditional", async () => {
    const e = eventAt(await eventsOf("Minister Ada Nwosu warned that her country would respond if the troops moved further north.", "en"), "warned");
    expect([e.type, e.modality]).toEqual(["THREATEN", "conditional"]);
    expect(e.condition).toBe("if the troops moved further north");
  });

  it("fr: « menacer … si »", async () => {
    const e = eventAt(await eventsOf("Le syndicat a menacé de durcir le mouvement si la direction ne revenait pas sur sa décision.", "fr"), "menacé");
    expect(e.modality).toBe("conditional");
  });
});

describe("possessors", () => {
  it("en: « Chad’s Foreign Ministry » acts for Chad as well", async () => {
    const e = eventAt(await eventsOf("Chad’s Foreign Ministry summoned Sudan’s ambassador on Monday.", "en"), "summoned");
    expect(e.type).toBe("ACCUSE");
    expect(roles(e).source).toEqual(["Foreign Ministry", "Chad"]);
    expect(roles(e).target).toEqual(["Sudan"]);
  });
});

describe("leaders named in a subject without a name", () => {
  it("en: « a consortium led by X had held talks »", async () => {
    const e = eventAt(await eventsOf("A consortium led by Maria Lopez had held talks with Brent Holdings.", "en"), "held talks");
    expect(roles(e)).toMatchObject({ source: ["Maria Lopez"], with: ["Brent Holdings"] });
  });

  it("fr: « une délégation menée par X a rencontré Y »", async () => {
    const e = eventAt(await eventsOf("Une délégation menée par Ana Duarte a rencontré Louis Perrin jeudi.", "fr"), "rencontré");
    expect(roles(e)).toMatchObject({ source: ["Ana Duarte"], target: ["Louis Perrin"] });
  });

  it("a leader named after the trigger is not its source", async () => {
    const e = eventAt(await eventsOf("Brent Holdings held talks with a consortium led by Maria Lopez.", "en"), "held talks");
    expect(roles(e).source).toEqual(["Brent Holdings"]);
  });
});

describe("negative cases of the new verbs", () => {
  it("fr: « rassembler » without a clitic gathers, it does not protest", async () => {
    const events = await eventsOf("Le festival rassemble chaque année des milliers de visiteurs à Carhaix.", "fr");
    expect(events.filter((e) => e.type === "PROTEST")).toEqual([]);
  });

  it("fr: claiming an attack (« revendiquer ») is no REQUEST", async () => {
    const events = await eventsOf("Le groupe armé a revendiqué l’attentat de Mopti.", "fr");
    expect(events.filter((e) => e.type === "REQUEST")).toEqual([]);
  });
});

describe("general vocabulary of labour, court and street news", () => {
  it("fr: phrases override their head verb (« attaquer en justice », « se mettre en grève », « s’opposer »)", async () => {
    const j = eventAt(await eventsOf("L’association Robin des Bois a attaqué l’État en justice.", "fr"), "attaqué");
    expect([j.type, j.mode]).toEqual(["ACCUSE", "allege"]);
    expect(eventAt(await eventsOf("Les cheminots se sont mis en grève mardi.", "fr"), "mis").type).toBe("PROTEST");
    expect(eventAt(await eventsOf("Le Sénat s’oppose au projet de loi.", "fr"), "oppose").type).toBe("REJECT");
    expect(eventAt(await eventsOf("Le suspect a été placé en garde à vue à Nancy.", "fr"), "placé").type).toBe("COERCE");
  });

  it("an ultimatum is a THREATEN (PLOVER: give an ultimatum)", async () => {
    expect(eventAt(await eventsOf("Le syndicat a lancé un ultimatum à la direction.", "fr"), "ultimatum").type).toBe("THREATEN");
    expect(eventAt(await eventsOf("Rebels issued an ultimatum to the army.", "en"), "ultimatum").type).toBe("THREATEN");
  });

  it("en: « went on strike », « walked out »", async () => {
    expect(eventAt(await eventsOf("Nurses at Royal Infirmary went on strike on Monday.", "en"), "went").type).toBe("PROTEST");
    expect(eventAt(await eventsOf("Dockers walked out after the vote.", "en"), "walked").type).toBe("PROTEST");
    const none = await eventsOf("She walked along the out-of-town road.", "en");
    expect(none.filter((e) => e.type === "PROTEST")).toEqual([]);
  });
});
