import type { Entity, Mention } from "../../model/annotations.js";
import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";

/** The entity with a mention inside or overlapping `[start, end)`, preferring the mention that covers most of it, or null. */
export function entityAt(doc: VeilleDocument, start: number, end: number): Entity | null {
  return mentionAt(doc, start, end)?.entity ?? null;
}

/** The mention (name, title or linked pronoun) inside or overlapping `[start, end)`, with its entity, or null. */
export function mentionAt(doc: VeilleDocument, start: number, end: number): { entity: Entity; mention: Mention } | null {
  let best: { entity: Entity; mention: Mention } | null = null;
  let bestOverlap = 0;
  for (const entity of doc.layers.entities) {
    for (const mention of entity.mentions) {
      const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
      // An empty range (a caret offset) hits the mention that holds it.
      const hit = overlap > 0 || (start === end && mention.start <= start && start < mention.end);
      if (hit && Math.max(overlap, 1) > bestOverlap) {
        best = { entity, mention };
        bestOverlap = Math.max(overlap, 1);
      }
    }
  }
  return best;
}

/**
 * The one person named in the sentence of `offset` (before it) or in the sentence before,
 * for an unlinked pronoun such as "a-t-elle ajouté"; null when there is none or more than one.
 */
export function personBefore(doc: VeilleDocument, offset: number): Entity | null {
  const s = sentenceIndexAt(doc, offset);
  const floorSentence = doc.layers.sentences[Math.max(0, s - 1)];
  const floor = s < 0 || !floorSentence ? 0 : floorSentence.start;
  const found = doc.layers.entities.filter(
    (e) => e.type === "PER" && e.mentions.some((m) => m.kind !== "pronoun" && m.start >= floor && m.end <= offset),
  );
  return found.length === 1 ? found[0]! : null;
}

/**
 * The entity that a nominal or title phrase inside `[start, end)` refers back to ("le syndicat",
 * "l’universitaire", "the company", "the senator"), as the entities stage linked it; null when the
 * text gave no good evidence for one.
 */
export function resolveNominal(doc: VeilleDocument, start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const entity of doc.layers.entities) {
    for (const mention of entity.mentions) {
      if (mention.kind !== "nominal" && mention.kind !== "title") continue;
      const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
      const hit = overlap > 0 || (start === end && mention.start <= start && start < mention.end);
      if (hit && Math.max(overlap, 1) > bestOverlap) {
        best = entity;
        bestOverlap = Math.max(overlap, 1);
      }
    }
  }
  return best;
}
