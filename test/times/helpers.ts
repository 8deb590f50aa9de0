import { expect } from "vitest";
import { analyze } from "../../src/analyze.js";
import type { TimeExpression } from "../../src/model/annotations.js";

/** Runs the analysis and returns its time expressions, checking every offset on the way. */
export async function timesOf(text: string, dct: string | null, lang: "fr" | "en"): Promise<TimeExpression[]> {
  const a = await analyze(text, { dct, lang });
  for (const t of a.times) expect(a.doc.text.slice(t.start, t.end)).toBe(t.text);
  return a.times;
}

/** The expression with exactly this text, or a failed expectation listing what was found. */
export function find(times: TimeExpression[], text: string): TimeExpression {
  const hit = times.find((t) => t.text === text);
  expect(hit, `"${text}" not in ${JSON.stringify(times.map((t) => [t.text, t.value]))}`).toBeDefined();
  return hit!;
}
