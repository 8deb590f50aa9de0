import { describe, expect, it } from "vitest";
import { find, timesOf } from "./helpers.js";

// Tuesday 5 March 2024.
const DCT = "2024-03-05";

async function expectTimes(lang: "fr" | "en", text: string, expected: [string, string][], dct: string | null = DCT): Promise<void> {
  const times = await timesOf(text, dct, lang);
  for (const [surface, value] of expected) expect(find(times, surface).value, surface).toBe(value);
}

describe("tense inside quotations", () => {
  it("reads a quoted futur from the quotation, not from the reporting verb after it", async () => {
    await expectTimes("fr", "« Nous bloquerons le dépôt en octobre », a-t-il affirmé devant la presse.", [["en octobre", "2024-10"]]);
    await expectTimes("fr", "“Les agriculteurs reviendront en mai”, a prévenu la porte-parole.", [["en mai", "2024-05"]]);
    await expectTimes("fr", 'Le délégué a ajouté : "on finira le chantier en juillet".', [["en juillet", "2024-07"]]);
    await expectTimes("en", "\"We will shut the plant in October,\" the union leader said on Monday.", [["October", "2024-10"]]);
  });

  it("does not send a month back a year for a past verb of another clause", async () => {
    await expectTimes("fr", "« Les loyers ont doublé. À ce prix-là, je déménage en mai », a raconté une locataire.", [["en mai", "2024-05"]]);
    await expectTimes("fr", "La commune a voté le budget en février.", [["en février", "2024-02"]]);
  });

  it("reads a straight quote that closes a quotation begun in an earlier sentence", async () => {
    await expectTimes("fr", 'Le délégué a prévenu : "Nous ne céderons pas.\n\nLa grève commence jeudi", a ajouté le syndicaliste.', [["jeudi", "2024-03-07"]]);
  });

  it("keeps a past tense written inside the quotation", async () => {
    await expectTimes("fr", "« Nous avons manifesté en janvier », a déclaré une militante, qui reviendra bientôt.", [["en janvier", "2024-01"]]);
    await expectTimes("en", "\"We walked out in January,\" said a nurse who will retire soon.", [["January", "2024-01"]]);
  });

  it("reads a quotation without any tense marker as present, whatever the reporting verb", async () => {
    await expectTimes("fr", "« La grève commence jeudi », a indiqué le syndicat.", [["jeudi", "2024-03-07"]]);
  });

  it("leaves the narrator's tense to what lies outside the quotation", async () => {
    await expectTimes("fr", "Le maire a signé l'arrêté lundi, puis il a lancé : « nous tiendrons bon ».", [["lundi", "2024-03-04"]]);
  });
});

describe("futur simple of any verb", () => {
  it("points forward with verbs in -ir and -ire", async () => {
    await expectTimes("fr", "Le chantier du tramway finira en février.", [["en février", "2025-02"]]);
    await expectTimes("fr", "La commission choisira un prestataire en janvier.", [["en janvier", "2025-01"]]);
    await expectTimes("fr", "Le nouveau modèle apparaîtra en février.", [["en février", "2025-02"]]);
  });

  it("does not take the passé simple or the present of verbs in -irer for a futur", async () => {
    await expectTimes("fr", "Le régiment se retira en février.", [["en février", "2024-02"]]);
  });

  it("does not take a present in -urent or -èrent for a passé simple", async () => {
    // Read as past, they would give Saturday 2 March; the present gives the coming one.
    await expectTimes("fr", "Les pétitionnaires, qui espèrent une rencontre samedi, figurent parmi les riverains.", [["samedi", "2024-03-09"]]);
  });
});

describe("bare weekdays in the present", () => {
  it("takes the coming day for an announcement in the present", async () => {
    await expectTimes("fr", "L'intersyndicale, qui appelle à une manifestation vendredi, dénonce la réforme.", [["vendredi", "2024-03-08"]]);
    // Monday 3 June: Saturday is five days ahead, two days back.
    await expectTimes("fr", "Le club organise une collecte samedi devant la mairie.", [["samedi", "2024-06-08"]], "2024-06-03");
    await expectTimes("en", "The coalition calls for a rally on Saturday outside parliament.", [["Saturday", "2024-06-08"]], "2024-06-03");
  });

  it("keeps the past with a past verb, and after « depuis » / \"since\"", async () => {
    await expectTimes("fr", "Le club a organisé une collecte samedi devant la mairie.", [["samedi", "2024-06-01"]], "2024-06-03");
    await expectTimes("fr", "L'usine est à l'arrêt depuis jeudi.", [["jeudi", "2024-05-30"]], "2024-06-03");
    await expectTimes("en", "The road has been closed since Thursday.", [["Thursday", "2024-05-30"]], "2024-06-03");
  });
});

describe("a day named without its year, just ahead of the DCT", () => {
  it("stays ahead when the past verb belongs to another clause", async () => {
    await expectTimes("en", "Supporters have organised a protest march before the derby on April 2.", [["April 2", "2024-04-02"]]);
    await expectTimes("fr", "Le comité a fixé un rassemblement avant le conseil municipal du 28 mars.", [["28 mars", "2024-03-28"]]);
    await expectTimes("en", "The council said that the vote takes place on March 20.", [["March 20", "2024-03-20"]]);
  });

  it("goes back a year when a past verb governs it in its own clause", async () => {
    await expectTimes("en", "The bridge was reopened on March 20.", [["March 20", "2023-03-20"]]);
    await expectTimes("fr", "Le pont a été rouvert le 20 mars.", [["le 20 mars", "2023-03-20"]]);
  });

  it("does not reach further than a few weeks", async () => {
    await expectTimes("en", "Supporters have organised a march before the cup final on June 28.", [["June 28", "2023-06-28"]]);
  });
});

describe("the running week", () => {
  it("takes « toute la semaine », « tout le mois » as the current period", async () => {
    await expectTimes("fr", "La piscine municipale restera fermée toute la semaine.", [["toute la semaine", "2024-W10"]]);
    await expectTimes("fr", "Les contrôles se poursuivent tout le mois.", [["tout le mois", "2024-03"]]);
  });

  it("leaves « toute l'année », which is all year round, alone", async () => {
    const times = await timesOf("Le refuge est ouvert toute l'année.", DCT, "fr");
    expect(times.some((t) => t.value === "2024")).toBe(false);
  });
});

describe("periods counted from the date named before", () => {
  it("anchors « l'année précédente » and « le mois suivant » to the last date of the sentence", async () => {
    await expectTimes("fr", "La région a compté 48 incendies en 2021, contre 30 l'année précédente.", [["l'année précédente", "2020"]]);
    await expectTimes("fr", "Le tribunal a été saisi en octobre 2022 et l'audience a eu lieu le mois suivant.", [["le mois suivant", "2022-11"]]);
  });

  it("looks back within the paragraph, not beyond it", async () => {
    await expectTimes("fr", "Les ventes ont reculé en 2019. L’année suivante, elles se sont effondrées.", [["L’année suivante", "2020"]]);
    await expectTimes("fr", "Les ventes ont reculé en 2019.\n\nL’année précédente, elles avaient progressé.", [["L’année précédente", "2023"]]);
  });

  it("falls back to the DCT without any date before", async () => {
    await expectTimes("fr", "Le nombre de plaintes a doublé par rapport à l'année précédente.", [["l'année précédente", "2023"]]);
  });

  it("does the same in English", async () => {
    await expectTimes("en", "The charity recorded 412 cases in 2022, up from 260 the previous year.", [["the previous year", "2021"]]);
    await expectTimes("en", "The mine closed in May 2015 and reopened the following month.", [["the following month", "2015-06"]]);
    await expectTimes("en", "Prices rose sharply compared with the previous year.", [["the previous year", "2023"]]);
  });

  it("keeps « l'année dernière » and \"last year\" on the DCT", async () => {
    await expectTimes("fr", "Le club a été promu en 2010, et relégué l'année dernière.", [["l'année dernière", "2023"]]);
    await expectTimes("en", "The club was promoted in 2010 and relegated last year.", [["last year", "2023"]]);
  });
});

describe("more ways to name the running period or the future", () => {
  it("takes « dans la semaine » looking ahead, and \"all week\"", async () => {
    await expectTimes("fr", "Le ministère publiera les résultats dans la semaine.", [["dans la semaine", "2024-W10"]]);
    await expectTimes("en", "Train services will be disrupted all week.", [["all week", "2024-W10"]]);
  });

  it("leaves « dans la semaine qui suit », a past « dans la semaine » and \"all year\" alone", async () => {
    for (const [lang, text] of [
      ["fr", "Le dossier sera réglé dans la semaine qui suit le vote."],
      ["fr", "Le dossier avait été réglé dans la semaine."],
      ["en", "The beach is busy all year."],
    ] as const) {
      const times = await timesOf(text, DCT, lang);
      expect(times.filter((t) => t.value === "2024-W10" || t.value === "2024"), text).toEqual([]);
    }
  });

  it("reads \"is to\" + verb as a plan", async () => {
    await expectTimes("en", "The former minister is to appear in court in February.", [["February", "2025-02"]]);
    await expectTimes("en", "The former minister appeared in court in February.", [["February", "2024-02"]]);
  });
});
