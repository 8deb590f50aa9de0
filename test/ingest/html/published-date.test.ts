import { describe, expect, it } from "vitest";
import { findPublishedDate } from "../../../src/ingest/html/find-published-date.js";
import { parseDate } from "../../../src/ingest/html/parse-date.js";
import { parseDom } from "../../../src/ingest/html/parse-dom.js";

const NOW = new Date("2024-06-01T12:00:00Z");
const find = (html: string, url?: string) => findPublishedDate(parseDom(html).document, url, NOW);

describe("parseDate", () => {
  it("reads ISO timestamps in the page's own offset, never shifted to UTC", () => {
    expect(parseDate("2021-01-01T00:15:00+02:00")?.iso).toBe("2021-01-01T00:15:00+02:00");
    expect(parseDate("2019-11-19T23:50:00-0500")?.iso).toBe("2019-11-19T23:50:00-05:00");
    expect(parseDate("2020-02-29")?.iso).toBe("2020-02-29");
  });

  it("reads written dates in French, English and German", () => {
    expect(parseDate("Publié le mardi 1er décembre 2020 à 18h04")?.iso).toBe("2020-12-01");
    expect(parseDate("27 févr. 2018")?.iso).toBe("2018-02-27");
    expect(parseDate("Updated Nov. 19, 2019, 6:55 AM")?.iso).toBe("2019-11-19");
    expect(parseDate("Samstag, 3. Dezember 2011")?.iso).toBe("2011-12-03");
    expect(parseDate("23.05.2011")?.iso).toBe("2011-05-23");
  });

  it("reads ambiguous numeric dates day first unless told otherwise", () => {
    expect(parseDate("04/05/2022")?.iso).toBe("2022-05-04");
    expect(parseDate("04/05/2022", true)?.iso).toBe("2022-04-05");
    expect(parseDate("12/25/2022")?.iso).toBe("2022-12-25");
  });

  it("refuses impossible days and text without a date", () => {
    expect(parseDate("2021-02-30")).toBeNull();
    expect(parseDate("31 avril 2020")).toBeNull();
    expect(parseDate("le 12 du mois")).toBeNull();
    expect(parseDate("")).toBeNull();
  });
});

describe("findPublishedDate: order of trust", () => {
  it("prefers article:published_time over JSON-LD, JSON-LD over <time>", () => {
    const head = (meta: string) => `<html><head>${meta}<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-05-03T10:00:00+02:00"}]}</script></head><body><h1>T</h1><time datetime="2022-05-09">9 mai 2022</time></body></html>`;
    expect(find(head('<meta property="article:published_time" content="2022-05-01T09:00:00+02:00">'))).toEqual({ date: "2022-05-01T09:00:00+02:00", source: "meta" });
    expect(find(head(""))).toEqual({ date: "2022-05-03T10:00:00+02:00", source: "json-ld" });
    expect(find("<html><body><h1>T</h1><time datetime=\"2022-05-09\">9 mai 2022</time></body></html>")).toEqual({ date: "2022-05-09", source: "time" });
  });

  it("reads the visible day of a <time> whose datetime is in UTC", () => {
    expect(find('<html><body><h1>T</h1><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></body></html>')?.date).toBe("2019-06-29");
  });

  it("skips modification stamps while a publication date exists", () => {
    const html = '<html><head><meta property="article:modified_time" content="2023-02-02"></head><body><h1>T</h1><time class="updated" datetime="2023-02-02">2 février 2023</time><p class="post-date">Publié le 28 janvier 2023</p></body></html>';
    expect(find(html)?.date).toBe("2023-01-28");
  });

  it("reads Dublin Core, a visible dateline, then the URL", () => {
    expect(find('<html><head><meta name="DC.date" content="2016-04-12"></head><body></body></html>')).toEqual({ date: "2016-04-12", source: "dublin-core" });
    expect(find("<html><body><h1>Titre</h1><p>Mis en ligne le 7 octobre 2021 par la rédaction</p></body></html>")?.date).toBe("2021-10-07");
    expect(find("<html><body><p>no date here</p></body></html>", "https://news.example/2018/09/30/story-title/")).toEqual({ date: "2018-09-30", source: "url" });
  });

  it("rejects dates in the future and before the web", () => {
    expect(find('<html><head><meta property="article:published_time" content="2031-01-01"></head><body></body></html>')).toBeNull();
    expect(find('<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body></body></html>')).toBeNull();
    // A bad first candidate falls through to the next source.
    expect(find('<html><head><meta property="article:published_time" content="0001-01-01"><meta name="dcterms.created" content="2020-03-04"></head><body></body></html>')?.date).toBe("2020-03-04");
  });

  it("finds nothing on a page without any date", () => {
    expect(find("<html><body><h1>Recette</h1><p>Faites fondre le beurre.</p></body></html>")).toBeNull();
  });
});
