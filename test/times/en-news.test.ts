import { describe, expect, it } from "vitest";
import { find, timesOf } from "./helpers.js";

// Monday 21 February 2022.
const DCT = "2022-02-21";

const textsOf = async (text: string) => (await timesOf(text, DCT, "en")).map((t) => [t.text, t.value]);

describe("en news: months", () => {
  it("reads a bare May after a preposition of time, not the modal or the name", async () => {
    expect(await textsOf("The new rules will take effect in May, the agency says.")).toEqual([["May", "2022-05"]]);
    expect(await textsOf("Talks had dragged on until May.")).toEqual([["May", "2021-05"]]);
    expect(await textsOf("Officials may decide next week.")).toEqual([["next week", "2022-W09"]]);
    expect(await textsOf("The plan was backed by May and her cabinet.")).toEqual([]);
    expect(await textsOf("In May’s government, few ministers agreed.")).toEqual([]);
    expect(await textsOf("May I ask a question?")).toEqual([]);
  });

  it("wakes on possessives and compounds: October’s report, last year’s deal, mid-2015", async () => {
    const times = await timesOf("October’s report beat last year’s figures, the best since mid-2015.", DCT, "en");
    expect(find(times, "October").value).toBe("2021-10");
    expect(find(times, "last year").value).toBe("2021");
    expect(find(times, "mid-2015")).toMatchObject({ value: "2015", mod: "MID" });
  });
});

describe("en news: weekdays and days inside names", () => {
  it("keeps weekdays with parts of the day, drops them inside titles", async () => {
    expect(await textsOf("The senator left on Saturday night.")).toEqual([["Saturday night", "2022-02-19TNI"]]);
    expect(await textsOf("He hosted Saturday Night Live twice.")).toEqual([]);
    expect(await textsOf("The Sunday Times reported the deal.")).toEqual([]);
    expect(await textsOf("Voters head to the polls before Tuesday’s primary, which will decide it.")).toEqual([["Tuesday", "2022-02-22"]]);
  });

  it("reads today as a day, but not in USA Today or the Today show", async () => {
    expect(await textsOf("Today, the minister resigned.")).toEqual([["Today", "2022-02-21"]]);
    expect(await textsOf("The minister resigned today.")).toEqual([["today", "2022-02-21"]]);
    expect(await textsOf("She told USA Today that she would run.")).toEqual([]);
    expect(await textsOf("He joins the “Today” show as an anchor.")).toEqual([]);
    expect(await textsOf("“Today’s speech shows the way,” she said.")).toEqual([["Today", "2022-02-21"]]);
  });
});

describe("en news: false friends", () => {
  it("does not read the ordinal “a second” as a duration", async () => {
    expect(await textsOf("She is seeking a second term.")).toEqual([]);
    expect(await textsOf("A second later, the lights went out.")).toEqual([["A second", "PT1S"]]);
  });

  it("does not read “now-defunct” as the present", async () => {
    expect(await textsOf("He wrote for the now-defunct weekly.")).toEqual([]);
    expect(await textsOf("The board holds a weekly meeting.")).toEqual([["weekly", "P1W"]]);
    expect(await textsOf("He writes for the paper now.")).toEqual([["now", "PRESENT_REF"]]);
  });

  it("resolves relative periods and decades", async () => {
    expect(await textsOf("Prices rose earlier this month and will rise again later this week.")).toEqual([
      ["earlier this month", "2022-02"],
      ["later this week", "2022-W08"],
    ]);
    expect(await textsOf("The firm grew fast in the 1990s.")).toEqual([["the 1990s", "199"]]);
  });
});
