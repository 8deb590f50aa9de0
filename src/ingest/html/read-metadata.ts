import type { HtmlDocument, HtmlElement } from "./parse-dom.js";

/** What a page's head says about it, before any content is removed. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The declared language, as a lower-case primary subtag ("fr", "en"), or null. */
  lang: string | null;
}

/** Reads title, byline, site name, canonical URL and declared language from the page's markup. */
export function readMetadata(document: HtmlDocument, pageUrl: string | undefined): PageMetadata {
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"],meta[name="${name}"]`) as HtmlElement | null;
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return null;
  };
  const canonical = (document.querySelector('link[rel="canonical"]') as HtmlElement | null)?.getAttribute("href")?.trim() || meta("og:url");
  const author = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "DC.creator");
  return {
    title: meta("og:title", "twitter:title") ?? (document.querySelector("title")?.textContent?.trim() || null),
    // An author meta holding a profile URL names no one.
    byline: author && !/^https?:/i.test(author) ? author : null,
    siteName: meta("og:site_name", "application-name"),
    canonicalUrl: canonical ? absolute(canonical, pageUrl) : pageUrl ?? null,
    lang: declaredLanguage(document, meta),
  };
}

// <html lang> first, then the head's language metas; "fr-FR", "fr_CA" → "fr".
function declaredLanguage(document: HtmlDocument, meta: (...names: string[]) => string | null): string | null {
  const http = (document.querySelector('meta[http-equiv="content-language" i]') as HtmlElement | null)?.getAttribute("content");
  const raw = document.documentElement?.getAttribute("lang") || document.documentElement?.getAttribute("xml:lang") || http || meta("language", "og:locale", "dc.language", "DC.language");
  const code = raw?.trim().toLowerCase().split(/[-_,\s]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

function absolute(href: string, base: string | undefined): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
