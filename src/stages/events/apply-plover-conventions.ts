import type { EventMention } from "../../model/annotations.js";
import { textSpan } from "../../model/span.js";
import type { ClauseTense } from "./decide-modality.js";
import type { GovernorHit, TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";

/** An event before the PLOVER conventions refine it, with the matches that made it. */
export interface EventDraft {
  hit: TriggerHit;
  governor: GovernorHit | null;
  view: SentenceView;
  tense: ClauseTense;
  event: EventMention;
}

const HOSTILE = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE"]);
const COOPERATIVE = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"]);

// Collective actions that a call announces: "appelle à un rassemblement samedi" codes the rally too, as planned.
const CALLED = new Set(["PROTEST"]);
// What a call leaves of the action's modality: a report of it as happening only says it is called for.
const CALLED_AS_PLANNED = new Set(["happened", "ongoing", "claimed"]);

/** Keeps a called-for action as planned, with the caller as its source when it has none. */
function keepCalledAction(e: EventMention, call: EventMention | null): void {
  if (CALLED_AS_PLANNED.has(e.modality)) e.modality = "planned";
  e.ruleId = `${e.ruleId}/called-for`;
  if (!call || e.participants.some((p) => p.role === "source")) return;
  for (const p of call.participants) if (p.role === "source") e.participants.unshift({ ...p });
}

/** THREATEN's mode: the kind of act threatened, in PLOVER's words. */
function threatMode(e: EventMention): string | null {
  if (e.type === "ASSAULT" || e.type === "MOBILIZE") return "violence";
  if (e.type === "COERCE") return "ban";
  if (e.mode === "expel" || e.type === "RETREAT") return "expel";
  if (e.type === "SANCTION" || e.type === "PROTEST") return "relations";
  return null;
}

/** REJECT's and REQUEST's mode: what is refused or asked. */
function askMode(e: EventMention): string {
  if (e.type === "CONSULT" || e.type === "AGREE") return "meet";
  if (e.type === "AID" || e.type === "COOPERATE" || e.type === "SUPPORT") return "assist";
  if (e.type === "RETREAT" || e.type === "CONCEDE") return "yield";
  return "change";
}

function isGovernorTrigger(drafts: readonly EventDraft[], d: EventDraft): EventDraft | null {
  const g = d.governor;
  if (!g) return null;
  for (const o of drafts) if (o !== d && o.view === d.view && o.hit.from === g.from) return o;
  return null;
}

/**
 * PLOVER's rules of thumb: a threatened act is a THREATEN whose mode is the
 * act; a refused or requested act is the REJECT's or REQUEST's mode; a promised
 * or offered cooperative act is also an AGREE; a hostile act bound to a
 * condition is a threat; a cooperative act refused for the future is a REJECT.
 */
export function applyPloverConventions(drafts: EventDraft[], text: string): EventMention[] {
  const dropped = new Set<EventDraft>();
  const added: EventMention[] = [];
  for (const d of drafts) {
    const e = d.event;
    const g = d.governor;
    const parent = isGovernorTrigger(drafts, d);
    // "a rejeté la demande de X", "rejected the union's request": the request was made; it stays an event of its own.
    if (g && g.kind === "refuse" && d.hit.pos === "noun" && e.type === "REQUEST") continue;
    if (g && (g.kind === "threaten" || g.kind === "refuse" || g.kind === "request")) {
      const into = parent?.event;
      if (into && ((g.kind === "threaten" && into.type === "THREATEN") || (g.kind === "refuse" && into.type === "REJECT") || (g.kind === "request" && into.type === "REQUEST"))) {
        into.mode = g.kind === "threaten" ? threatMode(e) : askMode(e);
        for (const p of e.participants) if (!into.participants.some((q) => q.name === p.name)) into.participants.push({ ...p, role: p.role === "source" ? "target" : p.role });
        if (g.kind === "request" && CALLED.has(e.type)) keepCalledAction(e, into);
        else dropped.add(d);
        continue;
      }
      if (!into && g.kind === "request" && CALLED.has(e.type)) {
        // The call itself is a REQUEST of its own; the action called for stays what it is.
        added.push({ ...e, id: "", type: "REQUEST", mode: askMode(e), participants: e.participants.map((p) => ({ ...p })), ruleId: `${e.ruleId}/governed-request` });
        keepCalledAction(e, null);
        continue;
      }
      if (!into) {
        const type = g.kind === "threaten" ? "THREATEN" : g.kind === "refuse" ? "REJECT" : "REQUEST";
        const mode = g.kind === "threaten" ? threatMode(e) : askMode(e);
        e.ruleId = `${e.ruleId}/governed-${g.kind}`;
        e.type = type;
        e.mode = mode;
        e.trigger = textSpan(text, d.view.words[g.from]!.start, e.trigger.end);
        if (e.modality === "planned" || e.modality === "proposed") e.modality = "happened";
        continue;
      }
    }
    if (g && g.kind === "commit" && HOSTILE.has(e.type)) {
      e.mode = threatMode(e);
      e.type = "THREATEN";
      e.ruleId = `${e.ruleId}/committed-hostile`;
      if (parent) dropped.add(parent);
      continue;
    }
    if (g && (g.kind === "commit" || g.kind === "propose") && COOPERATIVE.has(e.type) && !parent) {
      added.push({
        ...e,
        id: "",
        type: "AGREE",
        mode: null,
        trigger: textSpan(text, d.view.words[g.from]!.start, d.view.words[g.to - 1]!.end),
        modality: e.modality === "negated" ? "negated" : "happened",
        participants: e.participants.map((p) => ({ ...p })),
        ruleId: `${e.ruleId}/promised-cooperation`,
      });
      continue;
    }
    // A promised future cooperative act is an AGREE ("will provide aid", "would meet").
    if (COOPERATIVE.has(e.type) && e.type !== "AGREE" && d.hit.pos === "verb" && e.modality === "planned" && (d.tense === "future" || d.tense === "conditional")) {
      added.push({ ...e, id: "", type: "AGREE", mode: null, modality: "happened", participants: e.participants.map((p) => ({ ...p })), ruleId: `${e.ruleId}/future-cooperation` });
      continue;
    }
    if (HOSTILE.has(e.type) && e.modality === "conditional") {
      e.mode = threatMode(e);
      e.type = "THREATEN";
      e.ruleId = `${e.ruleId}/conditional-hostile`;
      continue;
    }
    if (COOPERATIVE.has(e.type) && e.modality === "negated" && d.tense === "future") {
      e.mode = askMode(e);
      e.type = "REJECT";
      e.ruleId = `${e.ruleId}/refused-cooperation`;
    }
  }
  // On a shared trigger the AGREE comes first: PLOVER codes the commitment before the act.
  const events = added;
  for (const d of drafts) if (dropped.size === 0 || !dropped.has(d)) events.push(d.event);
  return events;
}
