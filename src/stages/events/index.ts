import type { EventMention, Quote, TimeExpression } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { textSpan } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { gazetteerFor, type Gazetteer } from "../entities/gazetteer.js";
import { applyPloverConventions, type EventDraft } from "./apply-plover-conventions.js";
import { assignParticipants, participantContext } from "./assign-participants.js";
import { clauseTense, isPassive } from "./clause-tense.js";
import { cueExec, cueTest } from "./cue-pattern.js";
import { decideModality } from "./decide-modality.js";
import { findCandidates, indexMentions, type Candidate, type MentionIndex } from "./find-candidates.js";
import { GOVERNOR_PHRASE_WORDS, findGovernors, findTriggers, type GovernorHit, type TriggerHit } from "./find-triggers.js";
import { indexSentences, type SentenceIndex, type SentenceView } from "./sentence-view.js";
import { clauseIndexOf, splitClauses } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";
import { triggerShapesOf, wordCues, wordInfoOf, type WordLookup } from "./word-info.js";
import { hasShapeAt, type ShapeSet } from "./word-shapes.js";

export type { EventsLexicon, GovernorKind, ModalityCues, RoleWords, TriggerSense, VerbForm, VerbTense } from "./types.js";

// Hostile acts: reported by someone other than their author, they are only claimed.
const CLAIMABLE = new Set(["ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE"]);
// How many words may separate a governor from the act it governs ("a accepté de rencontrer").
const GOVERNOR_REACH = 4;
// How many sentences back a pronoun looks for its antecedent.
const PRONOUN_REACH = 3;

/** PLOVER events with participants, time, place and modality, from verb and noun triggers. */
export const eventsStage: Stage = {
  name: "events",
  requires: ["sentences", "tokens", "entities", "times", "quotes"],
  assigns: ["events"],
  run(doc, ctx) {
    doc.layers.events = findEvents(doc, ctx.locale.events, safeGazetteer(ctx.locale.entities));
  },
};

function safeGazetteer(lexicon: Parameters<typeof gazetteerFor>[0] | undefined): Gazetteer | null {
  try {
    return lexicon ? gazetteerFor(lexicon) : null;
  } catch {
    return null;
  }
}

/** Finds the events of a document (the stage's work, exported for tests and tools). */
export function findEvents(doc: VeilleDocument, lex: EventsLexicon, gazetteer: Gazetteer | null): EventMention[] {
  const infoOf = wordInfoOf(lex);
  const triggerShapes = triggerShapesOf(lex);
  const sentences = indexSentences(doc, infoOf);
  const entities = doc.layers.entities;
  let mentions: MentionIndex | null = null;
  // Candidates are found only for the sentences that hold a trigger and those a pronoun looks back to.
  const candidateMemo: (Candidate[] | undefined)[] = [];
  const candidatesOf = (s: number): Candidate[] =>
    (candidateMemo[s] ??= findCandidates(sentences.view(s), lex, (mentions ??= indexMentions(entities)), entities, gazetteer));
  const drafts: EventDraft[] = [];
  let quotes: Quote[] | null = null;
  let allTimes: TimeExpression[] | null = null;
  let timeCursor = 0;
  const dct = doc.dct?.slice(0, 10) ?? null;

  for (let s = 0; s < sentences.tokenFrom.length; s++) {
    if (!mayHoldTrigger(sentences, s, doc.text, triggerShapes, infoOf)) continue;
    const view = sentences.view(s);
    const hits = findTriggers(view, lex);
    if (hits.length === 0) continue;
    const words = view.words;
    const candidates = candidatesOf(s);
    const clauses = splitClauses(view, lex.cues);
    // Only a conditional asks whether a reporting verb precedes it: the sentence is scanned once, on demand.
    let reportedUntil: number | undefined;
    const reportedBefore = (word: number): boolean => {
      reportedUntil ??= firstReportingEnd(view, lex);
      return reportedUntil >= 0 && reportedUntil <= word;
    };
    // Sentences and times are both in text order: one cursor walks the times once.
    allTimes ??= [...doc.layers.times].sort((a, b) => a.start - b.start);
    while (timeCursor < allTimes.length && allTimes[timeCursor]!.start < view.start) timeCursor++;
    const times: TimeExpression[] = [];
    for (let k = timeCursor; k < allTimes.length && allTimes[k]!.start < view.end; k++) if (allTimes[k]!.end <= view.end) times.push(allTimes[k]!);
    // Verbs and triggers end a noun phrase when looking for a participant's preposition.
    const isVerbAt = (i: number): boolean => inHit(hits, i) || wordCues(view.info(i), lex).verbWord;
    const pctx = participantContext(view, candidates, clauses, lex, (p) => resolvePronoun(p, view, candidates, candidatesOf), isVerbAt);
    const otherStarts = hits.map((h) => words[h.from]!.start - view.start);
    quotes ??= [...doc.layers.quotes].sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      const clauseIndex = clauseIndexOf(clauses, hit.from);
      const clause = clauses[clauseIndex]!;
      // Only the words just before a trigger can govern it.
      const governor = governorOf(view, hit, findGovernors(view, lex, Math.max(0, hit.from - GOVERNOR_REACH - GOVERNOR_PHRASE_WORDS), hit.from));
      const passive = isPassive(view, hit, lex);
      const participants = assignParticipants(pctx, hit, clause, passive);
      const time = nearestTime(view, hit, clause, times);
      const quote = quoteAt(quotes, words[hit.from]!.start);
      const source = participants.find((p) => p.role === "source");
      const quotedByOther = quote !== null && !sameActor(quote, source?.entity ?? null, source?.name ?? null);
      const tense = clauseTense(view, hit, clause, lex);
      const start = words[hit.from]!.start - view.start;
      const decision = decideModality({
        view,
        hit,
        clauses,
        clauseIndex,
        cues: lex.cues,
        tense,
        governor,
        reported: () => reportedBefore(hit.from),
        timeAfterDct: time !== null && dct !== null && isAfter(time.value, dct),
        quotedByOther,
        claimable: () => CLAIMABLE.has(hit.sense.type) || (quote?.cue ? cueTest(lex.cues.allegation, quote.cue.text.toLowerCase()) : false),
        otherTriggers: otherStarts.filter((o) => o !== start),
      });
      const place = participants.find((p) => p.role === "place" && p.entity !== null);
      drafts.push({
        hit,
        governor,
        view,
        tense,
        event: {
          id: "",
          type: hit.sense.type,
          mode: hit.sense.mode,
          trigger: textSpan(doc.text, words[hit.from]!.start, words[hit.to - 1]!.end),
          modality: decision.modality,
          participants: participants.map(({ role, entity, name }) => ({ role, entity, name })),
          time: time?.id ?? null,
          place: place?.entity ?? null,
          attribution: quote?.id ?? null,
          sentence: view.index,
          ...(decision.condition ? { condition: doc.text.slice(decision.condition.start, decision.condition.end) } : {}),
          ruleId: `events/${doc.lang}/${hit.ruleId.startsWith("events/") ? hit.ruleId.slice(7) : hit.ruleId}/${decision.rule}`,
        },
      });
    }
  }
  const events = applyPloverConventions(drafts, doc.text);
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  // "ev", not "e": entity ids take "e1", "e2"…, and ids are unique across the analysis.
  events.forEach((e, i) => (e.id = `ev${i + 1}`));
  return events;
}

function inHit(hits: readonly TriggerHit[], i: number): boolean {
  for (const h of hits) if (h.from <= i && i < h.to) return true;
  return false;
}

// A sentence holds a trigger only if one of its words may start one: a look-up per word, no view built.
// The shape is read from the document's text (a token's text is that slice of it), its token string left untouched.
function mayHoldTrigger(sentences: SentenceIndex, s: number, text: string, triggerShapes: ShapeSet, infoOf: WordLookup): boolean {
  const tokens = sentences.tokens;
  for (let k = sentences.tokenFrom[s]!; k < sentences.tokenTo[s]!; k++) {
    const t = tokens[k]!;
    if (hasShapeAt(triggerShapes, text, t.start, t.end) && t.kind === "word" && infoOf(t.text).mayTrigger) return true;
  }
  return false;
}

/** The end (word index) of the first past reporting verb of the sentence, or -1. */
function firstReportingEnd(view: SentenceView, lex: EventsLexicon): number {
  const m = cueExec(lex.cues.pastReporting, view.low);
  if (!m) return -1;
  const at = view.start + m.index;
  const i = view.words.findIndex((w) => w.start >= at);
  return i < 0 ? -1 : i + 1;
}

function governorOf(view: SentenceView, hit: TriggerHit, governors: readonly GovernorHit[]): GovernorHit | null {
  let best: GovernorHit | null = null;
  for (const g of governors) {
    if (g.to > hit.from || hit.from - g.to > GOVERNOR_REACH) continue;
    if (!onlyFunctionWords(view, g.to, hit.from)) continue;
    if (!best || g.to > best.to) best = g;
  }
  return best;
}

// Only function words may stand between a governor and its act: "de", "à", "to", clitics, determiners, negation.
function onlyFunctionWords(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    if (w.kind !== "word") return false;
    const info = view.info(i);
    if (info.verbSense !== null || info.low.length > 6) return false;
  }
  return true;
}

function nearestTime(view: SentenceView, hit: TriggerHit, clause: { from: number; to: number }, times: readonly TimeExpression[]): TimeExpression | null {
  const from = view.words[clause.from]!.start;
  const to = view.words[clause.to - 1]!.end;
  const at = view.words[hit.from]!.start;
  const inClause = times.filter((t) => t.start >= from && t.end <= to);
  const pool = inClause.length > 0 ? inClause : times;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of pool) {
    // A time after the trigger is its complement more often than one before ("rencontre le 24 février").
    const d = t.start >= at ? t.start - at : (at - t.end) * 1.5;
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

function isAfter(value: string, dct: string): boolean {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return false;
  const precision = m[3] ? 10 : m[2] ? 7 : 4;
  return m[0].slice(0, precision) > dct.slice(0, precision);
}

// Quotes longer than this are not looked back over: a quote holds a paragraph at most.
const QUOTE_LOOKBACK = 16;

function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  // Binary search for the last quote starting at or before the offset, then a short walk back.
  let lo = 0;
  let hi = quotes.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The innermost (latest-starting) quote that holds the offset reports it.
  for (let k = last; k >= 0 && k > last - QUOTE_LOOKBACK; k--) if (quotes[k]!.end > offset) return quotes[k]!;
  return null;
}

function sameActor(quote: Quote, entity: string | null, name: string | null): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  if (entity !== null && speaker.entity === entity) return true;
  if (!name) return false;
  const a = name.toLowerCase();
  const b = speaker.name.toLowerCase();
  return a.length > 2 && b.length > 2 && (a.includes(b) || b.includes(a));
}

/** A pronoun stands for the nearest person before it: in its sentence, else a previous sentence's subject. */
function resolvePronoun(pronoun: Candidate, view: SentenceView, candidates: readonly Candidate[], candidatesOf: (s: number) => readonly Candidate[]): Candidate | null {
  const usable = (c: Candidate): boolean => c.kind !== "pronoun" && c.kind !== "demonym" && (c.type === "PER" || c.type === null || c.type === "ORG");
  for (const c of candidates) if (c.to <= pronoun.from && usable(c)) return c;
  for (let s = view.index - 1; s >= Math.max(0, view.index - PRONOUN_REACH); s--) {
    let first: Candidate | null = null;
    for (const c of candidatesOf(s)) {
      if (!usable(c)) continue;
      // The subject of the nearest sentence: its first candidate, a person when the entities say so.
      if (c.type === "PER") return c;
      first ??= c;
    }
    if (first) return first;
  }
  return null;
}
