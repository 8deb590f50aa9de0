import { describe, expect, it } from "vitest";
import { eventAt, eventsOf, roles } from "./helpers.js";

describe("en triggers and participants", () => {
  it("codes a verb trigger with its subject, object and place", async () => {
    const e = eventAt(await eventsOf("Angela Merkel met Justin Trudeau in Ottawa on Tuesday.", "en"), "met");
    expect([e.type, e.mode, e.modality]).toEqual(["CONSULT", "meeting", "happened"]);
    expect(roles(e)).toEqual({ source: ["Angela Merkel"], target: ["Justin Trudeau"], place: ["Ottawa"] });
  });

  it("reads the agent of a passive", async () => {
    const e = eventAt(await eventsOf("The convoy was attacked by Houthi fighters near Marib.", "en"), "attacked");
    expect(e.type).toBe("ASSAULT");
    expect(roles(e).source).toEqual(["Houthi"]);
  });

  it("a promised cooperative act is also an AGREE (PLOVER)", async () => {
    const events = await eventsOf("Norway will provide food aid to Yemen.", "en");
    expect(events[0]!.type).toBe("AGREE");
    expect(eventAt(events, "provide", "AID").modality).toBe("planned");
  });
});

describe("en modality", () => {
  it("happened and ongoing", async () => {
    expect(eventAt(await eventsOf("Rebels shelled the airport on Sunday.", "en"), "shelled").modality).toBe("happened");
    expect(eventAt(await eventsOf("Protests are continuing in Tehran.", "en"), "Protests").modality).toBe("ongoing");
  });

  it("planned", async () => {
    expect(eventAt(await eventsOf("The German chancellor will meet the king next Thursday.", "en"), "meet", "CONSULT").modality).toBe("planned");
  });

  it("proposed", async () => {
    expect(eventAt(await eventsOf("Spain agreed in principle to hold talks with Morocco.", "en"), "hold talks").modality).toBe("proposed");
    expect(eventAt(await eventsOf("A summit was proposed by Switzerland.", "en"), "summit").modality).toBe("proposed");
  });

  it("conditional, with the condition's text", async () => {
    const e = eventAt(await eventsOf("Algeria will impose sanctions on Morocco unless Rabat withdraws its troops.", "en"), "impose");
    expect([e.type, e.modality, e.condition]).toEqual(["THREATEN", "conditional", "unless Rabat withdraws its troops"]);
    const talks = eventAt(await eventsOf("Seoul will negotiate with Tokyo as long as the tariffs are lifted.", "en"), "negotiate", "CONSULT");
    expect(talks.condition).toBe("as long as the tariffs are lifted");
  });

  it("hypothetical", async () => {
    expect(eventAt(await eventsOf("The Turkish army could launch an offensive against Kurdish militias.", "en"), "launch").modality).toBe("hypothetical");
  });

  it("negated", async () => {
    expect(eventAt(await eventsOf("Serbia did not attack Kosovo.", "en"), "attack").modality).toBe("negated");
    expect(eventAt(await eventsOf("There is no plan to invade Taiwan, the Chinese ambassador said.", "en"), "invade").modality).toBe("negated");
  });

  it("denied", async () => {
    expect(eventAt(await eventsOf("Belgrade denied that it had shelled villages in Kosovo.", "en"), "shelled").modality).toBe("denied");
  });

  it("claimed", async () => {
    const e = eventAt(await eventsOf("Georgian police said Russian soldiers had arrested two Georgian shepherds.", "en"), "arrested");
    expect(e.modality).toBe("claimed");
    expect(roles(e).source).toEqual(["Russia"]);
  });
});
