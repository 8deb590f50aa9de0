import type { EventMention, Quote, TimeExpression } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { textSpan } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { gazetteerFor, type Gazetteer } from "../entities/gazetteer.js";
import { applyPloverConventions, type EventDraft } from "./apply-plover-conventions.js";
import { assignParticipants, type ParticipantContext } from "./assign-participants.js";
import { clauseTense, isPassive } from "./clause-tense.js";
import { decideModality } from "./decide-modality.js";
import { findCandidates, indexMentions, type Candidate } from "./find-candidates.js";
import { findGovernors, findTriggers, type GovernorHit, type TriggerHit } from "./find-triggers.js";
import { sentenceViews, type SentenceView } from "./sentence-view.js";
import { clauseIndexOf, splitClauses } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";

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
  const views = sentenceViews(doc);
  const entities = doc.layers.entities;
  const mentions = indexMentions(entities);
  const candidatesBySentence: Candidate[][] = [];
  const drafts: EventDraft[] = [];
  const quotes = [...doc.layers.quotes].sort((a, b) => a.start - b.start);
  const dct = doc.dct?.slice(0, 10) ?? null;

  const allTimes = [...doc.layers.times].sort((a, b) => a.start - b.start);
  let timeCursor = 0;
  for (const view of views) {
    const candidates = findCandidates(view, lex, mentions, entities, gazetteer);
    candidatesBySentence.push(candidates);
    const hits = findTriggers(view, lex);
    if (hits.length === 0) continue;
    const governors = findGovernors(view, lex);
    const clauses = splitClauses(view, lex.cues);
    const reportedUntil = firstReportingEnd(view, lex);
    // Sentences and times are both in text order: one cursor walks the times once.
    while (timeCursor < allTimes.length && allTimes[timeCursor]!.start < view.start) timeCursor++;
    const times: TimeExpression[] = [];
    for (let k = timeCursor; k < allTimes.length && allTimes[k]!.start < view.end; k++) if (allTimes[k]!.end <= view.end) times.push(allTimes[k]!);
    // Verbs and triggers end a noun phrase when looking for a participant's preposition.
    const verbAt = new Set<number>();
    for (const h of hits) for (let i = h.from; i < h.to; i++) verbAt.add(i);
    view.words.forEach((w, i) => {
      if (isVerbWord(lex, w.low)) verbAt.add(i);
    });
    const pctx: ParticipantContext = {
      view,
      candidates,
      clauses,
      lex,
      resolve: (p) => resolvePronoun(p, view, candidates, candidatesBySentence, views),
      isVerbAt: (i) => verbAt.has(i),
    };
    const otherStarts = hits.map((h) => view.words[h.from]!.start - view.start);
    for (const hit of hits) {
      const clauseIndex = clauseIndexOf(clauses, hit.from);
      const clause = clauses[clauseIndex]!;
      const governor = governorOf(view, hit, governors, lex);
      const passive = isPassive(view, hit, lex);
      const participants = assignParticipants(pctx, hit, clause, passive);
      const time = nearestTime(view, hit, clause, times);
      const quote = quoteAt(quotes, view.words[hit.from]!.start);
      const source = participants.find((p) => p.role === "source");
      const quotedByOther = quote !== null && !sameActor(quote, source?.entity ?? null, source?.name ?? null);
      const tense = clauseTense(view, hit, clause, lex);
      const decision = decideModality({
        view,
        hit,
        clauses,
        clauseIndex,
        cues: lex.cues,
        tense,
        governor,
        reported: reportedUntil >= 0 && reportedUntil <= hit.from,
        timeAfterDct: time !== null && dct !== null && isAfter(time.value, dct),
        quotedByOther,
        claimable: CLAIMABLE.has(hit.sense.type) || (quote?.cue ? lex.cues.allegation.test(quote.cue.text.toLowerCase()) : false),
        otherTriggers: otherStarts.filter((s) => s !== view.words[hit.from]!.start - view.start),
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
          trigger: textSpan(doc.text, view.words[hit.from]!.start, view.words[hit.to - 1]!.end),
          modality: decision.modality,
          participants: participants.map(({ role, entity, name }) => ({ role, entity, name })),
          time: time?.id ?? null,
          place: place?.entity ?? null,
          attribution: quote?.id ?? null,
          sentence: view.index,
          ...(decision.condition ? { condition: doc.text.slice(decision.condition.start, decision.condition.end) } : {}),
          ruleId: `events/${doc.lang}/${hit.ruleId.replace(/^events\//, "")}/${decision.rule}`,
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

const verbWords = new WeakMap<EventsLexicon, Map<string, boolean>>();

// Whether a word is a verb form or an auxiliary, memoised per lexicon: the regexes run once per word form.
function isVerbWord(lex: EventsLexicon, low: string): boolean {
  let memo = verbWords.get(lex);
  if (!memo) verbWords.set(lex, (memo = new Map()));
  let v = memo.get(low);
  if (v === undefined) {
    v = lex.verbForms.has(low) || lex.cues.pastAux.exec(low)?.[0] === low;
    memo.set(low, v);
  }
  return v;
}

/** The end (word index) of the first past reporting verb of the sentence, or -1. */
function firstReportingEnd(view: SentenceView, lex: EventsLexicon): number {
  const m = lex.cues.pastReporting.exec(view.low);
  if (!m) return -1;
  const at = view.start + m.index;
  const i = view.words.findIndex((w) => w.start >= at);
  return i < 0 ? -1 : i + 1;
}

function governorOf(view: SentenceView, hit: TriggerHit, governors: readonly GovernorHit[], lex: EventsLexicon): GovernorHit | null {
  let best: GovernorHit | null = null;
  for (const g of governors) {
    if (g.to > hit.from || hit.from - g.to > GOVERNOR_REACH) continue;
    const between = view.words.slice(g.to, hit.from);
    // Only function words may stand between: "de", "à", "to", clitics, determiners, negation.
    if (between.some((w) => w.kind !== "word" || lex.verbs.has(lex.verbForms.get(w.low)?.lemma ?? "") || w.low.length > 6)) continue;
    if (!best || g.to > best.to) best = g;
  }
  return best;
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
function resolvePronoun(
  pronoun: Candidate,
  view: SentenceView,
  candidates: readonly Candidate[],
  previous: readonly Candidate[][],
  views: readonly SentenceView[],
): Candidate | null {
  const usable = (c: Candidate): boolean => c.kind !== "pronoun" && c.kind !== "demonym" && (c.type === "PER" || c.type === null || c.type === "ORG");
  const here = candidates.filter((c) => c.to <= pronoun.from && usable(c));
  if (here.length > 0) return here[0]!;
  for (let s = view.index - 1; s >= Math.max(0, view.index - PRONOUN_REACH); s--) {
    const list = (previous[s] ?? []).filter(usable);
    if (list.length === 0) continue;
    const persons = list.filter((c) => c.type === "PER");
    // The subject of the nearest sentence: its first candidate, a person when the entities say so.
    return persons[0] ?? list[0]!;
  }
  void views;
  return null;
}
