import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import { addDays, formatDay, parseDct, readDay, type CalDate } from "./calendar-math.js";
import type { TimexDraft } from "./types.js";

/**
 * Gives clock times and bare parts of day ("à 15 h", "dans la nuit", "la veille")
 * the day they hang on: a day named in the same sentence (before it first),
 * else the last day named before, else the DCT. Drafts must be sorted and not overlap.
 */
export function anchorTimes(doc: VeilleDocument, drafts: TimexDraft[]): void {
  // Most documents hold no clock time nor bare part of day: nothing to anchor, nothing to read.
  if (!drafts.some((d) => d.anchor !== undefined)) return;
  const dct = parseDct(doc.dct);
  let last: CalDate | null = null;
  const sentenceOf = drafts.map((d) => sentenceIndexAt(doc, d.start));
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (draft.anchor === undefined) {
      const day = readDay(draft.value);
      if (day && draft.type !== "DURATION" && draft.type !== "SET") last = day;
      continue;
    }
    let day = sameSentenceDay(drafts, sentenceOf, i);
    if (!day && last && dct && Math.abs(last.y - dct.y) <= 1) day = last;
    day ??= dct;
    draft.value = day ? formatDay(addDays(day, draft.anchorShift ?? 0)) + draft.anchor : `XXXX-XX-XX${draft.anchor}`;
    if (draft.anchor === "" && !day) draft.value = "XXXX-XX-XX";
    draft.implied = true;
    delete draft.anchor;
    delete draft.anchorShift;
    const resolved = readDay(draft.value);
    if (resolved) last = resolved;
  }
}

function sameSentenceDay(drafts: TimexDraft[], sentenceOf: number[], i: number): CalDate | null {
  const s = sentenceOf[i]!;
  if (s < 0) return null;
  for (let j = i - 1; j >= 0 && sentenceOf[j] === s; j--) {
    const d = drafts[j]!;
    if (d.anchor === undefined && d.type !== "DURATION" && d.type !== "SET") {
      const day = readDay(d.value);
      if (day) return day;
    }
  }
  for (let j = i + 1; j < drafts.length && sentenceOf[j] === s; j++) {
    const d = drafts[j]!;
    if (d.anchor === undefined && d.type !== "DURATION" && d.type !== "SET") {
      const day = readDay(d.value);
      if (day) return day;
    }
  }
  return null;
}
