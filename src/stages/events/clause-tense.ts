import type { ClauseTense } from "./decide-modality.js";
import type { TriggerHit } from "./find-triggers.js";
import type { SentenceView } from "./sentence-view.js";
import type { Clause } from "./split-clauses.js";
import type { EventsLexicon } from "./types.js";
import { wordCues } from "./word-info.js";

// How far back an auxiliary may sit from its verb ("n'a en fait jamais rencontré").
const AUX_REACH = 4;

/** The auxiliary right before a verb (skipping clitics, negation and adverbs), as a tense. */
function auxBefore(view: SentenceView, at: number, lex: EventsLexicon): ClauseTense | null {
  for (let i = at - 1; i >= Math.max(0, at - AUX_REACH); i--) {
    const w = view.words[i]!;
    const info = view.info(i);
    if (w.kind === "punct" && info.low !== "'") return null;
    const aux = wordCues(info, lex).aux;
    if (aux !== null) return aux;
    const form = info.form;
    if (form && form.tense !== "infinitive" && info.verbSense === null && info.governor === undefined) return null;
  }
  return null;
}

// Reflexive pronouns before an auxiliary: a pronominal verb, not a passive.
const REFLEXIVE = /^(?:s'|se|me|m'|te|t'|nous|vous)$/;

/** Whether a participle trigger is in the passive ("a été proposé", "was attacked"). */
export function isPassive(view: SentenceView, hit: TriggerHit, lex: EventsLexicon): boolean {
  if (hit.pos !== "verb" || (hit.tense !== "participle" && hit.tense !== "past")) return false;
  const prev = view.words[hit.from - 1];
  const prev2 = view.words[hit.from - 2];
  if (!prev || !wordCues(view.info(hit.from - 1), lex).passiveAux) return false;
  // "s'est entretenu" is a pronominal past, not a passive.
  return !(prev2 && REFLEXIVE.test(view.info(hit.from - 2).low));
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
        if (lex.roles.infinitiveMarkers.has(hit.from > 0 ? view.info(hit.from - 1).low : "")) return "infinitive";
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
    const info = view.info(i);
    const cues = wordCues(info, lex);
    let t: ClauseTense | null = null;
    if (cues.aux !== null) t = cues.auxAnywhere;
    else {
      const form = info.form;
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
