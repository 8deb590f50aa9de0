import { Readability } from "@mozilla/readability";
import type { HtmlDocument, HtmlElement } from "./parse-dom.js";

/** The main-content element readability found, with the fields it read on the way. */
export interface MainContent {
  root: HtmlElement | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Readability's cap on elements: a bound on its time, well above any real article page. */
const MAX_ELEMENTS = 60_000;

/**
 * Finds the article's main content with @mozilla/readability (it mutates the
 * document, so read metadata first). Returns a null root when it finds no article.
 */
export function extractMainContent(document: HtmlDocument): MainContent {
  // Readability's types want the DOM lib's Document; linkedom's document implements what it reads.
  const reader = new Readability<HtmlElement>(document as never, {
    serializer: (node) => node as unknown as HtmlElement,
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: 300,
    // Our own pruning reads class names after readability is done.
    keepClasses: true,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch (error) {
    // maxElemsToParse makes readability throw rather than run long on a huge page.
    if (/Aborting parsing document/.test((error as Error).message)) parsed = null;
    else throw error;
  }
  return {
    root: parsed?.content ?? null,
    title: parsed?.title?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    siteName: parsed?.siteName?.trim() || null,
    publishedTime: parsed?.publishedTime?.trim() || null,
  };
}
