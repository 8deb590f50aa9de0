import { VeilleError } from "../../model/errors.js";
import { DEFAULT_MAX_HTML_BYTES } from "./limits.js";
import { decodeHtml } from "./decode-html.js";
import { domToText } from "./dom-to-text.js";
import { extractMainContent } from "./extract-main.js";
import { filterLines } from "./filter-lines.js";
import { findPublishedDate, type FoundDate } from "./find-published-date.js";
import { parseDom } from "./parse-dom.js";
import { pruneBoilerplate } from "./prune-boilerplate.js";
import { readMetadata } from "./read-metadata.js";

export { looksLikeHtml } from "./looks-like-html.js";
export { DEFAULT_MAX_HTML_BYTES } from "./limits.js";

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's address: resolves a relative canonical link, and its path may carry the date. */
  url?: string;
  /** The HTTP Content-Type header, whose charset is used when the page declares none. */
  contentType?: string;
  /** Refuse pages larger than this many bytes. */
  maxBytes?: number;
  /** "Now", for refusing dates in the future (tests pin it). */
  now?: Date;
}

/** A publication date and the evidence it was read from. */
export interface PublishedDate {
  /** The page's local day, YYYY-MM-DD, or a full ISO 8601 timestamp in the page's own offset. */
  date: string;
  source: FoundDate["source"];
}

/** A problem found while extracting, for the caller to show or log. */
export interface ExtractDiagnostic {
  code: "NO_ARTICLE" | "DEEP_NESTING" | "NO_DATE";
  message: string;
}

/** The article read out of a web page. */
export interface ExtractedArticle {
  /** The article text: a blank line between paragraphs, headings on their own line, list items one a line. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** The canonical URL when the page names one, else the URL it was read from. */
  url: string | null;
  /** The declared language ("fr", "en"…), or null when the page declares none. */
  lang: string | null;
  published: PublishedDate | null;
  encoding: string;
  diagnostics: ExtractDiagnostic[];
}


/**
 * Reads the main article text and its metadata out of an HTML page. A page
 * with no article gives empty text and a NO_ARTICLE diagnostic; a page over
 * the size cap or binary bytes throw a VeilleError.
 */
export function extractArticle(bytes: Uint8Array, opts: ExtractOptions = {}): ExtractedArticle {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_HTML_BYTES;
  if (bytes.length > maxBytes) throw new VeilleError("TOO_LARGE", `${bytes.length} bytes, limit ${maxBytes}`);
  const { text: html, encoding } = decodeHtml(bytes, opts.contentType);
  const { document, flattened } = parseDom(html);
  const diagnostics: ExtractDiagnostic[] = [];
  if (flattened > 0) diagnostics.push({ code: "DEEP_NESTING", message: `markup nested deeper than the limit was flattened to text in ${flattened} place(s)` });

  // Metadata and date first: pruning and readability both remove what they are read from.
  const meta = readMetadata(document, opts.url);
  const found = findPublishedDate(document, opts.url, opts.now);
  if (!found) diagnostics.push({ code: "NO_DATE", message: "no publication date found in the page" });

  // Pruned before readability too: it restructures wrappers and drops the class names that tell furniture.
  if (document.body) pruneBoilerplate(document.body);
  const main = extractMainContent(document);
  let text = "";
  if (main.root) {
    pruneBoilerplate(main.root);
    text = filterLines(domToText(main.root), main.title ?? meta.title).text;
  }
  if (text.length === 0) diagnostics.push({ code: "NO_ARTICLE", message: "no article text found in the page" });

  return {
    text,
    title: main.title ?? meta.title,
    byline: main.byline ?? meta.byline,
    siteName: meta.siteName ?? main.siteName,
    url: meta.canonicalUrl,
    lang: meta.lang,
    published: found ? { date: found.date, source: found.source } : null,
    encoding,
    diagnostics,
  };
}
