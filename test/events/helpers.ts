import { expect } from "vitest";
import { analyzeDocument } from "../../src/analyze.js";
import type { EventMention } from "../../src/model/annotations.js";

/** Publication date of every test article: Monday 14 March 2022. */
export const DCT = "2022-03-14";

/** Runs the whole analysis and returns its events, checking every trigger's offsets. */
export async function eventsOf(text: string, lang: "fr" | "en"): Promise<EventMention[]> {
  const doc = await analyzeDocument(text, { dct: DCT, lang });
  for (const e of doc.layers.events) expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  return doc.layers.events;
}

/** The event whose trigger starts with this text, or a failed expectation listing what was found. */
export function eventAt(events: EventMention[], trigger: string, type?: string): EventMention {
  const hit = events.find((e) => e.trigger.text.startsWith(trigger) && (type === undefined || e.type === type));
  expect(hit, `"${trigger}" not in ${JSON.stringify(events.map((e) => [e.trigger.text, e.type, e.modality]))}`).toBeDefined();
  return hit!;
}

/** Participant names by role, for compact assertions. */
export function roles(e: EventMention): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of e.participants) (out[p.role] ??= []).push(p.name);
  return out;
}
