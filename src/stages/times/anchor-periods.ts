import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import { addDays, formatMonth, formatWeek, pad, readDay } from "./calendar-math.js";
import type { Anaphor, TimexDraft } from "./types.js";

/** Whether a calendar period can be counted from an antecedent ("l'année précédente"): years, months and weeks. */
export function isAnaphoricUnit(period: string): period is Anaphor["unit"] {
  return period === "year" || period === "month" || period === "week";
}

/**
 * Redoes the value of "l'année précédente", "the following month" from the last date named before it
 * in its sentence or paragraph ("48 incendies en 2021, contre 30 l'année précédente" is 2020); with none
 * there, the value reckoned from the DCT stays. Drafts must be sorted and not overlap.
 */
export function anchorPeriods(doc: VeilleDocument, drafts: TimexDraft[]): void {
  // Most documents hold no such expression: nothing to read.
  if (!drafts.some((d) => d.anaphor !== undefined)) return;
  const sentences = doc.layers.sentences;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const anaphor = draft.anaphor;
    if (anaphor === undefined) continue;
    delete draft.anaphor;
    const s = sentenceIndexAt(doc, draft.start);
    const paragraph = s < 0 ? -1 : sentences[s]!.paragraph;
    for (let j = i - 1; j >= 0; j--) {
      const before = drafts[j]!;
      const sj = sentenceIndexAt(doc, before.start);
      if (sj !== s && (sj < 0 || sentences[sj]!.paragraph !== paragraph)) break;
      const value = before.type === "DATE" || before.type === "TIME" ? shiftedFrom(before.value, anaphor) : null;
      if (value === null) continue;
      draft.value = value;
      draft.implied = true;
      break;
    }
  }
}

// A value precise enough for the unit ("2024" for a year, "2024-03" for a month), shifted; null otherwise.
function shiftedFrom(value: string, { unit, shift }: Anaphor): string | null {
  if (!/^\d{4}(?![\d])/.test(value)) return null;
  const y = +value.slice(0, 4);
  if (unit === "year") return pad(y + shift, 4);
  if (unit === "month") {
    const m = /^\d{4}-(\d{2})(?![\d])/.exec(value);
    if (!m) return null;
    const index = y * 12 + (+m[1]! - 1) + shift;
    return formatMonth(Math.floor(index / 12), (index % 12) + 1);
  }
  const day = readDay(value);
  return day ? formatWeek(addDays(day, 7 * shift)) : null;
}
