import { describe, expect, it } from "vitest";
import { eventAt, eventsOf, roles } from "./helpers.js";

describe("fr triggers and participants", () => {
  it("codes a verb trigger with its subject, object and place", async () => {
    const e = eventAt(await eventsOf("Angela Merkel a rencontré Justin Trudeau mardi à Ottawa.", "fr"), "rencontré");
    expect([e.type, e.mode, e.modality]).toEqual(["CONSULT", "meeting", "happened"]);
    expect(roles(e)).toEqual({ source: ["Angela Merkel"], target: ["Justin Trudeau"], place: ["Ottawa"] });
  });

  it("reads a noun trigger's partners after « entre »", async () => {
    const e = eventAt(await eventsOf("Une rencontre entre Pedro Sánchez et Giorgia Meloni aura lieu le 30 mars à Rome.", "fr"), "rencontre");
    expect(roles(e).with).toEqual(["Pedro Sánchez", "Giorgia Meloni"]);
    expect(e.modality).toBe("planned");
    expect(e.time).not.toBeNull();
  });

  it("takes a demonym as its country", async () => {
    const e = eventAt(await eventsOf("L’invasion russe de la Géorgie a commencé en août.", "fr"), "invasion");
    expect(e.type).toBe("ASSAULT");
    expect(roles(e)).toMatchObject({ source: ["Russie"], target: ["Géorgie"] });
  });

  it("is not fooled by a noun that looks like a verb", async () => {
    const events = await eventsOf("Il rencontre le maire. La rencontre a duré une heure.", "fr");
    expect(events.filter((e) => e.type === "CONSULT")).toHaveLength(2);
  });
});

describe("fr modality", () => {
  it("happened and ongoing", async () => {
    expect(eventAt(await eventsOf("L’armée a bombardé la ville de Kharkiv.", "fr"), "bombardé").modality).toBe("happened");
    expect(eventAt(await eventsOf("Les manifestations se poursuivent à Téhéran.", "fr"), "manifestations").modality).toBe("ongoing");
  });

  it("planned: future tense and a scheduled date", async () => {
    expect(eventAt(await eventsOf("Le chancelier rencontrera le roi jeudi prochain.", "fr"), "rencontrera", "CONSULT").modality).toBe("planned");
    expect(eventAt(await eventsOf("Le sommet aura lieu le 2 avril à Dakar.", "fr"), "sommet").modality).toBe("planned");
  });

  it("proposed: a proposal or an agreement in principle", async () => {
    expect(eventAt(await eventsOf("Un sommet a été proposé par la Suisse.", "fr"), "sommet").modality).toBe("proposed");
    expect(eventAt(await eventsOf("Lisbonne a accepté en principe de négocier avec Madrid.", "fr"), "négocier").modality).toBe("proposed");
  });

  it("conditional: keeps the condition's text", async () => {
    const e = eventAt(await eventsOf("Rabat discutera avec Alger à condition que la frontière soit rouverte.", "fr"), "discutera");
    expect(e.modality).toBe("conditional");
    expect(e.condition).toBe("à condition que la frontière soit rouverte");
  });

  it("conditional hostile acts are threats (PLOVER)", async () => {
    const e = eventAt(await eventsOf("L’Algérie imposera des sanctions au Maroc si Rabat ne retire pas ses troupes.", "fr"), "imposera");
    expect([e.type, e.modality, e.condition]).toEqual(["THREATEN", "conditional", "si Rabat ne retire pas ses troupes"]);
  });

  it("hypothetical: conditional mood without a reporter", async () => {
    expect(eventAt(await eventsOf("L’armée turque pourrait lancer une offensive contre les milices kurdes.", "fr"), "lancer").modality).toBe("hypothetical");
  });

  it("negated", async () => {
    expect(eventAt(await eventsOf("La Serbie n’a pas attaqué le Kosovo.", "fr"), "attaqué").modality).toBe("negated");
    expect(eventAt(await eventsOf("Aucune rencontre entre Erdogan et Assad n’est prévue.", "fr"), "rencontre").modality).toBe("negated");
  });

  it("« ne … que » restricts, it does not negate", async () => {
    const e = eventAt(await eventsOf("Le gouvernement ne peut négocier que si les rebelles déposent les armes.", "fr"), "négocier");
    expect(e.modality).toBe("conditional");
  });

  it("denied", async () => {
    expect(eventAt(await eventsOf("Belgrade a démenti avoir bombardé des villages du Kosovo.", "fr"), "bombardé").modality).toBe("denied");
    expect(eventAt(await eventsOf("Kiev affirme n’avoir rien à voir avec ces attaques.", "fr"), "attaques").modality).toBe("denied");
  });

  it("claimed: a hostile act reported by another source, linked to the quote", async () => {
    const e = eventAt(await eventsOf("Le ministère géorgien de l’Intérieur a affirmé que des soldats russes avaient arrêté deux bergers.", "fr"), "arrêté");
    expect(e.modality).toBe("claimed");
    expect(e.attribution).toMatch(/^q\d+$/);
  });

  it("a threatened act is the threat's mode", async () => {
    const events = await eventsOf("Le Mali a menacé de bombarder les positions rebelles.", "fr");
    const e = eventAt(events, "menacé");
    expect([e.type, e.mode]).toEqual(["THREATEN", "violence"]);
    expect(events.some((x) => x.type === "ASSAULT")).toBe(false);
  });
});
