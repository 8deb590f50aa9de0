import type { Candidate } from "./candidate.js";
import { clauseEnd, type AttributionStarts } from "./clause-end.js";
import { cuesBySentence, isCapitalized, quotationAt, tokenAtOrAfter, wordCount, type CueGroup, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { lookupVerb } from "./find-cues.js";
import { describe, subjectAfter } from "./find-speaker.js";

/** How many tokens may sit between a reporting verb and its "que" ("a déclaré dimanche à CBS … qu'"). */
const MAX_GAP = 12;
/** Infinitives that open an infinitive report ("a déclaré avoir enregistré", "a nié être impliqué"). */
const REPORT_INFINITIVES = new Set(["avoir", "être", "pouvoir", "vouloir", "devoir", "faire", "savoir", "ignorer", "n'avoir", "ne", "n'", "rien", "ne pas"]);
/** Auxiliaries that make a participle clause, not a finite attribution ("l'ayant prédite"). */
const NONFINITE_AUX = new Set(["ayant", "étant", "avoir", "être", "having", "being"]);
/** Verbs that take a person object before their bare clause ("told reporters he…"). */
const TELL = new Set(["tell", "inform", "assure", "warn", "remind", "convince"]);

/** The subject of each cue, read once: before the verb, fused with it, or after it. */
export function cueSpeakers(ctx: QuoteContext, cues: readonly CueGroup[], before: (first: number) => SpeakerPhrase | null): Map<CueGroup, SpeakerPhrase | null> {
  const map = new Map<CueGroup, SpeakerPhrase | null>();
  for (const cue of cues) {
    let speaker: SpeakerPhrase | null = null;
    if (cue.inverted) {
      const pronoun = ctx.text.slice(cue.inverted.start, cue.inverted.end).toLowerCase();
      const number = ctx.lex.pronouns[pronoun] ?? "s";
      speaker = {
        start: cue.inverted.start,
        end: cue.inverted.end,
        name: ctx.text.slice(cue.inverted.start, cue.inverted.end),
        nameStart: cue.inverted.start,
        nameEnd: cue.inverted.end,
        pronoun: number,
        plural: number === "p",
        role: null,
        proper: false,
        roles: [],
      };
    } else if (!cue.tags.includes("G") || ctx.doc.lang === "en") {
      speaker = before(cue.first);
    }
    map.set(cue, speaker);
  }
  const bySentence = cuesBySentence(cues);
  // A second predicate of the same subject ("X se dit … et pense que …") reports for that subject.
  for (const cue of cues) {
    if (map.get(cue) || cue.tags === "G") continue;
    const before = ctx.lower[cue.first - 1] ?? "";
    if (!ctx.lex.coordinators.has(before) && before !== "mais" && before !== "but") continue;
    const prev = [...(bySentence.get(cue.sentence) ?? [])].reverse().find((m) => m.last < cue.first && map.get(m));
    if (prev) map.set(cue, map.get(prev)!);
  }
  // A gerund reports for the subject of its clause ("…, a déclaré Peskov, ajoutant : …").
  for (const cue of cues) {
    if (map.get(cue) || !cue.tags.includes("G")) continue;
    const mates = bySentence.get(cue.sentence) ?? [];
    const prev = [...mates].reverse().find((m) => m.first < cue.first && (map.get(m) ?? postposedSpeaker(ctx, m)));
    const next = mates.find((m) => m.first > cue.first && map.get(m));
    const source = prev ?? next;
    if (source) map.set(cue, map.get(source) ?? postposedSpeaker(ctx, source));
  }
  return map;
}

/** The subject after the verb where French inverts it: "comme le précise X", "ainsi que l'a dit X". */
export function invertedSubject(ctx: QuoteContext, cue: CueGroup): SpeakerPhrase | null {
  let k = cue.first - 1;
  while (k >= 0 && ctx.lex.clitics.has(ctx.lower[k]!)) k--;
  const w = ctx.lower[k] ?? "";
  return w === "comme" || w === "as" || w === "," || w === "»" || w === "”" ? subjectAfter(ctx, cue.last) : null;
}

/** The inverted subject of a cue that follows its content ("…, a déclaré Peskov"). */
export function postposedSpeaker(ctx: QuoteContext, cue: CueGroup): SpeakerPhrase | null {
  return subjectAfter(ctx, cue.last);
}

/** Where each cue's attribution starts, keyed by token. */
export function attributionStarts(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): AttributionStarts {
  const map = new Map<number, CueGroup>();
  for (const cue of cues) {
    const sp = speakers.get(cue);
    let start = cue.first;
    if (sp && !cue.inverted && sp.start < ctx.tokens[cue.first]!.start) {
      let k = cue.first;
      while (k > 0 && ctx.tokens[k - 1]!.start >= sp.start) k--;
      start = k;
    }
    map.set(start, cue);
  }
  return map;
}

/**
 * Reported speech led by a reporting verb: a "que"/"that" clause, a bare
 * English clause ("said he would"), an infinitive report ("a affirmé avoir
 * enregistré"), a noun-phrase object of a stance verb ("a dénoncé …"), or
 * content before a postposed attribution ("…, a ajouté X"). Negated cues
 * report nothing.
 */
export function matchReported(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>, starts: AttributionStarts): Candidate[] {
  const out: Candidate[] = [];
  const { lower, tokens, lex } = ctx;
  for (const cue of cues) {
    if (cue.negated) continue;
    const [lo, hi] = ctx.sentenceTokens[cue.sentence]!;
    const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end, lemma: cue.lemma };
    // Postposed: "CONTENT, a ajouté X." / "CONTENT, X said."
    const post = postposed(ctx, cue, lo, hi, speakers);
    if (post) {
      out.push(post);
      continue;
    }
    if (lex.incisOnly.has(cue.lemma)) continue;
    let k = cue.last + 1;
    let contentTok = -1;
    let rule = "";
    for (let gap = 0; k < hi && gap <= MAX_GAP; k++, gap++) {
      const w = lower[k]!;
      if (lex.complementizers.has(w) || (w === "qu" && lower[k + 1] === "'")) {
        contentTok = w === "qu" ? k + 2 : k + 1;
        rule = "que-clause";
        break;
      }
      const q = quotationAt(ctx, tokens[k]!.start);
      if (q && q.start === tokens[k]!.start) {
        // A short quoted title may sit before "que"; a longer quotation is the content itself.
        if (wordCount(ctx.text.slice(q.contentStart, q.contentEnd)) > 4) break;
        while (k + 1 < hi && tokens[k + 1]!.start < q.end) k++;
        continue;
      }
      if (w === ":" || w === ";" || w === "." || w === "?" || w === "!" || lex.clauseConnectors.has(w)) break;
      // A reporting form after a determiner is a noun ("dans un communiqué", "dans une note").
      if (gap > 0 && tokens[k]!.kind === "word" && lookupVerb(ctx, w) && !isCapitalized(ctx, k) && !lex.determiners.has(lower[k - 1]!)) break;
      if (lex.auxiliaries.has(w) && !lex.determiners.has(w) && gap > 0) break;
      if (/^(?:qui|si|comment|pourquoi|où|whether|if|how|why|what|who)$/.test(w)) break;
    }
    if (contentTok < 0) {
      const next = cue.last + 1;
      const w = lower[next] ?? "";
      if (ctx.doc.lang === "fr" && (REPORT_INFINITIVES.has(w) || (lookupVerb(ctx, w)?.[1] === "W"))) {
        contentTok = next;
        rule = "infinitive";
      } else if (lex.bareClause.has(cue.lemma) && next < hi && cue.tags.includes("F")) {
        let n = next;
        while (n < hi && (lex.timeWords.has(lower[n]!) || lower[n] === "on")) n++;
        if (TELL.has(cue.lemma) && n < hi && !lex.pronouns[lower[n]!]) {
          // The person told: "told reporters", "told CNN", "told the Times".
          const sub = subjectAfter(ctx, n - 1);
          if (sub) while (n < hi && tokens[n]!.start < sub.end) n++;
          else if (tokens[n]!.kind === "word") n++;
        }
        const opener = lower[n] ?? "";
        if (n < hi && (lex.pronouns[opener] !== undefined || lex.determiners.has(opener) || isCapitalized(ctx, n)) && !/^(?:it|this|that)$/.test(opener) && !quotationAt(ctx, tokens[n]!.start)) {
          contentTok = n;
          rule = "bare-clause";
        }
      } else if (lex.objectReports.has(cue.lemma) && next < hi && (lex.determiners.has(w) || isCapitalized(ctx, next)) && !quotationAt(ctx, tokens[next]!.start)) {
        contentTok = next;
        rule = "object";
      }
    }
    if (contentTok < 0 || contentTok >= hi) continue;
    const start = tokens[contentTok]!.start;
    const end = clauseEnd(ctx, contentTok, cue.sentence, starts, cue);
    const text = ctx.text.slice(start, end);
    if (wordCount(text) < (rule === "object" ? 3 : 2)) continue;
    out.push({
      kind: "indirect",
      start,
      end,
      speaker: speakers.get(cue) ?? invertedSubject(ctx, cue),
      cue: cueSpan,
      group: cue,
      sentence: cue.sentence,
      ruleId: `quotes/${ctx.doc.lang}/${rule}`,
      inherit: false,
    });
  }
  return out;
}

/** "CONTENT, a ajouté X." — content before the comma, speaker after the verb (or before it in English). */
function postposed(ctx: QuoteContext, cue: CueGroup, lo: number, hi: number, speakers: Map<CueGroup, SpeakerPhrase | null>): Candidate | null {
  const { lower, tokens } = ctx;
  let speaker: SpeakerPhrase | null = null;
  let comma = -1;
  const aux = cue.first < cue.head ? lower[cue.first]! : "";
  if (!cue.inverted && !(cue.tags.includes("F") && !aux) && !(aux && !NONFINITE_AUX.has(aux))) return null;
  if (cue.first - 1 > lo && lower[cue.first - 1] === ",") {
    speaker = speakers.get(cue) && cue.inverted ? speakers.get(cue)! : subjectAfter(ctx, cue.last);
    comma = cue.first - 1;
    if (!speaker) return null;
    const tail = Math.max(cue.last + 1, tokenAtOrAfter(ctx, speaker.end));
    if (tail < hi && !/^[.,;!?]$/.test(lower[tail]!) && !ctx.lex.speakerEnds.has(lower[tail]!) && !ctx.lex.timeWords.has(lower[tail]!)) return null;
  } else {
    const sp = speakers.get(cue);
    if (!sp || cue.inverted) return null;
    let k = cue.first;
    while (k > lo && tokens[k - 1]!.start >= sp.start) k--;
    if (k - 1 <= lo || lower[k - 1] !== ",") return null;
    // Only a tail of time words and short phrases may follow: no clause, no quotation.
    for (let t = cue.last + 1; t < hi; t++) {
      const w = lower[t]!;
      if (t - cue.last > 8 || ctx.lex.complementizers.has(w) || /^[«»“”":]$/.test(w)) return null;
      if (/^[.;!?]$/.test(w)) break;
    }
    speaker = sp;
    comma = k - 1;
  }
  // A quotation before the comma is the direct matcher's.
  const before = tokens[comma - 1]!;
  if (/^[»”"’]$/.test(before.text) || quotationAt(ctx, before.start)) return null;
  const start = tokens[lo]!.start;
  const end = before.end;
  const text = ctx.text.slice(start, end);
  if (wordCount(text) < 4) return null;
  return {
    kind: "indirect",
    start,
    end,
    speaker,
    cue: { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end, lemma: cue.lemma },
    group: cue,
    sentence: cue.sentence,
    ruleId: `quotes/${ctx.doc.lang}/postposed-attribution`,
    inherit: false,
  };
}

export { describe };
