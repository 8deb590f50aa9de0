import { parseHTML } from "linkedom";

/** A parsed page: linkedom's document, typed loosely since tsconfig carries no DOM lib. */
export type HtmlDocument = ReturnType<typeof parseHTML>["document"];
/** One element of a parsed page. */
export type HtmlElement = HtmlDocument["documentElement"];

/** Deeper than this, structure carries no article meaning and recursion in readability overflows. */
export const MAX_DEPTH = 256;

/** Parses HTML into a DOM, flattening pathological nesting so no later walk recurses too deep. */
export function parseDom(html: string): { document: HtmlDocument; flattened: number } {
  const { document } = parseHTML(html);
  return { document, flattened: flattenDeepNesting(document.documentElement) };
}

/**
 * Replaces the content of each element at {@link MAX_DEPTH} with its text:
 * linear time, and no recursion in any later walk.
 */
function flattenDeepNesting(root: HtmlElement | null): number {
  if (!root) return 0;
  const deep: HtmlElement[] = [];
  const stack: [HtmlElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      deep.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  for (const el of deep) el.textContent = el.textContent ?? "";
  return deep.length;
}
