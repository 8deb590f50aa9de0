import { describe, expect, it } from "vitest";
import { find, timesOf } from "./helpers.js";

// Monday 21 February 2022.
const DCT = "2022-02-21";

async function expectTimes(text: string, expected: [string, string, string][], dct: string | null = DCT): Promise<void> {
  const times = await timesOf(text, dct, "en");
  for (const [surface, value, type] of expected) {
    const t = find(times, surface);
    expect([t.value, t.type]).toEqual([value, type]);
  }
}

describe("en weekdays", () => {
  it("resolves weekdays by tense, with parts of the day", async () => {
    await expectTimes("The senator spoke last Saturday and again on Sunday evening.", [
      ["last Saturday", "2022-02-19", "DATE"],
      ["Sunday evening", "2022-02-20TEV", "TIME"],
    ]);
    await expectTimes("The board will meet on Thursday; talks are due to resume Monday morning.", [
      ["Thursday", "2022-02-24", "DATE"],
      ["Monday morning", "2022-02-21TMO", "TIME"],
    ]);
    await expectTimes("On Wednesday, the company had announced 200 job cuts.", [["Wednesday", "2022-02-16", "DATE"]]);
  });
});

describe("en days and months", () => {
  it("reads dates in both orders", async () => {
    await expectTimes("The summit is scheduled for February 24. She was born on 6 March 1941 and married on May 1, 1962.", [
      ["February 24", "2022-02-24", "DATE"],
      ["6 March 1941", "1941-03-06", "DATE"],
      ["May 1, 1962", "1962-05-01", "DATE"],
    ]);
  });

  it("places a month alone by tense", async () => {
    await expectTimes("The two leaders met in June in Geneva, and will meet again next March.", [
      ["June", "2021-06", "DATE"],
      ["next March", "2022-03", "DATE"],
    ]);
    await expectTimes("The plant closed in May 2020.", [["May 2020", "2020-05", "DATE"]]);
  });

  it("reads relative days, weeks, months and years", async () => {
    await expectTimes(
      "Yesterday the minister resigned. He had met the queen earlier this month and last week, and will return later this week and next year.",
      [
        ["Yesterday", "2022-02-20", "DATE"],
        ["earlier this month", "2022-02", "DATE"],
        ["last week", "2022-W07", "DATE"],
        ["later this week", "2022-W08", "DATE"],
        ["next year", "2023", "DATE"],
      ],
    );
    await expectTimes("The riders went to the Alps this weekend. Today, tomorrow and last year.", [
      ["this weekend", "2022-W07-WE", "DATE"],
      ["Today", "2022-02-21", "DATE"],
      ["tomorrow", "2022-02-22", "DATE"],
      ["last year", "2021", "DATE"],
    ]);
    await expectTimes("The village was flooded three days ago.", [["three days ago", "2022-02-18", "DATE"]]);
  });

  it("reads years, decades and seasons", async () => {
    await expectTimes("Founded in 2019, the group recalls the 1960s and last summer.", [
      ["2019", "2019", "DATE"],
      ["the 1960s", "196", "DATE"],
      ["last summer", "2021-SU", "DATE"],
    ]);
  });
});

describe("en times of day", () => {
  it("anchors clock times to the day named before them", async () => {
    const times = await timesOf("The blast happened on Tuesday at about 9:45 p.m. Last night, at 18:30, police arrived.", DCT, "en");
    expect(find(times, "9:45 p.m.").value).toBe("2022-02-15T21:45");
    expect(find(times, "9:45 p.m.").mod).toBe("APPROX");
    expect(find(times, "Last night").value).toBe("2022-02-20TNI");
    expect(find(times, "18:30").value).toBe("2022-02-20T18:30");
  });

  it("reads this morning and noon", async () => {
    await expectTimes("This morning the council sat until noon.", [
      ["This morning", "2022-02-21TMO", "TIME"],
      ["noon", "2022-02-21T12:00", "TIME"],
    ]);
  });
});

describe("en durations, sets and references", () => {
  it("reads durations", async () => {
    await expectTimes("He spoke for two hours after three years in exile and about six months in jail, a 10-day visit.", [
      ["two hours", "PT2H", "DURATION"],
      ["three years", "P3Y", "DURATION"],
      ["about six months", "P6M", "DURATION"],
      ["10-day", "P10D", "DURATION"],
    ]);
  });

  it("reads sets", async () => {
    await expectTimes("The market opens every Monday, the fair is held annually, twice a year.", [
      ["every Monday", "XXXX-WXX-1", "SET"],
      ["annually", "P1Y", "SET"],
      ["a year", "P1Y", "SET"],
    ]);
  });

  it("reads present, past and future references", async () => {
    await expectTimes("Prices are currently rising; they recently fell and will soon rise again.", [
      ["currently", "PRESENT_REF", "DATE"],
      ["recently", "PAST_REF", "DATE"],
      ["soon", "FUTURE_REF", "DATE"],
    ]);
  });
});
