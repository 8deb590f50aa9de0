import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/stages/language/detect-language.js";
import { voteFrenchOrEnglish } from "../../src/stages/language/stopword-vote.js";

// The language stage has no test folder of its own; its quick vote is tested here, beside the clean stage's.
const FRENCH =
  "Le conseil municipal a voté mardi soir la hausse des tarifs du stationnement, qui entrera en vigueur au printemps. " +
  "Selon la maire, cette mesure doit financer les travaux de la gare routière, mais l’opposition dénonce une décision prise sans concertation avec les commerçants.";
const ENGLISH =
  "The city council voted on Tuesday night to raise parking fees, which will take effect in the spring. " +
  "According to the mayor, the measure is meant to pay for work on the bus station, but the opposition said it had been taken without asking local shop owners.";
const GERMAN =
  "Der Stadtrat hat am Dienstagabend beschlossen, die Parkgebühren zu erhöhen. Nach Angaben der Bürgermeisterin soll die Maßnahme die Arbeiten am Busbahnhof finanzieren, " +
  "doch die Opposition kritisiert eine Entscheidung ohne Absprache mit den Händlern.";
const SPANISH =
  "El ayuntamiento aprobó el martes por la noche la subida de las tarifas de aparcamiento, que entrará en vigor en primavera. " +
  "Según la alcaldesa, la medida debe financiar las obras de la estación de autobuses, pero la oposición denuncia una decisión tomada sin consultar a los comerciantes.";
const ITALIAN =
  "Il consiglio comunale ha votato martedì sera l'aumento delle tariffe dei parcheggi, che entrerà in vigore in primavera. " +
  "Secondo la sindaca, la misura deve finanziare i lavori della stazione degli autobus, ma l'opposizione denuncia una decisione presa senza consultare i commercianti.";

describe("French-or-English vote", () => {
  it("settles French and English news without a detector", () => {
    expect(voteFrenchOrEnglish(FRENCH)).toBe("fr");
    expect(voteFrenchOrEnglish(ENGLISH)).toBe("en");
  });

  it("abstains on other languages and on short texts, leaving them to eld", async () => {
    for (const text of [GERMAN, SPANISH, ITALIAN]) expect(voteFrenchOrEnglish(text)).toBeNull();
    expect(voteFrenchOrEnglish("Le vote de la loi.")).toBeNull();
    expect((await detectLanguage(GERMAN)).code).toBe("de");
    expect((await detectLanguage(SPANISH)).code).toBe("es");
    expect(await detectLanguage(FRENCH)).toEqual({ code: "fr", reliable: true });
  });
});
