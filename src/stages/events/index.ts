import type { EventMention, Quote, Speaker, TimeExpression } from "../../model/annotations.js";
import type { VeilleDocument } from "../../model/document.js";
import { textSpan } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { gazetteerFor, type Gazetteer } from "../entities/gazetteer.js";
import { applyPloverConventions, type EventDraft } from "./apply-plover-conventions.js";
import { assignParticipants, participantContext, type Filled } from "./assign-participants.js";
import { clauseTense, isPassive } from "./clause-tense.js";
import { cueExec, cueTest } from "./cue-pattern.js";
import { decideModality } from "./decide-modality.js";
import { findCandidates, indexMentions, type Candidate, type MentionIndex } from "./find-candidates.js";
import { GOVERNOR_PHRASE_WORDS, findGovernors, findTriggers, type GovernorHit, type TriggerHit } from "./find-triggers.js";
import { indexSentences, type SentenceView } from "./sentence-view.js";
import { clauseIndexOf, splitClauses } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";
import { triggerShapesOf, wordCues, wordInfoOf } from "./word-info.js";
import { hasShapeAt } from "./word-shapes.js";
import { firstAtOrAfter } from "../../model/search.js";

export type { EventsLexicon, GovernorKind, ModalityCues, RoleWords, TriggerSense, VerbForm, VerbPhrase, VerbTense } from "./types.js";

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
  const text = doc.text;
  // A word may start a trigger only if its shape says so (read from the document's text, its token string
  // left untouched), and then its look-up: the sentences without one are skipped before any view is built.
  const sentences = indexSentences(doc, infoOf, (t) => t.kind === "word" && hasShapeAt(triggerShapes, text, t.start, t.end) && infoOf(t.text).mayTrigger);
  const entities = doc.layers.entities;
  let mentions: MentionIndex | null = null;
  // Candidates are found only for the sentences that hold a trigger and those a pronoun looks back to.
  const candidateMemo = new Array<Candidate[] | undefined>(sentences.tokenFrom.length).fill(undefined);
  const candidatesOf = (s: number): Candidate[] =>
    (candidateMemo[s] ??= findCandidates(sentences.view(s), lex, (mentions ??= indexMentions(entities)), entities, gazetteer));
  const drafts: EventDraft[] = [];
  let quotes: readonly Quote[] | null = null;
  let cueQuotes: Map<number, Quote> | null = null;
  let allTimes: readonly TimeExpression[] | null = null;
  let timeCursor = 0;
  const dct = doc.dct?.slice(0, 10) ?? null;

  for (let s = 0; s < sentences.tokenFrom.length; s++) {
    const first = sentences.firstMarked[s]!;
    if (first < 0) continue;
    const view = sentences.view(s);
    const found = findTriggers(view, lex, first);
    if (found.length === 0) continue;
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
    allTimes ??= sortedByStart(doc.layers.times);
    while (timeCursor < allTimes.length && allTimes[timeCursor]!.start < view.start) timeCursor++;
    let timesTo = timeCursor;
    while (timesTo < allTimes.length && allTimes[timesTo]!.start < view.end) timesTo++;
    const times: TimeRange = { all: allTimes, from: timeCursor, to: timesTo, end: view.end };
    const undated = timesTo > timeCursor ? withoutDates(view, found, times) : found;
    const hits = undated.some((hit) => namesReporter(view, hit, lex)) ? undated.filter((hit) => !namesReporter(view, hit, lex)) : undated;
    if (hits.length === 0) continue;
    // Verbs and triggers end a noun phrase when looking for a participant's preposition.
    const isVerbAt = (i: number): boolean => inHit(hits, i) || wordCues(view.info(i), lex).verbWord;
    quotes ??= sortedByStart(doc.layers.quotes);
    // A const the closure can hold: \`quotes\` itself is reassigned.
    const quotesNow = quotes;
    // A group noun is resolved once per sentence, however many triggers take it.
    const bodies = new Map<Candidate, Candidate>();
    const bodyOf = (p: Candidate): Candidate => {
      let body = bodies.get(p);
      if (!body) bodies.set(p, (body = bodyNamedBefore(p, view, (mentions ??= indexMentions(entities)), text)));
      return body;
    };
    const resolve = (p: Candidate): Candidate | null =>
      p.kind === "self" ? speakerOf(p, view, quotesNow) : p.kind === "nominal" ? bodyOf(p) : resolvePronoun(p, view, candidates, candidatesOf);
    const pctx = participantContext(view, candidates, clauses, lex, resolve, isVerbAt, (i) => inHit(hits, i));
    const sentenceParticipants: Filled[][] = [];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      const clauseIndex = clauseIndexOf(clauses, hit.from);
      const clause = clauses[clauseIndex]!;
      // Only the words just before a trigger can govern it.
      const governor = governorOf(view, hit, findGovernors(view, lex, Math.max(0, hit.from - GOVERNOR_REACH - GOVERNOR_PHRASE_WORDS), hit.from));
      const passive = isPassive(view, hit, lex);
      let participants = assignParticipants(pctx, hit, clause, passive);
      sentenceParticipants[h] = participants;
      const charge = h > 0 ? accusationCharging(view, hits, h, lex) : -1;
      // The accused is who did what they are accused of ("accused X of killing": X killed).
      if (charge >= 0) sentenceParticipants[h] = participants = withAccusedAsSource(participants, sentenceParticipants[charge]!);
      if (hit.pos === "verb" && !passive) {
        cueQuotes ??= quotesByCueEnd(doc.layers.quotes);
        const said = cueQuotes.get(words[hit.to - 1]!.end);
        if (said?.speaker?.entity) takeSpeakerAsSource(participants, said.speaker, hit);
      }
      // A verb's time never lies past the event noun after it: "appelle à un rassemblement samedi" dates the gathering.
      const next = h + 1 < hits.length ? hits[h + 1]! : null;
      const claimedFrom = hit.pos === "verb" && next !== null && next.pos === "noun" ? words[next.from]!.start : Infinity;
      const claimed = { from: claimedFrom, before: h > 0 ? datedByPrevious(view, hits[h - 1]!, hit, lex) : NO_SPAN };
      const dated = nearestTime(view, hit, clause, times, claimed);
      const time = dated?.time ?? null;
      const quote = quoteAt(quotes, words[hit.from]!.start);
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
        reported: () => reportedBefore(hit.from),
        // A verb is planned by a date of its own clause only: "X, qui manifestera samedi, dénonce …" states now.
        timeAfterDct: time !== null && dct !== null && (hit.pos === "noun" || dated!.inClause) && isAfter(time.value, dct),
        quotedByOther,
        charged: charge >= 0,
        claimable: () => CLAIMABLE.has(hit.sense.type) || (quote?.cue ? cueTest(lex.cues.allegation, quote.cue.text.toLowerCase()) : false),
        // Hits come in word order, without overlaps: the next one is the nearest trigger after this one.
        nextTrigger: h + 1 < hits.length ? words[hits[h + 1]!.from]!.start - view.start : Infinity,
      });
      const place = participants.find((p) => p.role === "place" && p.entity !== null);
      const condition = decision.condition ? doc.text.slice(decision.condition.start, decision.condition.end) : null;
      drafts.push({
        hit,
        governor,
        view,
        tense,
        event: eventMention(
          {
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
          },
          condition,
          eventRuleId(doc.lang, hit.ruleId, decision.rule),
        ),
      });
    }
  }
  const events = applyPloverConventions(drafts, doc.text);
  // Mostly in order already: sorting (stable) would copy them for nothing.
  if (!inTextOrder(events)) events.sort((a, b) => a.trigger.start - b.trigger.start);
  // "ev", not "e": entity ids take "e1", "e2"…, and ids are unique across the analysis.
  events.forEach((e, i) => (e.id = `ev${i + 1}`));
  return events;
}

const NON_FINITE = new Set(["gerund", "infinitive", "participle"]);
// How many words an accused act may sit after the accusing verb ("accused X troops of crossing into … and killing").
const CHARGE_REACH = 12;

/** The participants of a charged act: the accusation's targets become its sources. */
function withAccusedAsSource(participants: Filled[], accusation: readonly Filled[]): Filled[] {
  const accused = accusation.filter((p) => p.role === "target");
  if (accused.length === 0) return participants;
  const out: Filled[] = accused.map((p) => ({ ...p, role: "source" }));
  for (const p of participants) {
    if (p.role === "source" || out.some((o) => (o.entity ?? o.name) === (p.entity ?? p.name))) continue;
    out.push(p);
  }
  return out;
}

/**
 * The index of the accusing verb that charges a trigger, or -1: "accuse X d'avoir menacé",
 * "accused X of crossing … and killing": a marker ("de", "d'avoir", "of") right before it, or a
 * coordinator after one, with no punctuation back to the accusation.
 */
function accusationCharging(view: SentenceView, hits: readonly TriggerHit[], h: number, lex: EventsLexicon): number {
  const hit = hits[h]!;
  const roles = lex.roles;
  const before = view.info(hit.from - 1).low;
  // A finite verb after "et"/"and" is the accuser's next act ("accuse X de … et dénonce"), not a charge.
  const coordinated = roles.verbCoordinators.has(before) && hit.tense !== null && NON_FINITE.has(hit.tense);
  if (!roles.chargedActMarkers.has(before) && !coordinated) return -1;
  for (let k = h - 1; k >= 0; k--) {
    const accusation = hits[k]!;
    if (hit.from - accusation.to > CHARGE_REACH) return -1;
    if (accusation.pos !== "verb" || accusation.sense.type !== "ACCUSE" || !cueTest(lex.cues.allegation, accusation.lemma)) continue;
    let marked = !coordinated;
    for (let i = accusation.to; i < hit.from; i++) {
      if (view.words[i]!.kind === "punct") return -1;
      if (roles.chargedActMarkers.has(view.info(i).low)) marked = true;
    }
    return marked ? k : -1;
  }
  return -1;
}

function inHit(hits: readonly TriggerHit[], i: number): boolean {
  for (const h of hits) if (h.from <= i && i < h.to) return true;
  return false;
}

/** An event's fields before its condition and rule. */
type EventHead = Omit<EventMention, "condition" | "ruleId">;

// The event with its condition, when it has one, and its rule id last, in the order the output lists them.
// Two literals rather than a spread of an optional field: a spread copies through the slow generic path.
function eventMention(e: EventHead, condition: string | null, ruleId: string): EventMention {
  const { id, type, mode, trigger, modality, participants, time, place, attribution, sentence } = e;
  return condition !== null
    ? { id, type, mode, trigger, modality, participants, time, place, attribution, sentence, condition, ruleId }
    : { id, type, mode, trigger, modality, participants, time, place, attribution, sentence, ruleId };
}

function inTextOrder(events: readonly EventMention[]): boolean {
  for (let k = 1; k < events.length; k++) if (events[k - 1]!.trigger.start > events[k]!.trigger.start) return false;
  return true;
}

// Rule ids by language, trigger rule and modality rule: a few dozen strings, made once rather than per event.
const ruleIds = new Map<string, Map<string, Map<string, string>>>();

function eventRuleId(lang: string, triggerRule: string, modalityRule: string): string {
  let byTrigger = ruleIds.get(lang);
  // Bounded: rule names come from the code, but a caller may pass any language tag.
  if (!byTrigger) {
    if (ruleIds.size > 100) ruleIds.clear();
    ruleIds.set(lang, (byTrigger = new Map()));
  }
  let byModality = byTrigger.get(triggerRule);
  if (!byModality) byTrigger.set(triggerRule, (byModality = new Map()));
  let id = byModality.get(modalityRule);
  if (id === undefined) byModality.set(modalityRule, (id = `events/${lang}/${triggerRule.startsWith("events/") ? triggerRule.slice(7) : triggerRule}/${modalityRule}`));
  return id;
}

// A layer in text order: the layer itself when it is already (as the stages make it), else a sorted copy.
function sortedByStart<T extends { start: number }>(layer: readonly T[]): readonly T[] {
  for (let k = 1; k < layer.length; k++) if (layer[k - 1]!.start > layer[k]!.start) return [...layer].sort((a, b) => a.start - b.start);
  return layer;
}

/**
 * Whether a noun trigger names who reports, not what happened: "selon l'accusation", "d'après
 * l'enquête", "according to the complaint".
 */
function namesReporter(view: SentenceView, hit: TriggerHit, lex: EventsLexicon): boolean {
  if (hit.pos !== "noun") return false;
  let i = hit.from - 1;
  if (i >= 0 && lex.roles.determiners.has(view.info(i).low)) i--;
  if (i >= 0 && lex.roles.infinitiveMarkers.has(view.info(i).low)) i--;
  if (i < 0) return false;
  const low = view.info(i).low;
  return lex.roles.reporter.has(low) || (low === "après" && i > 0 && view.info(i - 1).low === "d'" && lex.roles.reporter.has("d'après"));
}

/**
 * The triggers that are no month's name: a capitalised trigger inside a date ("in March") is the
 * month. Lower-case ones stay, as a date may be anchored on an event ("depuis le début de l'invasion").
 */
function withoutDates(view: SentenceView, hits: TriggerHit[], times: TimeRange): TriggerHit[] {
  const inDate = (hit: TriggerHit): boolean => {
    const word = view.words[hit.from]!;
    if (!isUpper(word.text.charCodeAt(0))) return false;
    const at = word.start;
    for (let k = times.from; k < times.to; k++) if (times.all[k]!.start <= at && at < times.all[k]!.end) return true;
    return false;
  };
  return hits.some(inDate) ? hits.filter((hit) => !inDate(hit)) : hits;
}

// Whether a UTF-16 code unit is an upper-case letter (Latin, accented included).
function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** The times of one sentence: those of `all[from, to)` that end within it (`end`). */
interface TimeRange {
  all: readonly TimeExpression[];
  from: number;
  to: number;
  end: number;
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

/** A trigger's time, and whether it lies in the trigger's own clause. */
interface Dated {
  time: TimeExpression;
  inClause: boolean;
}

/** Offsets of the times that other events of the sentence hold: from `from` on, and those inside `before`. */
interface Claimed {
  from: number;
  before: { start: number; end: number };
}

const NO_SPAN = { start: 0, end: 0 };

/**
 * The stretch after the previous trigger up to the last comma or coordinator before this one: a time
 * there is the previous event's complement ("X, qui manifestera jeudi devant la gare, dénonce …").
 */
function datedByPrevious(view: SentenceView, previous: TriggerHit, hit: TriggerHit, lex: EventsLexicon): { start: number; end: number } {
  for (let i = hit.from - 1; i >= previous.to; i--) {
    const w = view.words[i]!;
    // "la grève jeudi et un rassemblement samedi": a coordinator parts the two events' dates as a comma does.
    if ((w.kind === "punct" && w.text === ",") || lex.roles.and.has(view.info(i).low)) return { start: view.words[previous.to - 1]!.end, end: w.start };
  }
  return NO_SPAN;
}

// The time nearest the trigger in its clause, else in its sentence; none that another event holds.
function nearestTime(view: SentenceView, hit: TriggerHit, clause: { from: number; to: number }, times: TimeRange, claimed: Claimed): Dated | null {
  const from = view.words[clause.from]!.start;
  const to = Math.min(view.words[clause.to - 1]!.end, claimed.from);
  const at = view.words[hit.from]!.start;
  const own = nearestTimeWithin(times, at, from, to, claimed.before);
  if (own) return { time: own, inClause: true };
  const other = nearestTimeWithin(times, at, -Infinity, claimed.from, claimed.before);
  return other ? { time: other, inClause: false } : null;
}

// The sentence's time nearest an offset among those that lie within the offsets [from, to] and outside `skip`, or null.
function nearestTimeWithin(times: TimeRange, at: number, from: number, to: number, skip: { start: number; end: number }): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (let k = times.from; k < times.to; k++) {
    const t = times.all[k]!;
    if (t.end > times.end || t.start < from || t.end > to || (t.start >= skip.start && t.end <= skip.end)) continue;
    // A time after the trigger is its complement more often than one before ("rencontre le 24 février").
    const d = t.start >= at ? t.start - at : (at - t.end) * 1.5;
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

function isAfter(value: string, dct: string): boolean {
  const m = ISO_DATE.exec(value);
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

// How many entity mentions back a group noun looks for the body it names ("the agency" → "the World Anti-Doping Agency").
const GROUP_REACH = 40;

/**
 * A group noun stands for the nearest organisation named before it whose name holds the noun, or
 * that the noun introduced ("le collectif" → "le collectif Terre Vive 44", "the agency" →
 * "World Anti-Doping Agency"); with none, it stays itself.
 */
function bodyNamedBefore(group: Candidate, view: SentenceView, mentions: MentionIndex, text: string): Candidate {
  const at = view.words[group.from]!.start;
  const noun = group.name.toLowerCase();
  let k = mentionBefore(mentions, at);
  for (let n = 0; k >= 0 && n < GROUP_REACH; k--, n++) {
    const e = mentions.entities[k]!;
    if (e.type !== "ORG") continue;
    const start = mentions.starts[k]!;
    const introduced = text.slice(Math.max(0, start - noun.length - 1), start).trimEnd().toLowerCase().endsWith(noun);
    if (!introduced && !namesWord(e.name.toLowerCase(), noun)) continue;
    return { from: group.from, to: group.to, name: e.name, entity: e.id, type: e.type, kind: "entity" };
  }
  return group;
}

const LETTER = /\p{L}/u;

// Whether a lower-case name holds a word, whole.
function namesWord(name: string, word: string): boolean {
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
    const before = i === 0 ? " " : name[i - 1]!;
    const after = i + word.length >= name.length ? " " : name[i + word.length]!;
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

// The index of the last mention that starts before an offset, or -1.
function mentionBefore(mentions: MentionIndex, offset: number): number {
  return firstAtOrAfter(mentions.starts, offset) - 1;
}

/** A pronoun stands for the nearest person before it: in its sentence, else a previous sentence's subject. */
function resolvePronoun(pronoun: Candidate, view: SentenceView, candidates: readonly Candidate[], candidatesOf: (s: number) => readonly Candidate[]): Candidate | null {
  const usable = (c: Candidate): boolean => c.kind !== "pronoun" && c.kind !== "demonym" && c.kind !== "nominal" && c.kind !== "people" && c.kind !== "self" && (c.type === "PER" || c.type === null || c.type === "ORG");
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

/** A first-person pronoun stands for the named speaker of the quotation that holds it, and for no one outside one. */
function speakerOf(pronoun: Candidate, view: SentenceView, quotes: readonly Quote[]): Candidate | null {
  const speaker = quoteAt(quotes, view.words[pronoun.from]!.start)?.speaker;
  // A speaker the entities do not know is a description ("un porte-parole"), too loose to stand for "nous".
  if (!speaker?.entity) return null;
  return { from: pronoun.from, to: pronoun.to, name: speaker.name, entity: speaker.entity, type: "PER", kind: "entity" };
}

/** The quotations of a document by the end offset of their reporting verb. */
function quotesByCueEnd(quotes: readonly Quote[]): Map<number, Quote> {
  const out = new Map<number, Quote>();
  for (const q of quotes) if (q.cue && q.speaker && !out.has(q.cue.end)) out.set(q.cue.end, q);
  return out;
}

/**
 * A trigger that is the reporting verb of a quotation ("« … », a dénoncé la CGT") has the
 * quotation's speaker as its source: the quotes stage has already found who speaks, after the
 * verb as often as before it. A speaker read as the verb's object becomes its source.
 */
function takeSpeakerAsSource(participants: Filled[], speaker: Speaker, hit: TriggerHit): void {
  const same = (p: Filled): boolean => (speaker.entity !== null && p.entity === speaker.entity) || p.name === speaker.name;
  if (participants.some((p) => p.role === "source")) return;
  const k = participants.findIndex((p) => p.role === "target" && same(p));
  if (k >= 0) participants.splice(k, 1);
  const candidate: Candidate = { from: hit.from, to: hit.to, name: speaker.name, entity: speaker.entity, type: "PER", kind: "entity" };
  participants.unshift({ role: "source", entity: speaker.entity, name: speaker.name, candidate });
}
