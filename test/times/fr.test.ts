import { describe, expect, it } from "vitest";
import { find, timesOf } from "./helpers.js";

// Monday 21 February 2022.
const DCT = "2022-02-21";

async function expectTimes(text: string, expected: [string, string, string][], dct: string | null = DCT): Promise<void> {
  const times = await timesOf(text, dct, "fr");
  for (const [surface, value, type] of expected) {
    const t = find(times, surface);
    expect([t.value, t.type]).toEqual([value, type]);
  }
}

describe("fr weekdays", () => {
  it("resolves weekdays by tense, with parts of the day", async () => {
    await expectTimes("La ministre a rencontré ses homologues samedi dernier, puis dimanche soir.", [
      ["samedi dernier", "2022-02-19", "DATE"],
      ["dimanche soir", "2022-02-20TEV", "TIME"],
    ]);
    await expectTimes("Le maire recevra les syndicats jeudi, et le préfet tiendrait une réunion lundi matin.", [
      ["jeudi", "2022-02-24", "DATE"],
      ["lundi matin", "2022-02-21TMO", "TIME"],
    ]);
    await expectTimes("Mercredi, l'entreprise avait annoncé 200 suppressions de postes.", [["Mercredi", "2022-02-16", "DATE"]]);
  });

  it("keeps the weekday the DCT falls on in the past, and a week back for « dernier »", async () => {
    await expectTimes("Le juge a tranché lundi.", [["lundi", "2022-02-21", "DATE"]]);
    await expectTimes("Le juge a tranché lundi dernier.", [["lundi dernier", "2022-02-14", "DATE"]]);
  });

  it("reads « le mercredi » as a habit when nothing dates it", async () => {
    await expectTimes("La médiathèque ouvrira uniquement le mercredi.", [["le mercredi", "XXXX-WXX-3", "SET"]]);
  });
});

describe("fr days and months", () => {
  it("reads dates with and without years, keeping the article as TimeBank does", async () => {
    await expectTimes("Le sommet aura lieu le 24 février. Elle est née le 6 mars 1941 et s'est mariée le 1er mai 1962.", [
      ["le 24 février", "2022-02-24", "DATE"],
      ["le 6 mars 1941", "1941-03-06", "DATE"],
      ["le 1er mai 1962", "1962-05-01", "DATE"],
    ]);
    await expectTimes("Le texte, voté le 8 mars dernier, s'appliquera dès le mercredi 1er juin.", [
      ["le 8 mars dernier", "2021-03-08", "DATE"],
      ["le mercredi 1er juin", "2022-06-01", "DATE"],
    ]);
    await expectTimes("Les faits remontent au 27 mai 1998.", [["27 mai 1998", "1998-05-27", "DATE"]]);
  });

  it("places a month alone by tense and keeps its granularity", async () => {
    await expectTimes("Les deux présidents se sont vus en juin à Genève.", [["en juin", "2021-06", "DATE"]]);
    await expectTimes("L'accord sera signé en juin prochain; les travaux ont commencé dès octobre 98.", [
      ["juin prochain", "2022-06", "DATE"],
      ["octobre 98", "1998-10", "DATE"],
    ]);
    await expectTimes("Le régiment rentrera début octobre.", [["début octobre", "2022-10", "DATE"]]);
  });

  it("reads relative days, weeks, months and years", async () => {
    await expectTimes(
      "Hier, le Premier ministre a parlé. Il a vu la reine plus tôt ce mois-ci et la semaine dernière. Il reviendra plus tard cette semaine, puis l'an prochain.",
      [
        ["Hier", "2022-02-20", "DATE"],
        ["plus tôt ce mois-ci", "2022-02", "DATE"],
        ["la semaine dernière", "2022-W07", "DATE"],
        ["plus tard cette semaine", "2022-W08", "DATE"],
        ["l'an prochain", "2023", "DATE"],
      ],
    );
    await expectTimes("Les coureurs se sont rendus ce week-end à Annecy. Demain, aujourd'hui et l'année dernière.", [
      ["ce week-end", "2022-W07-WE", "DATE"],
      ["Demain", "2022-02-22", "DATE"],
      ["aujourd'hui", "2022-02-21", "DATE"],
      ["l'année dernière", "2021", "DATE"],
    ]);
    await expectTimes("Le village a été inondé il y a trois jours.", [["il y a trois jours", "2022-02-18", "DATE"]]);
  });

  it("reads years, decades and seasons", async () => {
    await expectTimes("Créée en 2019, l'association rappelle les années 60 et l'été dernier.", [
      ["2019", "2019", "DATE"],
      ["les années 60", "196", "DATE"],
      ["l'été dernier", "2021-SU", "DATE"],
    ]);
  });
});

describe("fr times of day", () => {
  it("anchors clock times to the day named before them", async () => {
    const times = await timesOf("Le drame s'est produit mardi vers 21 h 45. Hier soir, à 18h30, la police est arrivée.", DCT, "fr");
    expect(find(times, "21 h 45").value).toBe("2022-02-15T21:45");
    expect(find(times, "21 h 45").mod).toBe("APPROX");
    expect(find(times, "Hier soir").value).toBe("2022-02-20TEV");
    expect(find(times, "18h30").value).toBe("2022-02-20T18:30");
  });

  it("reads noon and this morning", async () => {
    await expectTimes("Ce matin, le conseil s'est réuni jusqu'à midi.", [
      ["Ce matin", "2022-02-21TMO", "TIME"],
      ["midi", "2022-02-21T12:00", "TIME"],
    ]);
  });
});

describe("fr durations, sets and references", () => {
  it("reads durations with digits and number words", async () => {
    await expectTimes("Il a parlé pendant deux heures, après trois ans d'exil et dix-huit mois de prison; il devance son rival de 30,4 secondes.", [
      ["deux heures", "PT2H", "DURATION"],
      ["trois ans", "P3Y", "DURATION"],
      ["dix-huit mois", "P18M", "DURATION"],
      ["30,4 secondes", "PT30.4S", "DURATION"],
    ]);
    await expectTimes("Les travaux dureront environ deux mois, depuis plusieurs années.", [
      ["environ deux mois", "P2M", "DURATION"],
      ["plusieurs années", "PXY", "DURATION"],
    ]);
  });

  it("reads sets", async () => {
    await expectTimes("Le marché a lieu chaque lundi et la fête tous les ans; le trafic quotidien augmente.", [
      ["chaque lundi", "XXXX-WXX-1", "SET"],
      ["tous les ans", "P1Y", "SET"],
      ["quotidien", "P1D", "SET"],
    ]);
  });

  it("reads present, past and future references", async () => {
    await expectTimes("Actuellement, les prix montent; autrefois ils baissaient, et ils baisseront bientôt.", [
      ["Actuellement", "PRESENT_REF", "TIME"],
      ["autrefois", "PAST_REF", "TIME"],
      ["bientôt", "FUTURE_REF", "TIME"],
    ]);
  });

  it("leaves relative values underspecified without a DCT", async () => {
    await expectTimes("La réunion a eu lieu en juin, le 3 mars et samedi.", [
      ["en juin", "XXXX-06", "DATE"],
      ["le 3 mars", "XXXX-03-03", "DATE"],
      ["samedi", "XXXX-WXX-6", "DATE"],
    ], null);
  });
});
