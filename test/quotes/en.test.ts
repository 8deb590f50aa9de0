import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

describe("quotes, English", () => {
  it("takes “…,” Name said and “…,” said Name", async () => {
    const qs = await quotesOf("“We are not going anywhere,” Maria Lopez said on Tuesday. “This fight is far from over,” said Tom Baker.", "en");
    expect(find(qs, "We are not going anywhere")?.speaker?.name).toBe("Maria Lopez");
    expect(find(qs, "This fight is far from over")?.speaker?.name).toBe("Tom Baker");
  });

  it("resolves he said to the previous speaker", async () => {
    const text = "Governor Alan Reed said the budget would be balanced by March.\n\n“Nobody should panic about the numbers,” he said.";
    const qs = await quotesOf(text, "en");
    const q = find(qs, "Nobody should panic")!;
    expect(q.speaker?.name).toBe("Alan Reed");
    expect(q.speaker?.text).toBe("he");
  });

  it("takes a that-clause and a bare clause", async () => {
    const qs = await quotesOf("The ministry said in a statement that the border would reopen. Officials told reporters the talks had stalled.", "en");
    expect(find(qs, "the border would reopen")?.speaker?.name).toBe("The ministry");
    expect(find(qs, "the talks had stalled")?.speaker?.name).toBe("Officials");
  });

  it("takes according to X before and after the content", async () => {
    const qs = await quotesOf("According to the city council, the library will close in May. The bridge cost $40 million, according to state records.", "en");
    expect(find(qs, "the library will close")?.speaker?.name).toBe("the city council");
    expect(find(qs, "The bridge cost")?.speaker?.name).toBe("state records");
  });

  it("makes a that-clause with a quoted fragment mixed", async () => {
    const qs = await quotesOf("The senator, Jane Holt, said that the plan was “dead on arrival” in the House.", "en");
    const q = find(qs, "dead on arrival")!;
    expect(q.kind).toBe("mixed");
    expect(q.speaker?.name).toBe("Jane Holt");
  });

  it("takes a colon before the quotation", async () => {
    const qs = await quotesOf("The coach was blunt: “We played badly and we deserved to lose tonight.”", "en");
    expect(find(qs, "We played badly")?.kind).toBe("direct");
  });
});
