import { describe, expect, it } from "vitest";
import { find, timesOf } from "./helpers.js";

// Thursday 21 November 2024.
const DCT = "2024-11-21";

describe("fixed-day holidays", () => {
  it("resolves French holidays by the tense around them, or by their year", async () => {
    const times = await timesOf("Les commerçants espèrent tenir jusqu’à Noël. La boutique avait fermé à la Toussaint 2022. Le marché rouvrira le jour de l’An.", DCT, "fr");
    expect(find(times, "Noël").value).toBe("2024-12-25");
    expect(find(times, "la Toussaint 2022").value).toBe("2022-11-01");
    expect(find(times, "le jour de l’An").value).toBe("2025-01-01");
  });

  it("resolves English holidays", async () => {
    const times = await timesOf("The shops will close on Christmas Eve and reopen after New Year's Day. Last year's Halloween parade was cancelled.", DCT, "en");
    expect(find(times, "Christmas Eve").value).toBe("2024-12-24");
    expect(find(times, "New Year's Day").value).toBe("2025-01-01");
    expect(find(times, "Halloween").value).toBe("2024-10-31");
  });

  it("leaves a holiday that names a thing, not a day", async () => {
    const fr = await timesOf("Le marché de Noël a ouvert ses portes sur la place.", DCT, "fr");
    const en = await timesOf("The Christmas market drew large crowds downtown.", DCT, "en");
    expect([...fr, ...en].map((t) => t.text)).toEqual([]);
  });
});

describe("weekdays after 'until' and 'jusqu'à'", () => {
  it("reads the coming day, as a deadline or a forecast", async () => {
    const en = await timesOf("Forecasters said the heat would last through Thursday.", "2024-08-13", "en");
    const fr = await timesOf("La préfecture a prolongé l’alerte jusqu’à jeudi et attend une décision d’ici vendredi.", "2024-08-13", "fr");
    expect(find(en, "Thursday").value).toBe("2024-08-15");
    expect(find(fr, "jeudi").value).toBe("2024-08-15");
    expect(find(fr, "vendredi").value).toBe("2024-08-16");
  });
});
