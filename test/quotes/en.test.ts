import { describe, expect, it } from "vitest";
import { find, quotesOf } from "./helpers.js";

// Mirrors fr.test.ts pattern by pattern, then covers layouts that are English-specific.

describe("quotes, English: direct", () => {
  it("takes a quote with a postposed verb and subject, either order", async () => {
    const qs = await quotesOf("“We are not going anywhere,” Maria Lopez said on Tuesday. “This fight is far from over,” said Tom Baker.", "en");
    const q = find(qs, "We are not going anywhere")!;
    expect(q.kind).toBe("direct");
    expect(q.text).toBe("We are not going anywhere");
    expect(q.speaker?.name).toBe("Maria Lopez");
    expect(q.cue?.lemma).toBe("say");
    expect(find(qs, "This fight is far from over")?.speaker?.name).toBe("Tom Baker");
  });

  it("takes a colon before the quote", async () => {
    const qs = await quotesOf("The health minister, Agnes Martin, said: “The situation in our hospitals remains worrying.”", "en");
    const q = find(qs, "The situation in our hospitals")!;
    expect(q.kind).toBe("direct");
    expect(q.speaker?.name).toBe("Agnes Martin");
  });

  it("resolves he said / she added to the previous speaker", async () => {
    const text = "Governor Alan Reed said the budget would be balanced by March.\n\n“Nobody should panic about the numbers,” he said.";
    const qs = await quotesOf(text, "en");
    const q = find(qs, "Nobody should panic")!;
    expect(q.speaker?.name).toBe("Alan Reed");
    expect(q.speaker?.text).toBe("he");
  });

  it("continues a quote over paragraphs that reopen with a mark, curly or straight after a colon", async () => {
    const curly = "The union published a letter: “Workers are exhausted after months of tension.\n\n“We ask for a meeting before the end of the month.”\n\nManagement did not reply.";
    const q = find(await quotesOf(curly, "en"), "Workers are exhausted")!;
    expect(q.text).toContain("We ask for a meeting");
    expect(q.text).not.toContain("Management");
    const straight = 'Dr. Ward stated: "The department has lost its way on this issue.\n\n"It is time for new leadership at the top."\n\nThe office declined to comment.';
    const s = find(await quotesOf(straight, "en"), "lost its way")!;
    expect(s.text).toContain("new leadership");
    expect(s.speaker?.name).toBe("Ward");
  });

  it("inherits the speaker of the previous quote in the same paragraph", async () => {
    const qs = await quotesOf("“The project is dead,” said Claire Dumas. “We will have to start again from scratch with the towns involved.”", "en");
    expect(find(qs, "start again from scratch")?.speaker?.name).toBe("Claire Dumas");
  });

  it("takes a quote split by its attribution", async () => {
    const qs = await quotesOf("“The river,” she said, “has never risen this fast in the valley.” Nora Bell had lived there for forty years.", "en");
    const first = find(qs, "The river")!;
    const second = find(qs, "has never risen")!;
    expect(first.cue?.lemma).toBe("say");
    expect(second.cue?.lemma).toBe("say");
    expect(second.speaker?.text).toBe("she");
  });

  it("takes a name signed after a dash", async () => {
    const qs = await quotesOf("“The most unqualified candidate I have ever seen.” ― Carla Sanchez\n\n“We need a plan for the harbour before winter.” -Commissioner Ann Ross", "en");
    expect(find(qs, "most unqualified candidate")?.speaker?.name).toBe("Carla Sanchez");
    expect(find(qs, "plan for the harbour")?.speaker?.name).toContain("Ann Ross");
  });

  it("takes phrasal reporting verbs after the subject (shot back, put it)", async () => {
    const qs = await quotesOf("“They are all here for the free stuff,” Bennett shot back with a laugh. As Ms. Ruiz put it, the plan was never funded.", "en");
    expect(find(qs, "free stuff")?.speaker?.name).toBe("Bennett");
    expect(find(qs, "the plan was never funded")?.speaker?.name).toBe("Ruiz");
  });

  it("takes straight quotes and the two-apostrophe mark as well", async () => {
    const qs = await quotesOf("\"The schedule will hold until the end,\" the site manager said. ''No delay is expected this time,'' Mr. Park added.", "en");
    expect(find(qs, "The schedule will hold")?.kind).toBe("direct");
    const q = find(qs, "No delay is expected")!;
    expect(q.text).toBe("No delay is expected this time");
    expect(q.speaker?.name).toContain("Park");
  });

  it("keeps a question's attribution when the question mark ends the sentence", async () => {
    const qs = await quotesOf("“How many times do we have to see this?” Jon Tester said. “It has to stop.”", "en");
    expect(find(qs, "How many times")?.speaker?.name).toBe("Jon Tester");
  });
});

describe("quotes, English: mixed", () => {
  it("makes a that-clause with a verbatim fragment one mixed quote", async () => {
    const qs = await quotesOf("The club chairman, Mark Oliver, said that the team had shown “a worrying face” against Leeds.", "en");
    const q = find(qs, "a worrying face")!;
    expect(q.kind).toBe("mixed");
    expect(q.text).toBe("the team had shown “a worrying face” against Leeds");
    expect(q.speaker?.name).toBe("Mark Oliver");
    expect(qs.filter((x) => x.text.includes("worrying"))).toHaveLength(1);
  });

  it("keeps a long verbatim fragment as a direct quote too", async () => {
    const qs = await quotesOf("The audit office reported that the reform had cost “far more than planned for a result that is still very uncertain today”.", "en");
    expect(qs.some((q) => q.kind === "mixed")).toBe(true);
    expect(qs.some((q) => q.kind === "direct" && q.text.startsWith("far more than planned"))).toBe(true);
  });
});

describe("quotes, English: indirect", () => {
  it("takes a that-clause with time and place between verb and that", async () => {
    const qs = await quotesOf("The government said on Monday in a statement that the grants would be paid before the summer.", "en");
    const q = find(qs, "the grants would be paid")!;
    expect(q.kind).toBe("indirect");
    expect(q.speaker?.name).toBe("The government");
    expect(q.cue?.text).toBe("said");
  });

  it("takes a bare clause after adjuncts and the person told", async () => {
    const qs = await quotesOf("United Freight said in a statement Thursday night they had pulled the listing. Officials told reporters on Friday the talks had stalled.", "en");
    expect(find(qs, "they had pulled the listing")?.speaker?.name).toBe("United Freight");
    expect(find(qs, "the talks had stalled")?.speaker?.name).toBe("Officials");
  });

  it("takes according to X before, after and inside the content", async () => {
    const before = await quotesOf("According to the city council, the library will close in May.", "en");
    expect(find(before, "the library will close")?.speaker?.name).toBe("the city council");
    const after = await quotesOf("The bridge will stay closed until Friday, according to the city's engineering department.", "en");
    expect(find(after, "The bridge will stay closed")?.speaker?.name).toBe("the city's engineering department");
    const inside = await quotesOf("The works, according to the architect Lea Fontaine, will take two more years.", "en");
    expect(find(inside, "will take two more years")?.speaker?.name).toBe("Lea Fontaine");
  });

  it("takes a postposed attribution without quotation marks, with a bare noun subject", async () => {
    const qs = await quotesOf("Negotiations will resume next week in Geneva, the minister said. The attack took place near the port, sources said.", "en");
    const q = find(qs, "Negotiations will resume")!;
    expect(q.kind).toBe("indirect");
    expect(q.speaker?.text).toBe("the minister");
    expect(find(qs, "The attack took place")?.speaker?.name).toBe("sources");
  });

  it("takes a verb said after its title and name (said council president X)", async () => {
    const qs = await quotesOf("“We will not rush a decision that shapes this city,” said council president Maria Delgado, who chaired the session.", "en");
    expect(find(qs, "We will not rush")?.speaker?.name).toBe("Maria Delgado");
  });

  it("keeps a group source in its own words and resolves they", async () => {
    const text = "Two European officials said the agreement was almost ready. They say the signing will take place in Brussels.";
    const qs = await quotesOf(text, "en");
    expect(find(qs, "the agreement was almost ready")?.speaker?.name).toBe("Two European officials");
    const q = find(qs, "the signing will take place")!;
    expect(q.speaker?.name).toBe("Two European officials");
    expect(q.speaker?.text).toBe("They");
  });

  it("resolves a bare title to the person who holds it", async () => {
    const text = "The White House spokeswoman, Anne Morel, said the president would travel to Denver. The spokeswoman added that the visit would last two days.";
    const qs = await quotesOf(text, "en");
    expect(find(qs, "the visit would last two days")?.speaker?.name).toBe("Anne Morel");
  });

  it("takes a name with a long apposition before the verb and cuts at a second report", async () => {
    const text = "Unions denounced an “unfair” reform, while Paul Henry, the party’s general secretary from Houston, Texas, insisted that the text would pass.";
    const qs = await quotesOf(text, "en");
    expect(find(qs, "the text would pass")?.speaker?.name).toBe("Paul Henry");
    const apposition = await quotesOf("Edward Lane, an economist who directs the forecast at the university, said the economy was slowing.", "en");
    expect(find(apposition, "the economy was slowing")?.speaker?.name).toBe("Edward Lane");
  });

  it("takes a subject with an adverbial incise or an adverb before the verb", async () => {
    const qs = await quotesOf("But the minister, despite the criticism, had clearly stated that she would not back down. He then implied that the vote would be delayed.", "en");
    expect(find(qs, "she would not back down")?.speaker?.name).toBe("the minister");
    expect(find(qs, "the vote would be delayed")?.speaker?.text).toBe("He");
  });

  it("keeps the speaker for a spokeswoman of someone, not the someone", async () => {
    const qs = await quotesOf("A spokeswoman for Mayor Daniel Brooks denied that any sale had been decided.", "en");
    expect(find(qs, "any sale had been decided")?.speaker?.name).toBe("A spokeswoman for Mayor Daniel Brooks");
  });

  it("takes a group subject with an apposition and a bare clause", async () => {
    const qs = await quotesOf("Opponents of the plan, including the local riders' union, said dozens of routes would be cut.", "en");
    expect(find(qs, "dozens of routes would be cut")?.speaker?.name).toBe("Opponents of the plan, including the local riders' union");
  });

  it("does not let a that-clause swallow the opening mark of the next quote", async () => {
    const qs = await quotesOf("Transit director Paul Okafor told reporters that the agency had cut 12 percent of its costs. \"Every line is used by someone,\" Okafor said.", "en");
    expect(find(qs, "the agency had cut")?.text).toBe("the agency had cut 12 percent of its costs");
  });

  it("gives a gerund or a second predicate the subject of the sentence", async () => {
    const qs = await quotesOf("Bradley apologized for the columns, saying they were old. Clinton celebrated in Florida with supporters and said it was another step closer to winning.", "en");
    expect(find(qs, "they were old")?.speaker?.name).toBe("Bradley");
    expect(find(qs, "another step closer")?.speaker?.name).toBe("Clinton");
  });

  it("resolves a relative who to the name before it", async () => {
    const qs = await quotesOf("The bill was backed by Senator Ruth Cole, who said it would protect small farms.", "en");
    const q = find(qs, "it would protect small farms")!;
    expect(q.speaker?.name).toBe("Ruth Cole");
    expect(q.speaker?.text).toBe("who");
  });

  it("takes as X said, CONTENT and CONTENT, as X noted", async () => {
    const qs = await quotesOf("As Joel Park of the Ledger observed, the real winner was the network. The plan will fail, as several analysts noted.", "en");
    expect(find(qs, "the real winner was the network")?.speaker?.name).toBe("Joel Park of the Ledger");
    expect(find(qs, "The plan will fail")?.speaker?.name).toBe("several analysts");
  });

  it("takes an attribution between commas inside the content", async () => {
    const qs = await quotesOf("The strike, he added, would continue until the night shifts were shortened. The museum, Mr. Obama said, would make visitors face hard truths.", "en");
    expect(find(qs, "would continue until the night shifts")?.speaker?.text).toBe("he");
    expect(find(qs, "would make visitors face")?.speaker?.name).toBe("Obama");
  });

  it("takes transcript labels and a name before a colon", async () => {
    const text = "WALLACE: Will she be at the debate tomorrow night, governor?\n\nPENCE: She will not be attending the debate tomorrow night.\n\nFrank Newport and Jim Harter: “We found that inspiring leadership mattered most to voters.”";
    const qs = await quotesOf(text, "en");
    expect(find(qs, "She will not be attending")?.speaker?.name).toBe("PENCE");
    expect(find(qs, "inspiring leadership")?.speaker?.name).toBe("Frank Newport and Jim Harter");
  });
});
