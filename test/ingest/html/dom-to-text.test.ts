import { describe, expect, it } from "vitest";
import { domToText } from "../../../src/ingest/html/dom-to-text.js";
import { parseDom } from "../../../src/ingest/html/parse-dom.js";

const text = (body: string): string => domToText(parseDom(`<html><body>${body}</body></html>`).document.body!);

describe("domToText", () => {
  it("puts a blank line between paragraphs and headings on their own line", () => {
    expect(text("<h2>Le vote</h2><p>Premier <b>paragraphe</b>.</p><p>Second.</p>")).toBe("Le vote\n\nPremier paragraphe.\n\nSecond.");
  });

  it("keeps words of adjacent blocks apart, and inline elements joined", () => {
    expect(text("<div>fin</div><div>début</div>")).toBe("fin\n\ndébut");
    expect(text("<p>l’<i>Assemblée</i> nationale</p>")).toBe("l’Assemblée nationale");
  });

  it("writes list items and table rows one per line, <br> as a line break", () => {
    expect(text("<ul><li>un</li><li>deux</li></ul><p>a<br>b</p>")).toBe("un\ndeux\n\na\nb");
    expect(text("<table><tr><td>Lyon</td><td>3</td></tr><tr><td>Nice</td><td>1</td></tr></table>")).toBe("Lyon 3\nNice 1");
  });

  it("collapses source whitespace but keeps non-breaking spaces and <pre>", () => {
    expect(text("<p>  Il   a dit\n  :\u00a0« oui »  </p>")).toBe("Il a dit :\u00a0« oui »");
    expect(text("<pre>a  b\nc</pre>")).toBe("a  b\nc");
  });

  it("skips scripts, styles and forms' controls", () => {
    expect(text("<p>Texte<script>var x = 1;</script><style>p{}</style></p><button>OK</button>")).toBe("Texte");
  });
});
