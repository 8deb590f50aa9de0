import type { Candidate } from "./candidate.js";
import { cuesOfSentences, isCapitalized, tokenAtOrAfter, wordCount, type CueGroup, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { verbAt } from "./find-cues.js";
import type { Quotation } from "./find-quotations.js";
import { subjectAfter, subjectBefore, describe, isBareNoun, nounPhrase } from "./find-speaker.js";
import { findSourcePhrases } from "./match-according.js";
import { invertedSubject } from "./match-reported.js";

/** How far before a colon a reporting verb may sit ("a déclaré à l'AFP lundi :"). */
const MAX_BEFORE_COLON = 10;
/** How many tokens the person urged may take between an urging verb and "à"/"to" ("a appelé les pouvoirs publics à"). */
const MAX_URGED = 6;
/** How many tokens a subject may take between a quotation and its verb ("…,” the senator from Ohio said). */
const MAX_SUBJECT_AFTER = 32;
/** …when no comma opens an apposition in it. */
const MAX_SUBJECT_NO_COMMA = 10;

interface Attribution {
  speaker: SpeakerPhrase | null;
  cue: CueGroup | null;
  cueSpan: { start: number; end: number; lemma: string } | null;
  rule: string;
}

/**
 * Direct quotations with their attribution: a verb group after the
 * quotation ("« … », a déclaré X", "“…,” Smith said", "…, dit-elle"), a
 * verb or source before a colon or comma ("X a déclaré : « … »", "Pour X,
 * « … »"), a verb right before the quotation ("a indiqué « vouloir … »"),
 * or an incise inside it ("« Moi, dit-il, j'ai … »"). Quotations with no
 * attribution are kept with `inherit` set; the refiners decide whether
 * they are quotes, titles or scare quotes.
 */
export function matchQuotations(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): Candidate[] {
  const out: Candidate[] = [];
  if (ctx.quotations.length === 0) return out;
  const byFirst = new Map<number, CueGroup>();
  for (const cue of cues) byFirst.set(cue.first, cue);
  const bySentence = cuesOfSentences(ctx, cues);
  for (const q of ctx.quotations) {
    const open = tokenAtOrAfter(ctx, q.start);
    const close = tokenAtOrAfter(ctx, q.end);
    // The sentence of the content: a two-token mark ("''") may be left at the end of the previous sentence.
    const sentence = ctx.tokenSentence[Math.min(tokenAtOrAfter(ctx, q.contentStart), close - 1)] ?? ctx.tokenSentence[open] ?? -1;
    if (sentence < 0) continue;
    const split = sentenceIncise(ctx, q, open, close, cues, speakers);
    if (split) {
      out.push(...split.parts.map(([a, b]) => directCandidate(ctx, a, b, split.att, ctx.tokenSentence[tokenAtOrAfter(ctx, a)] ?? sentence)));
      continue;
    }
    const att =
      after(ctx, close, byFirst, speakers) ??
      before(ctx, open, ctx.tokenSentence[open] ?? sentence, bySentence, speakers) ??
      inside(ctx, q, open, close, cues, speakers);
    const start = trimStart(ctx.text, q.contentStart, q.contentEnd);
    const end = trimEnd(ctx.text, start, q.contentEnd);
    if (end <= start) continue;
    const cueGroup = att?.cue ?? null;
    out.push({
      kind: "direct",
      start,
      end,
      speaker: att?.speaker ?? null,
      cue: att?.cueSpan ?? (cueGroup ? { start: ctx.tokens[cueGroup.first]!.start, end: ctx.tokens[cueGroup.last]!.end, lemma: cueGroup.lemma } : null),
      group: cueGroup,
      sentence,
      ruleId: `quotes/${ctx.doc.lang}/${att ? att.rule : "unattributed"}`,
      inherit: !att || !att.speaker,
    });
  }
  return out;
}

/** A direct candidate over [start, end) with its attribution. */
function directCandidate(ctx: QuoteContext, start: number, end: number, att: Attribution, sentence: number): Candidate {
  const cue = att.cue!;
  return {
    kind: "direct",
    start,
    end,
    speaker: att.speaker,
    cue: { start: ctx.tokens[cue.first]!.start, end: ctx.tokens[cue.last]!.end, lemma: cue.lemma },
    group: cue,
    sentence,
    ruleId: `quotes/${ctx.doc.lang}/${att.rule}`,
    inherit: false,
  };
}

/**
 * "« A, a-t-il plaidé. B »", "“A, she said. B”": an incise that
 * ends its sentence inside the quotation cuts it into two quotes of the same
 * speaker, each one statement.
 */
function sentenceIncise(ctx: QuoteContext, q: Quotation, open: number, close: number, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): { att: Attribution; parts: [number, number][] } | null {
  // Cues come in text order: start at the first one inside the quotation rather than at the document's first.
  for (let i = firstCueAfter(cues, open + 1); i < cues.length; i++) {
    const cue = cues[i]!;
    if (cue.first >= close) break;
    if (cue.last >= close || cue.negated) continue;
    // The comma that opens the incise: before the verb ("…, a-t-il dit.") or before its subject ("…, she said.").
    const before = speakers.get(cue);
    const subjectFirst = !cue.inverted && before && before.end <= ctx.tokens[cue.first]!.start ? tokenAtOrAfter(ctx, before.start) : -1;
    const comma = ctx.lower[cue.first - 1] === "," ? cue.first - 1 : subjectFirst > open + 1 && ctx.lower[subjectFirst - 1] === "," ? subjectFirst - 1 : -1;
    if (comma < 0) continue;
    const speaker = comma === cue.first - 1 ? (cue.inverted ? speakers.get(cue) ?? null : subjectAfter(ctx, cue.last)) : before!;
    if (!speaker) continue;
    // A tail ("à la barre", "to reporters") only after an incise that opens on its verb: "…, a-t-il déclaré à la barre."
    const after = Math.max(cue.last + 1, tokenAtOrAfter(ctx, speaker.end));
    const next = comma === cue.first - 1 ? pastIncisTail(ctx, after, close) : after;
    if (next + 1 >= close || ctx.lower[next] !== ".") continue;
    const a = trimStart(ctx.text, q.contentStart, ctx.tokens[comma]!.start);
    const b = trimEnd(ctx.text, a, ctx.tokens[comma]!.start);
    const c = trimStart(ctx.text, ctx.tokens[next + 1]!.start, q.contentEnd);
    const d = trimEnd(ctx.text, c, q.contentEnd);
    if (b <= a || d <= c) continue;
    return { att: { speaker, cue, cueSpan: null, rule: "incise-split" }, parts: [[a, b], [c, d]] };
  }
  return null;
}

/** Words an incise may add after its verb and subject ("a-t-il déclaré à la barre.", "she told reporters."). */
const MAX_INCISE_TAIL = 4;

/** The token after a short tail of words that ends an incise ("à la barre", "devant le tribunal"), or k when none. */
function pastIncisTail(ctx: QuoteContext, k: number, close: number): number {
  let j = k;
  while (j < close && j - k < MAX_INCISE_TAIL && ctx.tokens[j]!.kind === "word" && !verbAt(ctx, j)) j++;
  return ctx.lower[j] === "." ? j : k;
}

/** Index of the first cue whose first token lies after token `after`. */
function firstCueAfter(cues: readonly CueGroup[], after: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.first <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function trimStart(text: string, s: number, e: number): number {
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  return s;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return e;
}

function cueAttribution(ctx: QuoteContext, cue: CueGroup, speakers: Map<CueGroup, SpeakerPhrase | null>, rule: string): Attribution {
  const speaker = speakers.get(cue) ?? invertedSubject(ctx, cue);
  return { speaker, cue, cueSpan: null, rule };
}

/** "« … », a déclaré X" / "“…,” Smith said" / "« … » indique X". */
function after(ctx: QuoteContext, close: number, byFirst: Map<number, CueGroup>, speakers: Map<CueGroup, SpeakerPhrase | null>): Attribution | null {
  let k = close;
  let sentence = ctx.tokenSentence[close - 1];
  if (close >= ctx.tokens.length) return null;
  if (ctx.tokenSentence[close] !== sentence) {
    // "“… country?” Clinton said.": a question or exclamation mark may have ended the sentence at the closing mark.
    const next = ctx.tokenSentence[close]!;
    const gap = ctx.text.slice(ctx.tokens[close - 1]!.end, ctx.tokens[close]!.start);
    if (gap.includes("\n") || !/[?!.…]$/.test(ctx.text.slice(0, ctx.tokens[close - 1]!.start).trimEnd()) || ctx.sentenceTokens[next]![0] !== close) return null;
    sentence = next;
  }
  const dash = /^[—–―-]$/.test(ctx.lower[k] ?? "");
  if (dash || ctx.lower[k] === ",") k++;
  if (k >= ctx.tokens.length || ctx.tokenSentence[k] !== sentence) return null;
  // "“…” ― Carla Sanchez", "“…” -Commissioner Ann Ross": a name after a dash signs the quotation.
  if (dash) {
    const [, hi] = ctx.sentenceTokens[sentence!]!;
    let e = k;
    while (e < hi && e - k < 10 && !/^[.;!?«»“”"]$/.test(ctx.lower[e]!)) e++;
    const named = e > k ? describe(ctx, k, e) : null;
    if (named && named.proper && (e >= hi || /^[.;]$/.test(ctx.lower[e]!))) return { speaker: named, cue: null, cueSpan: null, rule: "dash-signature" };
  }
  const cue = byFirst.get(k);
  // "par « Le Matin », a annoncé que …": a verb followed by its own clause does not attribute the quotation before it.
  if (cue && ctx.lex.complementizers.has(ctx.lower[cue.last + 1] ?? "")) return null;
  if (cue && !cue.negated) {
    const speaker = cue.inverted ? speakers.get(cue) ?? null : subjectAfter(ctx, cue.last) ?? speakers.get(cue) ?? null;
    if (speaker || cue.inverted) return { speaker, cue, cueSpan: null, rule: "postposed" };
  }
  // "« … » selon M. X", "“…,” according to X".
  const source = findSourcePhrases(ctx, sentence!, ctx.lex.according).find((s) => s.at === k);
  if (source) return { speaker: source.speaker, cue: null, cueSpan: { start: ctx.tokens[source.at]!.start, end: ctx.tokens[source.from - 1]!.end, lemma: source.lemma }, rule: "postposed-source" };
  // "“…,” the senator from Ohio said." — a subject, then the verb; "“…,” Paul Ryan, the convention chair, told …" with an apposition.
  let comma = -1;
  for (let e = k + 1; e <= k + MAX_SUBJECT_AFTER && e < ctx.tokens.length; e++) {
    // An abbreviation's period stays inside the subject ("Rep. Gwen Moore (D-Wis.) said").
    if ((/^[.!?;:«»“”"]$/.test(ctx.lower[e - 1]!) && !(ctx.lower[e - 1] === "." && (ctx.lower[e] === ")" || /^\p{Lu}[\p{L}-]{0,4}$/u.test(ctx.tokens[e - 2]?.text ?? "")))) || ctx.tokenSentence[e] !== sentence) break;
    if (ctx.lower[e - 1] === "," && comma < 0) comma = e - 1;
    if (comma < 0 && e - k > MAX_SUBJECT_NO_COMMA) break;
    let c = byFirst.get(e);
    // "“…,” Smith later said": an adverb between the subject and its verb.
    if (!c && ctx.lex.subjectAdverbSuffix?.test(ctx.lower[e]!) && ctx.tokens[e]!.kind === "word") {
      const next = byFirst.get(e + 1);
      if (next) {
        c = next;
        const speaker = describe(ctx, k, e);
        if (speaker && (speaker.pronoun || speaker.proper)) return { speaker, cue: c, cueSpan: null, rule: "postposed-subject" };
      }
    }
    if (c && !c.negated && !c.inverted) {
      const head = comma > k ? describe(ctx, k, comma) : null;
      // "« … », tout en jugeant": determiners and particles alone are no subject.
      const speaker = head && head.proper ? { ...head, end: ctx.tokens[e - 1]!.end } : nounPhrase(ctx, k, e);
      if (speaker && (speaker.pronoun || speaker.proper || ctx.lex.determiners.has(ctx.lower[k]!) || (ctx.lex.bareNounSubjects && e - k <= 3 && isBareNoun(ctx, k)))) return { speaker, cue: c, cueSpan: null, rule: "postposed-subject" };
      break;
    }
  }
  return null;
}

/** "X a déclaré : « … »", "Selon X, « … »", "a indiqué « vouloir … »", and a colon after a clause with a subject. */
function before(ctx: QuoteContext, open: number, sentence: number, bySentence: Map<number, CueGroup[]>, speakers: Map<CueGroup, SpeakerPhrase | null>): Attribution | null {
  const [lo] = ctx.sentenceTokens[sentence]!;
  const p = open - 1;
  if (p < lo) return null;
  const mark = ctx.lower[p]!;
  // A verb group right before the quotation.
  const mates = bySentence.get(sentence) ?? [];
  const direct = mates.find((c) => (c.last === p || (c.last === p - 1 && ctx.lex.preQuoteLinks.has(mark))) && !c.negated);
  if (direct) return cueAttribution(ctx, direct, speakers, "preposed-verb");
  // "a appelé les parents à « vérifier … »", "urged voters to “stay home”": the act urged, in the subject's words.
  if (ctx.lex.exhortLinks.has(mark)) {
    const urging = mates.findLast((c) => c.last < p && p - c.last <= MAX_URGED && ctx.lex.exhortations.has(c.lemma) && !c.negated && !between(ctx, c.last, p));
    if (urging) return cueAttribution(ctx, urging, speakers, "exhortation");
  }
  if (mark !== ":" && mark !== ",") return null;
  // "Frank Newport and Jim Harter: “We found …”", "Ted Cruz: ‘…’": a name alone before the colon speaks.
  if (mark === ":") {
    let a = lo;
    while (a < p && /^[«»“”"'‘’—–-]$/.test(ctx.lower[a]!)) a++;
    const named = a < p && p - a <= 8 ? describe(ctx, a, p) : null;
    if (named && named.proper && named.nameEnd === ctx.tokens[p - 1]!.end && !mates.some((c) => c.first < p)) {
      // "Frank Newport and Jim Harter": names joined by a coordinator speak together.
      let all = true;
      for (let t = a; t < p && all; t++) all = isCapitalized(ctx, t) || ctx.lex.coordinators.has(ctx.lower[t]!) || ctx.lower[t] === "&" || ctx.lower[t] === ".";
      if (all) {
        named.nameStart = ctx.tokens[a]!.start;
        named.name = ctx.text.slice(named.nameStart, named.nameEnd);
      }
      return { speaker: named, cue: null, cueSpan: null, rule: "name-colon" };
    }
  }
  const near = mates.findLast((c) => c.last < p && p - c.last <= MAX_BEFORE_COLON && !c.negated);
  if (near && !between(ctx, near.last, p)) return cueAttribution(ctx, near, speakers, "preposed-colon");
  // The last source phrase that ends before the mark, those of the "pour X" kind read after the others.
  const according = findSourcePhrases(ctx, sentence, ctx.lex.according);
  const source = findSourcePhrases(ctx, sentence, ctx.lex.forSource).findLast((s) => s.to <= p) ?? according.findLast((s) => s.to <= p);
  if (source) {
    return {
      speaker: source.speaker,
      cue: null,
      cueSpan: { start: ctx.tokens[source.at]!.start, end: ctx.tokens[source.from - 1]!.end, lemma: source.lemma },
      rule: "preposed-source",
    };
  }
  if (mark === ":") {
    // "le négociateur a appelé à … : « … »": the clause's own subject speaks.
    for (let k = lo; k < p; k++) {
      const w = ctx.lower[k]!;
      if ((ctx.lex.auxiliaries.has(w) && !ctx.lex.determiners.has(w)) || (ctx.tokens[k]!.kind === "word" && /^(?:se|s')$/.test(w))) {
        const speaker = subjectBefore(ctx, k);
        if (speaker) return { speaker, cue: null, cueSpan: null, rule: "colon-subject" };
        break;
      }
    }
  }
  return null;
}

/** Whether another quotation sits between two tokens. */
function between(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (/^[«»“”"]$/.test(ctx.lower[k]!)) return true;
  return false;
}

/** "« Moi, dit-il, j'ai … »": an incise between commas inside the quotation. */
function inside(ctx: QuoteContext, q: Quotation, open: number, close: number, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): Attribution | null {
  for (let i = firstCueAfter(cues, open); i < cues.length; i++) {
    const cue = cues[i]!;
    if (cue.first >= close) break;
    if (cue.last >= close || cue.negated) continue;
    if (ctx.lower[cue.first - 1] !== "," ) continue;
    const speaker = cue.inverted ? speakers.get(cue) ?? null : subjectAfter(ctx, cue.last);
    if (!speaker) continue;
    const next = Math.max(cue.last + 1, tokenAtOrAfter(ctx, speaker.end));
    if (next < 0 || ctx.lower[next] !== ",") continue;
    if (wordCount(ctx.text, q.contentStart, ctx.tokens[cue.first]!.start, 7) > 6) continue;
    return { speaker, cue, cueSpan: null, rule: "incise" };
  }
  return null;
}
