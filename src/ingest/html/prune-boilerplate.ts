import { BOILERPLATE_CLASS, FURNITURE_TAGS } from "./boilerplate-patterns.js";
import type { HtmlElement } from "./parse-dom.js";

/** A class/id match removes a block only up to this much text: a long one is more likely the article's own wrapper. */
const MAX_MATCHED_TEXT = 600;
/** Link text over all text above which a list or short block is a list of links. */
const LINK_DENSITY = 0.6;
/** A list is a list of links above this density: link lists with a date or a source beside each link stay. */
const LIST_LINK_DENSITY = 0.8;

/**
 * Removes the page furniture readability keeps inside the article:
 * captions, credits, share bars, related-links lists, newsletter and
 * comment boxes, hidden elements. Returns how many elements it removed.
 */
export function pruneBoilerplate(root: HtmlElement): number {
  const doomed: HtmlElement[] = [];
  // Class words of large blocks kept despite their name ("live-comments" holding a live report):
  // the same word inside them names the article's own units.
  const spared: { el: HtmlElement; word: string }[] = [];
  const all = root.querySelectorAll("*") as unknown as ArrayLike<HtmlElement>;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const verdict = judge(el);
    if (verdict === true) doomed.push(el);
    else if (typeof verdict === "string") {
      if (!spared.some((s) => s.word === verdict && s.el.contains(el))) spared.push({ el, word: verdict });
    }
  }
  let removed = 0;
  for (const el of doomed) {
    const word = classWord(el);
    if (word && spared.some((s) => s.word === word && s.el.contains(el))) continue;
    el.remove();
    removed++;
  }
  return removed;
}

function classWord(el: HtmlElement): string | null {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  const m = BOILERPLATE_CLASS.exec(names);
  return m ? m[0].replace(/^[\s_-]/, "").toLowerCase().replace(/s$/, "") : null;
}

/** True to remove, a class word when a large block is spared despite it, false otherwise. */
function judge(el: HtmlElement): boolean | string {
  const tag = el.tagName.toUpperCase();
  // Some sites wrap the whole page in a form, or hide it until a script runs: only small ones go.
  if (tag === "FORM") return isSmallOrLinks(el);
  if (FURNITURE_TAGS.has(tag)) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return isSmallOrLinks(el);
  const style = el.getAttribute("style");
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return isSmallOrLinks(el);
  if (tag === "FIGURE") return textLength(el) < MAX_MATCHED_TEXT;
  if (tag === "UL" || tag === "OL") return isLinkList(el);
  const word = classWord(el);
  if (word) return isSmallOrLinks(el) ? true : word;
  return false;
}

function isSmallOrLinks(el: HtmlElement): boolean {
  return textLength(el) < MAX_MATCHED_TEXT || linkDensity(el) > LINK_DENSITY;
}

// A list whose items are mostly links: "related stories", tag clouds, menus.
function isLinkList(el: HtmlElement): boolean {
  const items = el.querySelectorAll("li") as unknown as ArrayLike<HtmlElement>;
  if (items.length < 2) return false;
  return linkDensity(el) > LIST_LINK_DENSITY;
}

function textLength(el: HtmlElement): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

function linkDensity(el: HtmlElement): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  const links = el.querySelectorAll("a") as unknown as ArrayLike<HtmlElement>;
  for (let i = 0; i < links.length; i++) linked += textLength(links[i]!);
  return linked / total;
}
