import type { ClauseTense } from "./decide-modality.js";
import type { TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";
import type { Clause } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";

// How far back an auxiliary may sit from its verb ("n'a en fait jamais rencontré").
const AUX_REACH = 4;

function auxTense(low: string, lex: EventsLexicon): ClauseTense | null {
  const c = lex.cues;
  if (c.futureAux.test(low)) return "future";
  if (c.conditionalAux.test(low)) return "conditional";
  if (c.pastAux.test(low)) return "past";
  return null;
}

function wholeWord(pattern: RegExp, low: string): boolean {
  const m = pattern.exec(low);
  return m !== null && m.index === 0 && m[0].length === low.length;
}

/** The auxiliary right before a verb (skipping clitics, negation and adverbs), as a tense. */
function auxBefore(view: SentenceView, at: number, lex: EventsLexicon): ClauseTense | null {
  for (let i = at - 1; i >= Math.max(0, at - AUX_REACH); i--) {
    const w = view.words[i]!;
    if (w.kind === "punct" && w.low !== "'") return null;
    const c = lex.cues;
    if (wholeWord(c.futureAux, w.low)) return "future";
    if (wholeWord(c.conditionalAux, w.low)) return "conditional";
    if (wholeWord(c.pastAux, w.low)) return "past";
    const form = lex.verbForms.get(w.low);
    if (form && form.tense !== "infinitive" && lex.verbs.has(form.lemma) === false && lex.governors.has(form.lemma) === false) return null;
  }
  return null;
}

/** Whether a participle trigger is in the passive ("a été proposé", "was attacked"). */
export function isPassive(view: SentenceView, hit: TriggerHit, lex: EventsLexicon): boolean {
  if (hit.pos !== "verb" || (hit.tense !== "participle" && hit.tense !== "past")) return false;
  const prev = view.words[hit.from - 1];
  const prev2 = view.words[hit.from - 2];
  if (!prev || !wholeWord(lex.cues.passiveAux, prev.low)) return false;
  // "s'est entretenu" is a pronominal past, not a passive.
  return !(prev2 && /^(?:s'|se|me|m'|te|t'|nous|vous)$/.test(prev2.low));
}

/** The tense of a trigger's clause, from its own form and the auxiliaries around it. */
export function clauseTense(view: SentenceView, hit: TriggerHit, clause: Clause, lex: EventsLexicon): ClauseTense {
  if (hit.pos === "verb") {
    const aux = auxBefore(view, hit.from, lex);
    switch (hit.tense) {
      case "future":
      case "conditional":
        return hit.tense;
      case "participle":
      case "past":
        return aux === "future" || aux === "conditional" ? aux : "past";
      case "infinitive":
      case "present":
        if (lex.roles.infinitiveMarkers.has(view.words[hit.from - 1]?.low ?? "")) return "infinitive";
        return aux ?? (hit.tense === "present" ? "present" : "infinitive");
      case "gerund":
        return aux === "past" ? "present" : (aux ?? "none");
      default:
        return aux ?? "present";
    }
  }
  // A noun takes the tense of the nearest auxiliary or verb of its clause, before it first.
  let best: ClauseTense = "none";
  let bestDistance = Infinity;
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= hit.from && i < hit.to) continue;
    const w = view.words[i]!;
    if (w.kind !== "word") continue;
    let t: ClauseTense | null = null;
    if (wholeWord(lex.cues.futureAux, w.low) || wholeWord(lex.cues.conditionalAux, w.low) || wholeWord(lex.cues.pastAux, w.low)) t = auxTense(w.low, lex);
    else {
      const form = lex.verbForms.get(w.low);
      if (form && (form.tense === "future" || form.tense === "conditional" || form.tense === "past" || form.tense === "present")) t = form.tense;
    }
    if (t === null) continue;
    const distance = i < hit.from ? hit.from - i : (i - hit.to) * 1.5;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}
