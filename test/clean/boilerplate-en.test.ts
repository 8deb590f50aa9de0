import { describe, expect, it } from "vitest";
import { articleEn, clean } from "./helpers.js";

describe("clean: English page furniture is removed with a reason", () => {
  it.each([
    ["Leave a comment", "comment-prompt"],
    ["Please log in to leave a comment.", "comment-prompt"],
    ["Storm clouds over the harbour on Monday. © Jane Doe/Reuters", "credit"],
    ["Image caption, Firefighters at the scene", "credit"],
    ["Email this article", "share"],
    ["Follow the agency's election coverage: https://example.org/hub/elections", "share"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "footer"],
    ["This article was originally published on The Conversation.", "footer"],
    ["Updated 3:05 PM EDT, Tue March 4, 2025", "timestamp"],
    ["27 Comments", "comment-prompt"],
    ["Join the conversation", "comment-prompt"],
    ["Share this article", "share"],
    ["Share on Twitter", "share"],
    ["Sign up for our newsletter", "share"],
    ["Want the latest? Sign up for the Morning Brief newsletter.", "share"],
    ["Follow Dana Whitlock on Twitter @danawhit.", "share"],
    ["FACEBOOK", "share"],
    ["Read more: Senate passes the spending bill", "read-more"],
    ["Related:", "read-more"],
    ["RELATED: Governor signs the budget after a long night", "read-more"],
    ["Continue reading below", "read-more"],
    ["Photo: Reuters", "credit"],
    ["Photograph: Ana Ruiz/EPA", "credit"],
    ["Getty.", "credit"],
    ["Evan Price/Bloomberg via Getty Images", "credit"],
    ["Protesters gather outside the court on Monday. (Mark Lee/AFP/Getty Images)", "credit"],
    ["All rights reserved.", "footer"],
    ["Copyright 2021 The Daily Ledger. All rights reserved.", "footer"],
    ["(Reporting by Ann Cole; Editing by Tom Hale)", "footer"],
    ["Maria Ortiz contributed reporting.", "footer"],
    ["Reporting by Ann Cole in Lagos; editing by Tom Hale", "footer"],
    ["This story has been updated with comment from the mayor.", "footer"],
    ["Correction: An earlier version of this story misstated the vote count.", "footer"],
    ["Advertisement", "ui"],
    ["Watch the full interview below:", "media-prompt"],
    ["___", "separator"],
  ])("%s → %s", (line, reason) => {
    const out = clean(articleEn(line));
    expect(out.removed).toEqual([{ text: line, reason }]);
    expect(out.text).not.toContain(line);
  });

  it("keeps prose that opens with a stamp word", () => {
    const out = clean(articleEn("Updated figures show unemployment fell to 4.1 percent in 2024, the lowest in a decade."));
    expect(out.removed).toEqual([]);
  });

  it("removes a byline at the top, not a subheading opening with « By »", () => {
    const raw = "Council approves the plan\n\nBy JOHN SMITH, Associated Press\n\nThe vote was close.\n\nBy the numbers\n\nThe plan costs $4 million.";
    expect(clean(raw).removed).toEqual([{ text: "By JOHN SMITH, Associated Press", reason: "byline" }]);
  });
});
