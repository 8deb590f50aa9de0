import type { Candidate } from "./candidate.js";
import { tokenAtOrAfter, wordCount, type QuoteContext } from "./context.js";

/** A verbatim fragment this long inside reported speech is a quote of its own too… */
const FRAGMENT_MIN_WORDS = 8;
/** …when the reported speech says this much before it. */
const FRAGMENT_MIN_LEAD = 4;
/** An unattributed quotation this short is a scare quote, a title or a term. */
const SCARE_MAX_WORDS = 3;

const inside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => b.start <= a.start && a.end <= b.end;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Reported speech first: among overlapping reports, a verb's report beats a source phrase's, an outer one beats a nested one. */
function keepReports(reports: Candidate[]): Candidate[] {
  if (reports.length < 2) return reports.slice();
  const cueBased = (c: Candidate): boolean => c.group !== null;
  const ranked = [...reports].sort((a, b) => Number(cueBased(b)) - Number(cueBased(a)) || b.end - b.start - (a.end - a.start));
  // Reports stay inside their sentence, so only reports of the same sentence can overlap.
  const kept = new Map<number, Candidate[]>();
  for (const c of ranked) {
    const mates = kept.get(c.sentence) ?? [];
    // A verb's report inside a source phrase's one replaces it ("Selon X, Y a déclaré que …").
    if (mates.some((k) => overlap(k, c))) continue;
    mates.push(c);
    kept.set(c.sentence, mates);
  }
  const out: Candidate[] = [];
  for (const mates of kept.values()) for (const c of mates) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Puts the matchers' candidates together: reports that embed a quotation
 * become mixed and absorb it,
 * reports nested in a quotation are dropped, and unattributed short
 * quotations, titles and terms are not quotes.
 */
export function refineCandidates(ctx: QuoteContext, reports: Candidate[], quotations: Candidate[], dialogue: Candidate[]): Candidate[] {
  if (reports.length + quotations.length + dialogue.length === 0) return [];
  const dialogueAt = new Set(dialogue.map((d) => d.sentence));
  const inDialogue = (c: Candidate): boolean => dialogueAt.has(c.sentence) && dialogue.some((d) => overlap(d, c));
  let kept = keepReports(reports).filter((r) => !inDialogue(r));
  const hosts = new Map<number, Candidate[]>();
  for (const r of kept) {
    const mates = hosts.get(r.sentence);
    if (mates) mates.push(r);
    else hosts.set(r.sentence, [r]);
  }
  const direct: Candidate[] = [];
  for (const q of quotations) {
    if (inDialogue(q)) continue;
    const host = (hosts.get(q.sentence) ?? []).find((r) => inside(q, r));
    if (host) {
      host.kind = "mixed";
      // A long fragment after reported words of their own is a quote too ("X said the plan would be followed by « … »");
      // a report that opens on its quotation is one statement, one quote.
      const words = wordCount(ctx.text, q.start, q.end, FRAGMENT_MIN_WORDS);
      const lead = wordCount(ctx.text, host.start, q.start, FRAGMENT_MIN_LEAD);
      if (words >= FRAGMENT_MIN_WORDS && lead >= FRAGMENT_MIN_LEAD && !isPredicate(ctx, q)) {
        direct.push({ ...q, speaker: host.speaker, cue: host.cue, group: host.group, inherit: false, ruleId: `quotes/${ctx.doc.lang}/verbatim-fragment` });
      }
      continue;
    }
    if (q.inherit && !q.speaker && !continuesQuote(ctx, direct[direct.length - 1], q) && isNotAQuote(ctx, q)) continue;
    if (isTitledName(ctx, q)) continue;
    direct.push(q);
  }
  // A report whose content lies inside a direct quotation is part of what is quoted;
  // one that only restates a quotation (its content is the quotation) adds nothing.
  // Quotations come in text order, and so do the fragments copied from them: sort only when they do not.
  const sortedDirect = inStartOrder(direct) ? direct : [...direct].sort((a, b) => a.start - b.start);
  kept = kept.filter((r) => {
    for (let i = firstEndingAfter(sortedDirect, r.start); i < sortedDirect.length && sortedDirect[i]!.start <= r.end; i++) {
      const q = sortedDirect[i]!;
      if (inside(r, q) && !(r.start === q.start && r.end === q.end)) return false;
      if (q.start - r.start <= 2 && q.start >= r.start && Math.abs(r.end - q.end) <= 2 && r.kind !== "mixed") return false;
    }
    return true;
  });
  return [...kept, ...direct, ...dialogue].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a quotation is the predicate of a copula or a passive in the
 * report around it ("le témoignage est « celui d'une employée … »", "the
 * plan was “…”", "avaient été « informés … »"):
 * it completes that statement and is no statement of its own.
 */
function isPredicate(ctx: QuoteContext, q: Candidate): boolean {
  const open = tokenAtOrAfter(ctx, q.start) - 1;
  if (open < 1) return false;
  const before = ctx.lower[open - 1]!;
  // "ses clients avaient été « informés … »": a passive's participle completes its clause the same way.
  return ctx.lex.auxiliaries.has(before) || ctx.lex.passiveMarkers.has(before);
}

/** Whether candidates are sorted by start already. */
function inStartOrder(list: readonly Candidate[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.start) return false;
  return true;
}

/** Index of the first quotation (sorted by start) that could still cover an offset; quotations do not nest. */
function firstEndingAfter(sorted: readonly Candidate[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * Whether an unattributed quotation carries on the attributed one just
 * before it: a whole sentence (capital first, closing punctuation) in the
 * same paragraph, with at most the attribution sentence between them
 * ("“Will we wait?” asked Ruiz. “We won't.”").
 */
function continuesQuote(ctx: QuoteContext, prev: Candidate | undefined, q: Candidate): boolean {
  if (!prev || !prev.speaker || q.sentence - prev.sentence > 1) return false;
  const sentences = ctx.doc.layers.sentences;
  if (sentences[prev.sentence]?.paragraph !== sentences[q.sentence]?.paragraph) return false;
  const text = ctx.text.slice(q.start, q.end);
  return /^\p{Lu}/u.test(text) && (/[.!?…]$/.test(text) || /^[”"»’]?\s*[.!?…]/.test(ctx.text.slice(q.end, q.end + 3)));
}

/** Scare quotes, titles and terms: short or title-cased quotations with no speaker, or ones a naming word announces. */
function isNotAQuote(ctx: QuoteContext, q: Candidate): boolean {
  // Nine words settle both questions below.
  const words = wordCount(ctx.text, q.start, q.end, 9);
  if (words <= SCARE_MAX_WORDS) return true;
  const open = tokenAtOrAfter(ctx, q.start) - 1;
  const before = open - 1 >= 0 ? ctx.lower[open - 1]! : "";
  if (ctx.lex.titleCues.has(before) && words <= 8) return true;
  if (words <= 8 && namedAfter(ctx, q)) return true;
  // Title Case with no sentence punctuation: a show, a book, a programme.
  const text = ctx.text.slice(q.start, q.end);
  let lettered = 0;
  let capitals = 0;
  const chunks = /\S+/g;
  // More than eight words with letters is a sentence: stop counting there.
  for (let m = chunks.exec(text); m && lettered <= 8; m = chunks.exec(text)) {
    if (!/\p{L}/u.test(m[0])) continue;
    lettered++;
    if (/^\p{Lu}/u.test(m[0])) capitals++;
  }
  return lettered <= 8 && capitals >= Math.ceil(lettered * 0.6) && !/[.!?]$/.test(text);
}

/** Whether an apposition right after the quotation names what it is: "« … », le slogan d'une pétition", "“…”, the title of". */
function namedAfter(ctx: QuoteContext, q: Candidate): boolean {
  let k = tokenAtOrAfter(ctx, q.end);
  // Past the closing mark and the comma that opens the apposition.
  while (k < ctx.tokens.length && /^[»”"’\s]$/.test(ctx.lower[k]!)) k++;
  if (ctx.lower[k] !== ",") return false;
  k++;
  if (ctx.lex.determiners.has(ctx.lower[k] ?? "")) k++;
  return ctx.lex.titleCues.has(ctx.lower[k] ?? "") && ctx.tokens[k]!.kind === "word";
}

/** Longest name in Title Case that a naming word before it makes a title even when a verb follows ("the program “Checkpoint,” X said"). */
const TITLE_MAX_WORDS = 4;

/** Whether token k is a name in the possessive ("CNN's", "Fox News’s"): what it owns in Title Case is a show or a work. */
function isNamePossessive(ctx: QuoteContext, k: number): boolean {
  return /^\p{Lu}.*['’]s$/u.test(ctx.tokens[k]!.text);
}

/** Whether a short quotation in Title Case comes right after a naming noun: a programme's or a book's name, not words said. */
function isTitledName(ctx: QuoteContext, q: Candidate): boolean {
  const open = tokenAtOrAfter(ctx, q.start) - 1;
  if (open < 1) return false;
  const possessive = isNamePossessive(ctx, open - 1);
  if (!possessive && !ctx.lex.titleCues.has(ctx.lower[open - 1]!)) return false;
  const text = ctx.text.slice(q.start, q.end).replace(/[,.;:]+$/, "");
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  // After a possessive name, a title may keep its small words in lower case ("CNN's “State of the Union”").
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return possessive ? /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!) && capitals * 2 >= words.length : capitals === words.length;
}
