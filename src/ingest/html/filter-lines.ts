import { BOILERPLATE_LINES, DATE_ONLY_LINE, MAX_BOILERPLATE_LINE, TAIL_HEADS } from "./boilerplate-patterns.js";

/** A related-stories heading cuts the rest only past this share of the text: earlier, it is an inline insert. */
const TAIL_START = 0.5;

/** The text with furniture lines dropped, and the lines dropped. */
export interface FilteredText {
  text: string;
  dropped: string[];
}

/**
 * Drops short lines that are furniture on any page (credits, "read more",
 * update stamps, subscription and comment calls) and a first line that
 * repeats the title, keeping the blank lines between paragraphs.
 */
export function filterLines(text: string, title: string | null): FilteredText {
  const dropped: string[] = [];
  const titleKey = title ? keyOf(title) : "";
  let seenProse = false;
  const kept: string[] = [];
  let offset = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    offset += line.length + 1;
    const t = line.trim();
    if (t.length === 0) {
      kept.push("");
      continue;
    }
    // The headline heads the article body only when nothing came before it.
    if (!seenProse && titleKey.length > 0 && keyOf(t) === titleKey) {
      dropped.push(line);
      continue;
    }
    if (t.length < 60 && TAIL_HEADS.test(t) && offset > text.length * TAIL_START) {
      dropped.push(...lines.slice(i));
      break;
    }
    if (isFurniture(t)) {
      dropped.push(line);
      continue;
    }
    seenProse = true;
    kept.push(line);
  }
  return { text: kept.join("\n").replace(/\n{3,}/g, "\n\n").trim(), dropped };
}

function isFurniture(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  if (DATE_ONLY_LINE.test(line)) return true;
  return BOILERPLATE_LINES.some((re) => re.test(line));
}

function keyOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
