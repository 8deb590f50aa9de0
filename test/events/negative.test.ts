import { describe, expect, it } from "vitest";
import { eventAt, eventsOf } from "./helpers.js";

describe("events: negative cases", () => {
  it("finds no event in text without political acts", async () => {
    expect(await eventsOf("Le marché de Noël ouvre ses portes samedi place Kléber.", "fr")).toEqual([]);
    expect(await eventsOf("The bakery on Main Street sells bread and pastries.", "en")).toEqual([]);
  });

  it("« nous sommes » is not the verb « sommer »", async () => {
    expect(await eventsOf("« Nous sommes prêts pour la diplomatie », a dit la porte-parole.", "fr")).toEqual([]);
  });

  it("an impersonal « il y a » names no participant", async () => {
    const e = eventAt(await eventsOf("Selon Dmitri Medvedev, il n’y a pas d’invasion.", "fr"), "invasion");
    expect(e.modality).toBe("negated");
    expect(e.participants.filter((p) => p.role === "source")).toEqual([]);
  });

  it("« même si » is concessive, not a condition", async () => {
    const e = eventAt(await eventsOf("Le président a rencontré son homologue, même si les tensions persistent.", "fr"), "rencontré");
    expect(e.modality).toBe("happened");
    expect(e.condition).toBeUndefined();
  });

  it("a plain past act is neither negated nor claimed", async () => {
    const e = eventAt(await eventsOf("Ottawa expelled two diplomats on Friday.", "en"), "expelled");
    expect([e.type, e.modality, e.attribution]).toEqual(["SANCTION", "happened", null]);
  });

  it("a country in a title does not become a participant of its own", async () => {
    const e = eventAt(await eventsOf("Le ministre chinois des Affaires étrangères Wang Yi a rencontré Penny Wong.", "fr"), "rencontré");
    expect(e.participants.map((p) => p.name)).toEqual(["Wang Yi", "Penny Wong"]);
  });
});
