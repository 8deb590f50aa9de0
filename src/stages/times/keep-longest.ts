import { removeOverlaps } from "../../model/span.js";
import type { TimexDraft } from "./types.js";

/**
 * Among overlapping drafts, keeps the longest (the earlier start, then the earlier rule, on a tie), one
 * cluster of overlaps at a time: what `removeOverlaps` keeps, without its copies and sorts per cluster.
 * Sorts the drafts, the matcher's own, in place.
 */
export function keepLongest(drafts: TimexDraft[]): TimexDraft[] {
  sortByStart(drafts);
  const kept: TimexDraft[] = [];
  let i = 0;
  while (i < drafts.length) {
    let clusterEnd = drafts[i]!.end;
    let j = i + 1;
    for (; j < drafts.length && drafts[j]!.start < clusterEnd; j++) clusterEnd = Math.max(clusterEnd, drafts[j]!.end);
    // Most expressions overlap nothing: a cluster of one is kept as is.
    if (j === i + 1) kept.push(drafts[i]!);
    else keepLongestOfCluster(drafts, i, j, kept);
    i = j;
  }
  return kept;
}

/**
 * Sorts drafts by start in place, keeping the order of drafts that start together (their rule order).
 * An insertion sort: drafts come sentence by sentence, so each moves back only among its sentence's.
 */
function sortByStart(drafts: TimexDraft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    let j = i - 1;
    for (; j >= 0 && drafts[j]!.start > d.start; j--) drafts[j + 1] = drafts[j]!;
    drafts[j + 1] = d;
  }
}

/** Clusters up to this size are ranked by selection, with no copy nor sort; larger ones go through `removeOverlaps`. */
const SMALL_CLUSTER = 16;
// Which drafts of the current small cluster are ranked already.
const ranked = new Uint8Array(SMALL_CLUSTER);

/**
 * Adds to `kept` the drafts of drafts[from, to) that a greedy pass keeps, best first (longer, then earlier,
 * then first listed), in text order (longer first on a tie): what the stable sorts of `removeOverlaps` give.
 */
function keepLongestOfCluster(drafts: TimexDraft[], from: number, to: number, kept: TimexDraft[]): void {
  if (to - from > SMALL_CLUSTER) {
    for (const d of removeOverlaps(drafts.slice(from, to))) kept.push(d);
    return;
  }
  const firstKept = kept.length;
  ranked.fill(0);
  for (let n = from; n < to; n++) {
    // The best draft not ranked yet; on a tie, the first listed.
    let best = -1;
    for (let i = from; i < to; i++) {
      if (ranked[i - from] === 0 && (best < 0 || ranksBefore(drafts[i]!, drafts[best]!))) best = i;
    }
    ranked[best - from] = 1;
    const candidate = drafts[best]!;
    if (!overlapsOne(kept, firstKept, candidate)) insertInTextOrder(kept, firstKept, candidate);
  }
}

function overlapsOne(kept: readonly TimexDraft[], from: number, d: TimexDraft): boolean {
  for (let i = from; i < kept.length; i++) if (d.start < kept[i]!.end && kept[i]!.start < d.end) return true;
  return false;
}

// Inserts `d` among kept[from…] in text order, after those it does not strictly precede.
function insertInTextOrder(kept: TimexDraft[], from: number, d: TimexDraft): void {
  let j = kept.length - 1;
  kept.push(d);
  for (; j >= from && readsBefore(d, kept[j]!); j--) kept[j + 1] = kept[j]!;
  kept[j + 1] = d;
}

// The order `removeOverlaps` ranks by: longer first, then earlier.
function ranksBefore(a: TimexDraft, b: TimexDraft): boolean {
  const longer = b.end - b.start - (a.end - a.start);
  return longer !== 0 ? longer < 0 : a.start < b.start;
}

// The order `sortSpans` reads in: earlier first, then longer.
function readsBefore(a: TimexDraft, b: TimexDraft): boolean {
  return a.start !== b.start ? a.start < b.start : a.end > b.end;
}
