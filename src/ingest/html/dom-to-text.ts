import type { HtmlElement } from "./parse-dom.js";

/** Elements whose content stands as its own paragraph. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DETAILS", "DIV", "DL", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "UL", "CENTER", "HGROUP", "OUTPUT",
]);
/** Elements that stand on their own line but not as a paragraph: list items, table rows, terms. */
const LINES = new Set(["LI", "TR", "DT", "DD", "CAPTION", "OPTION"]);
/** Table cells: a space, so that adjacent cells do not glue into one word. */
const CELLS = new Set(["TD", "TH"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "EMBED", "CANVAS", "HEAD", "TITLE", "META", "LINK", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "VIDEO", "AUDIO", "MAP"]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const PARAGRAPH = 2;
const LINE = 1;

/**
 * Serialises an element to text with its structure: a blank line between
 * paragraphs and around headings, list items and table rows one per line.
 * Iterative, so nesting depth costs no stack.
 */
export function domToText(root: HtmlElement): string {
  const out: string[] = [];
  let pendingBreak = 0;
  let lineHasText = false;
  // Preformatted depth: whitespace inside <pre> is content.
  let pre = 0;
  const push = (s: string): void => {
    if (pendingBreak > 0 && out.length > 0) out.push(pendingBreak === PARAGRAPH ? "\n\n" : "\n");
    pendingBreak = 0;
    out.push(s);
    lineHasText = true;
  };
  const brk = (strength: number): void => {
    if (lineHasText || pendingBreak > 0) pendingBreak = Math.max(pendingBreak, strength);
    lineHasText = false;
  };

  type Frame = { node: HtmlElement; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const raw: string = String(node.nodeValue ?? "");
      if (pre > 0) {
        const lines = raw.split("\n");
        lines.forEach((l, i) => {
          if (i > 0) brk(LINE);
          if (l.length > 0) appendInline(l);
        });
      } else {
        let piece = raw.replace(/[ \t\n\r\f]+/g, " ");
        // Two text nodes each with an edge space ("a <b> b</b>") give one space.
        if (piece.startsWith(" ") && lineHasText && out[out.length - 1]!.endsWith(" ")) piece = piece.slice(1);
        appendInline(piece);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node.tagName ?? "").toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const strength = BLOCKS.has(tag) ? PARAGRAPH : LINES.has(tag) ? LINE : 0;
    if (exit) {
      if (strength > 0) brk(strength);
      else if (CELLS.has(tag) && lineHasText && !out[out.length - 1]!.endsWith(" ")) appendInline(" ");
      if (tag === "PRE") pre--;
      continue;
    }
    if (tag === "BR") {
      brk(LINE);
      continue;
    }
    if (tag === "IMG") continue;
    if (strength > 0) brk(strength);
    if (tag === "PRE") pre++;
    stack.push({ node, exit: true });
    const kids = node.childNodes as unknown as ArrayLike<HtmlElement>;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }

  return out
    .join("")
    .split("\n")
    .map((l) => l.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

  function appendInline(s: string): void {
    if (s.length === 0) return;
    if (!lineHasText) s = s.replace(/^[ \u00a0]+/, "");
    if (s.length === 0) return;
    push(s);
  }
}
