import { describe, expect, it } from "vitest";
import { removeOverlaps } from "../../src/model/span.js";
import { keepLongest } from "../../src/stages/times/keep-longest.js";
import type { TimexDraft } from "../../src/stages/times/types.js";

// A fixed pseudo-random sequence: the same drafts on every run.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** What the stage kept before: a stable sort by start, then `removeOverlaps` on each cluster of overlaps. */
function reference(drafts: TimexDraft[]): TimexDraft[] {
  const order = [...drafts].sort((a, b) => a.start - b.start);
  const kept: TimexDraft[] = [];
  let cluster: TimexDraft[] = [];
  let clusterEnd = -1;
  for (const d of [...order, null]) {
    if (d === null || d.start >= clusterEnd) {
      kept.push(...(cluster.length === 1 ? cluster : removeOverlaps(cluster)));
      cluster = [];
    }
    if (d === null) break;
    cluster.push(d);
    clusterEnd = Math.max(clusterEnd, d.end);
  }
  return kept;
}

describe("keepLongest", () => {
  it("keeps what removeOverlaps keeps, in the same order, ties included", () => {
    const next = random(7);
    for (let round = 0; round < 2000; round++) {
      // Sentence by sentence, as the matcher gives them: starts grow from one sentence to the next.
      const drafts: TimexDraft[] = [];
      let sentenceStart = 0;
      const sentences = 1 + Math.floor(next() * 4);
      for (let s = 0; s < sentences; s++) {
        const n = Math.floor(next() * (round % 10 === 0 ? 40 : 7));
        for (let i = 0; i < n; i++) {
          const start = sentenceStart + Math.floor(next() * 12);
          drafts.push({ start, end: start + 1 + Math.floor(next() * 6), type: "DATE", value: "", rule: `r${i}` });
        }
        sentenceStart += 20;
      }
      expect(keepLongest([...drafts])).toEqual(reference(drafts));
    }
  });
});
