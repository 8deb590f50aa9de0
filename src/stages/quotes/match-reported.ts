import type { Candidate } from "./candidate.js";
import { clauseEnd, type AttributionStarts } from "./clause-end.js";
import { afterDateline, cuesOfSentences, isCapitalized, quotationAt, tokenAtOrAfter, wordCount, type CueGroup, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { verbAt } from "./find-cues.js";
import { describe, isBareNoun, leadingSubject, subjectAfter } from "./find-speaker.js";

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
    } else if (!cue.tags.includes("G") || (ctx.doc.lang === "en" && ctx.lower[cue.first - 1] !== ",")) {
      speaker = before(cue.first);
    }
    map.set(cue, speaker);
  }
  const bySentence = cuesOfSentences(ctx, cues);
  // A second predicate of the same subject ("X se dit … et pense que …") reports for that subject.
  for (const cue of cues) {
    if (map.get(cue) || cue.tags === "G") continue;
    const before = ctx.lower[cue.first - 1] ?? "";
    if (!ctx.lex.coordinators.has(before) && before !== "mais" && before !== "but") continue;
    const prev = bySentence.get(cue.sentence)?.findLast((m) => m.last < cue.first && map.get(m));
    if (prev) map.set(cue, map.get(prev)!);
  }
  // A gerund reports for the subject of its clause ("…, a déclaré Marchand, ajoutant : …").
  for (const cue of cues) {
    if (map.get(cue) || !cue.tags.includes("G")) continue;
    const mates = bySentence.get(cue.sentence) ?? [];
    const prev = mates.findLast((m) => m.first < cue.first && (map.get(m) ?? postposedSpeaker(ctx, m)));
    const next = mates.find((m) => m.first > cue.first && map.get(m));
    const source = prev ?? next;
    if (source) map.set(cue, map.get(source) ?? postposedSpeaker(ctx, source));
  }
  // Still none: a gerund after a comma or a coordinated predicate reports for the subject that opens the sentence.
  for (const cue of cues) {
    if (map.get(cue) || cue.inverted) continue;
    const prev = ctx.lower[cue.first - 1] ?? "";
    const gerund = cue.tags === "G" && prev === ",";
    if (!gerund && !ctx.lex.coordinators.has(prev) && prev !== "but") continue;
    const subject = leadingSubject(ctx, cue.sentence, cue.first - 1);
    if (subject) map.set(cue, subject);
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

/** The inverted subject of a cue that follows its content ("…, a déclaré Marchand"). */
export function postposedSpeaker(ctx: QuoteContext, cue: CueGroup): SpeakerPhrase | null {
  return subjectAfter(ctx, cue.last);
}

/** Where each cue's attribution starts, keyed by token. */
export function attributionStarts(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>): AttributionStarts {
  const map = new Map<number, CueGroup>();
  for (const cue of cues) {
    const sp = speakers.get(cue);
    let start = cue.first;
    if (sp && !cue.inverted && sp.start < ctx.tokens[cue.first]!.start && !sharesSubject(ctx, cue)) {
      let k = cue.first;
      while (k > 0 && ctx.tokens[k - 1]!.start >= sp.start) k--;
      start = k;
    }
    map.set(start, cue);
  }
  return map;
}

/**
 * Whether a cue is a second predicate of a subject already named ("… et
 * dénonce", "…, but insisted", "…, adding that"): its attribution starts at
 * the verb, so that the first report's content ends before its own.
 */
function sharesSubject(ctx: QuoteContext, cue: CueGroup): boolean {
  const prev = ctx.lower[cue.first - 1] ?? "";
  const gerund = prev === "," && cue.tags === "G";
  if (!gerund && !ctx.lex.coordinators.has(prev) && prev !== "mais" && prev !== "but") return false;
  // "… and called it …": a verb that reports only as an incise has no content to take over, unless "que" opens one ("…, rappelant que …").
  if (ctx.lex.incisOnly.has(cue.lemma)) return ctx.lex.complementizers.has(ctx.lower[cue.last + 1] ?? "");
  // "…, describing them as “…”": a qualifying verb's words are its own, whatever its object.
  if (gerund && ctx.lex.qualifiers.has(cue.lemma)) return true;
  // "federal and state law", "shootings and protests demands": a noun that reads as a verb opens no content of its own.
  return opensContent(ctx, cue.last + 1);
}

/** Whether a reporting verb's content may start at token k: a complementizer, a subject or object, a quotation, an infinitive. */
function opensContent(ctx: QuoteContext, k: number): boolean {
  const w = ctx.lower[k];
  if (w === undefined) return false;
  const { lex } = ctx;
  return lex.complementizers.has(w) || lex.pronouns[w] !== undefined || lex.determiners.has(w) || lex.nounMarkers.has(w) || NEGATIVE_SUBJECTS.has(w) || isCapitalized(ctx, k) || /^[«“"‘:]$/.test(w) || verbAt(ctx, k)?.[1] === "W" || REPORT_INFINITIVES.has(w);
}

/**
 * Reported speech led by a reporting verb: a "que"/"that" clause (one per
 * coordinated clause that quotes words of its own), a bare English clause
 * ("said he would"), an infinitive report ("a affirmé avoir enregistré"),
 * the act of a charge ("accusent X d'avoir …"), a noun-phrase object of a
 * stance verb ("a dénoncé …") or any object that quotes words, the quoted
 * words a qualifying verb applies ("described it as “…”"), or content
 * before a postposed attribution ("…, a ajouté X"). Negated cues report
 * nothing.
 */
export function matchReported(ctx: QuoteContext, cues: readonly CueGroup[], speakers: Map<CueGroup, SpeakerPhrase | null>, starts: AttributionStarts): Candidate[] {
  const out: Candidate[] = [];
  const { lower, tokens, lex } = ctx;
  for (const cue of cues) {
    if (cue.negated) continue;
    // A report inside a quotation is part of what the quoted speaker says.
    if (quotationAt(ctx, tokens[cue.head]!.start)) continue;
    const [lo, hi] = ctx.sentenceTokens[cue.sentence]!;
    // Postposed: "CONTENT, a ajouté X." / "CONTENT, X said."
    const post = postposed(ctx, cue, lo, hi, speakers);
    if (post) {
      out.push(post);
      continue;
    }
    const as = asReport(ctx, cue, lo, hi, speakers, starts) ?? parenthetical(ctx, cue, lo, hi, speakers, starts);
    if (as) {
      out.push(as);
      continue;
    }
    // "a rappelé que …", "insisted that …": a verb kept for incises still reports the clause its subject opens with "que".
    if (lex.incisOnly.has(cue.lemma) && !(lex.complementizers.has(lower[cue.last + 1] ?? "") && speakers.get(cue))) continue;
    // "“…,” said X, …": the verb attributes the quotation before it; what follows is its subject, not its content.
    // A gerund never attributes a quotation so: "… as “pure speculation”, insisting no bid …" has content of its own.
    // Nor does a verb with a clause of its own: "interrogée par « Le Matin », a annoncé que …".
    const ownClause = lex.complementizers.has(lower[cue.last + 1] ?? "");
    if (cue.first - 2 >= lo && lower[cue.first - 1] === "," && closesQuotation(ctx, cue.first - 2) && cue.tags !== "G" && !ownClause) continue;
    if (cue.first - 1 >= lo && closesQuotation(ctx, cue.first - 1) && !ownClause) continue;
    let k = cue.last + 1;
    let contentTok = -1;
    let rule = "";
    // English "said (on Monday) (in a statement) he would …": the bare clause is read before any later "that".
    const bare = lex.bareClause.has(cue.lemma) ? bareClauseStart(ctx, cue, hi) : -1;
    // A charge's act comes before any "que" of a later clause ("accused X of …, a charge that Y denied").
    const charge = chargedAct(ctx, cue, afterTimeWords(ctx, cue.last + 1, hi), hi);
    if (charge >= 0) {
      contentTok = charge;
      rule = "charge";
      k = hi;
    } else if (bare >= 0) {
      contentTok = bare;
      rule = "bare-clause";
      k = hi;
    }
    for (let gap = 0; k < hi && gap <= MAX_GAP; k++, gap++) {
      const w = lower[k]!;
      // "ce que" / "ce qu'" is a relative ("face à ce qu'elle décrit"): the verb's object came before it.
      if (w === "ce" && (lex.complementizers.has(lower[k + 1]!) || lower[k + 1] === "qu")) break;
      if (lex.complementizers.has(w) || (w === "qu" && lower[k + 1] === "'")) {
        contentTok = w === "qu" ? k + 2 : k + 1;
        rule = "que-clause";
        break;
      }
      const q = quotationAt(ctx, tokens[k]!.start);
      if (q && q.start === tokens[k]!.start) {
        // A short quoted title may sit before "que"; a longer quotation is the content itself.
        if (wordCount(ctx.text, q.contentStart, q.contentEnd, 5) > 4) break;
        while (k + 1 < hi && tokens[k + 1]!.start < q.end) k++;
        continue;
      }
      if (w === ":" || w === ";" || w === "." || w === "?" || w === "!" || lex.clauseConnectors.has(w)) break;
      // A reporting form after a determiner is a noun ("dans un communiqué", "dans une note").
      if (gap > 0 && tokens[k]!.kind === "word" && verbAt(ctx, k) && !isCapitalized(ctx, k) && !lex.determiners.has(lower[k - 1]!)) break;
      if (lex.auxiliaries.has(w) && !lex.determiners.has(w) && gap > 0) break;
      if (/^(?:qui|si|comment|pourquoi|où|whether|if|how|why|what|who)$/.test(w)) break;
    }
    let objectEnd = -1;
    if (contentTok < 0) {
      const next = afterTimeWords(ctx, cue.last + 1, hi);
      const w = lower[next] ?? "";
      const quoted = next < hi ? quotationAt(ctx, tokens[next]!.start) : undefined;
      if (ctx.doc.lang === "fr" && (REPORT_INFINITIVES.has(w) || (verbAt(ctx, next)?.[1] === "W"))) {
        contentTok = next;
        rule = "infinitive";
      } else if (lex.objectReports.has(cue.lemma) && next < hi && (lex.determiners.has(w) || isCapitalized(ctx, next)) && !quotationAt(ctx, tokens[next]!.start)) {
        contentTok = next;
        rule = "object";
      } else if (lex.objectReports.has(cue.lemma) && quoted && quoted.closed && quoted.start === tokens[next]!.start) {
        // "a salué « un geste attendu »": a verbatim object is the report, mixed once the refiners see its quotation.
        contentTok = next;
        rule = "quoted-object";
        objectEnd = quoted.end;
      } else if ((contentTok = qualifyingQuotation(ctx, cue, next, hi)) >= 0) {
        rule = "qualifier";
        objectEnd = quotationAt(ctx, tokens[contentTok]!.start)!.end;
      } else if ((contentTok = quotedObject(ctx, cue, next, hi)) >= 0) {
        rule = "quoted-object";
        objectEnd = quotationAt(ctx, tokens[contentTok + 1]!.start)?.end ?? -1;
        if (objectEnd < 0) contentTok = -1;
      }
    }
    if (contentTok < 0 || contentTok >= hi) continue;
    const start = tokens[contentTok]!.start;
    let end = objectEnd >= 0 ? objectEnd : clauseEnd(ctx, contentTok, cue.sentence, starts, cue);
    if (rule === "charge") end = beforeApposition(ctx, contentTok, end);
    if (wordCount(ctx.text, start, end, 3) < (rule === "object" ? 3 : rule === "qualifier" ? 1 : 2)) continue;
    if (rule === "object" && !statesPosition(ctx, contentTok, end)) continue;
    // An inverted subject comes before the content ("as X said that …"), never from inside it.
    const inverted = speakers.get(cue) ? null : invertedSubject(ctx, cue);
    const speaker = speakers.get(cue) ?? (inverted && inverted.end <= start ? inverted : null);
    if (rule !== "que-clause") {
      out.push(reported(ctx, cue, start, end, speaker, rule));
      continue;
    }
    for (const [from, to] of coordinatedClauses(ctx, contentTok, end)) out.push(reported(ctx, cue, from, to, speaker, rule));
  }
  return out;
}

/** Whether a quotation opens between token k and an offset. */
function quotesWithin(ctx: QuoteContext, k: number, end: number): boolean {
  for (; k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    const q = quotationAt(ctx, ctx.tokens[k]!.start);
    if (q && q.start === ctx.tokens[k]!.start) return true;
  }
  return false;
}

/** How far after a verb the link of a charge or a qualification may come ("accuse des chefs d'équipe d'avoir …"). */
const MAX_OBJECT_TOKENS = 8;

/** Whether a verb group is passive ("a été accusé", "was described"): its subject is who the words are about. */
function isPassive(ctx: QuoteContext, cue: CueGroup): boolean {
  // "is asking": a progressive, not a passive.
  if (!cue.tags.includes("K")) return false;
  for (let k = cue.first; k < cue.head; k++) if (ctx.lex.passiveMarkers.has(ctx.lower[k]!)) return true;
  return false;
}

/** Whether token k opens the act a charge names: an infinitive ("d'avoir menacé", "de mentir"), a gerund ("of lying"), or a quotation. */
function opensAct(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  const w = ctx.lower[k]!;
  if (quotationAt(ctx, t.start)?.start === t.start) return true;
  if (t.kind !== "word" || isCapitalized(ctx, k)) return false;
  // "de ne pas renouveler", "for not doing so": the act may be negated.
  if (ctx.lex.negations.has(w)) return opensAct(ctx, k + 1);
  return ctx.doc.lang === "fr" ? REPORT_INFINITIVES.has(w) || /(?:er|ir|re)$/.test(w) : /..ing$/.test(w);
}

/**
 * "Ils l'accusent d'avoir triplé leurs factures", "accused the authorities
 * of reacting too slowly": a charge reports the act it names, after the
 * person charged. Returns the link word's token, or -1.
 */
function chargedAct(ctx: QuoteContext, cue: CueGroup, next: number, hi: number): number {
  const { lex, lower } = ctx;
  if (!lex.charges.has(cue.lemma) || isPassive(ctx, cue) || (cue.tags === "K" && cue.first === cue.head)) return -1;
  // "apologize for accusing him of …": a gerund after a preposition names the charge, it does not make it; after a comma it does.
  if (cue.tags === "G" && cue.first > 0 && lower[cue.first - 1] !== ",") return -1;
  for (let k = next; k + 1 < hi && k - next <= MAX_OBJECT_TOKENS; k++) {
    const w = lower[k]!;
    if (/^[.;:!?]$/.test(w) || lex.complementizers.has(w)) return -1;
    // The link is kept: "d'avoir triplé", "of reacting" read as the act charged.
    if (lex.chargeLinks.has(w) && opensAct(ctx, k + 1)) return k;
  }
  return -1;
}

/**
 * Where an act charged ends before an apposition that names the charge
 * ("… of crossing the border, a charge that Juba denied"; "…, une
 * accusation que …") or before a clause of its own ("… of lying, and the
 * army attacked"): at the comma a determiner, or a coordinator and a
 * determiner, follows.
 */
function beforeApposition(ctx: QuoteContext, first: number, end: number): number {
  const { lower, tokens, lex } = ctx;
  for (let k = first + 1; k + 1 < tokens.length && tokens[k + 1]!.start < end; k++) {
    if (lower[k] !== "," || quotationAt(ctx, tokens[k]!.start)) continue;
    const next = lex.coordinators.has(lower[k + 1]!) && k + 2 < tokens.length ? k + 2 : k + 1;
    if (lex.determiners.has(lower[next]!)) return tokens[k - 1]!.end;
  }
  return end;
}

/**
 * "a prospect she described as “unbearable”", "a jugé la hausse
 * « injustifiable »": a qualifying verb reports the quoted words it applies
 * to its object, with or without a link word. Returns the quotation's first
 * token, or -1.
 */
function qualifyingQuotation(ctx: QuoteContext, cue: CueGroup, next: number, hi: number): number {
  const { lex, lower, tokens } = ctx;
  if (!lex.qualifiers.has(cue.lemma)) return -1;
  for (let k = next; k < hi && k - next <= MAX_OBJECT_TOKENS; k++) {
    const w = lower[k]!;
    const q = quotationAt(ctx, tokens[k]!.start);
    if (q) return q.closed && q.start === tokens[k]!.start ? k : -1;
    if (/^[.;:!?,]$/.test(w) || lex.complementizers.has(w)) return -1;
  }
  return -1;
}

/**
 * "qui avait relevé des « anomalies répétées »", "promised a “new era”":
 * any reporting verb whose noun-phrase object quotes words reports them.
 * Returns the determiner's token when a closed quotation follows it at
 * once, or -1.
 */
function quotedObject(ctx: QuoteContext, cue: CueGroup, next: number, hi: number): number {
  const { lex, lower, tokens } = ctx;
  if (lex.incisOnly.has(cue.lemma) || isPassive(ctx, cue) || next + 1 >= hi || !lex.determiners.has(lower[next]!)) return -1;
  const q = quotationAt(ctx, tokens[next + 1]!.start);
  return q && q.closed && q.start === tokens[next + 1]!.start ? next : -1;
}

/**
 * The clauses of one report joined by "et que" / "and that", as offset
 * ranges: a later clause that quotes words of its own is a statement of its
 * own ("a assuré qu'il n'envisageait « … » et que des reclassements
 * seraient proposés « … »"); plain clauses stay one report. A "que" inside
 * a quotation is part of the quoted words and splits nothing.
 */
function coordinatedClauses(ctx: QuoteContext, first: number, end: number): [number, number][] {
  const { lower, tokens, lex } = ctx;
  const out: [number, number][] = [];
  let from = tokens[first]!.start;
  for (let k = first + 1; k + 1 < tokens.length && tokens[k + 1]!.start < end; k++) {
    if (!lex.coordinators.has(lower[k]!)) continue;
    const next = lower[k + 1] === "qu" && lower[k + 2] === "'" ? k + 3 : lex.complementizers.has(lower[k + 1]!) ? k + 2 : -1;
    if (next < 0 || next >= tokens.length || tokens[next]!.start >= end || quotationAt(ctx, tokens[k]!.start)) continue;
    if (!quotesWithin(ctx, next, end)) continue;
    let to = tokens[k - 1]!.end;
    while (to > from && /[\s,]/.test(ctx.text[to - 1]!)) to--;
    if (to > from) out.push([from, to]);
    from = tokens[next]!.start;
    k = next - 1;
  }
  out.push([from, end]);
  return out;
}


/** The first token from k that is not a time word: "a démenti mardi les faits", "denied on Monday any link". */
function afterTimeWords(ctx: QuoteContext, k: number, hi: number): number {
  while (k < hi && ctx.lex.timeWords.has(ctx.lower[k]!)) k++;
  return k;
}

/** Words a plain noun-phrase object needs to state a position rather than name a topic. */
const MIN_PLAIN_OBJECT_WORDS = 6;

/**
 * Whether a stance verb's noun-phrase object reports a statement: one that
 * quotes words ("a dénoncé un « passage en force »") or runs long enough to
 * carry a claim. A short plain object only names what was criticised or
 * asked for ("a dénoncé la hausse des loyers", "denied any wrongdoing").
 */
function statesPosition(ctx: QuoteContext, first: number, end: number): boolean {
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    if (quotationAt(ctx, ctx.tokens[k]!.start)) return true;
  }
  return wordCount(ctx.text, ctx.tokens[first]!.start, end, MIN_PLAIN_OBJECT_WORDS) >= MIN_PLAIN_OBJECT_WORDS;
}

/**
 * "As X said, CONTENT." and "CONTENT, as X noted.": a comparative clause
 * whose verb has no content of its own attributes the rest of the sentence.
 */
function asReport(ctx: QuoteContext, cue: CueGroup, lo: number, hi: number, speakers: Map<CueGroup, SpeakerPhrase | null>, starts: AttributionStarts): Candidate | null {
  const { lower, tokens, lex } = ctx;
  const speaker = speakers.get(cue);
  if (!speaker || cue.inverted) return null;
  let a = tokenAtOrAfter(ctx, speaker.start) - 1;
  if (a < lo || !lex.comparativeReports.has(lower[a]!)) return null;
  // The verb group ends the clause: "As X said," / "as X put it," / "as X noted in a statement,".
  let e = cue.last + 1;
  while (e < hi && e - cue.last <= 6 && lower[e] !== "," && !/^[.;:!?]$/.test(lower[e]!) && !lex.complementizers.has(lower[e]!) && !quotationAt(ctx, tokens[e]!.start)) e++;
  if (lex.complementizers.has(lower[e] ?? "")) return null;
  let start: number;
  let end: number;
  let opener = lo;
  while (opener < a && (lex.openers.has(lower[opener]!) || lower[opener] === ",")) opener++;
  if (a === opener && lower[e] === ",") {
    if (e + 1 >= hi) return null;
    start = tokens[e + 1]!.start;
    end = clauseEnd(ctx, e + 1, cue.sentence, starts, cue);
  } else if (a > lo && lower[a - 1] === "," && (e >= hi || /^[.;!?]$/.test(lower[e]!))) {
    start = tokens[lo]!.start;
    end = tokens[a - 2]!.end;
  } else {
    return null;
  }
  const q = quotationAt(ctx, start);
  if (q && q.start === start && q.end >= end - 1) return null;
  if (end <= start || wordCount(ctx.text, start, end, 3) < 3) return null;
  return reported(ctx, cue, start, end, speaker, "as-clause");
}

/**
 * "The strike, he added, would continue …", "The museum, Mr. Obama said,
 * would …": an attribution between commas inside the content reports the
 * whole sentence (its clause), as "selon X" does inside a sentence.
 */
function parenthetical(ctx: QuoteContext, cue: CueGroup, lo: number, hi: number, speakers: Map<CueGroup, SpeakerPhrase | null>, starts: AttributionStarts): Candidate | null {
  const { lower, tokens, lex } = ctx;
  const speaker = speakers.get(cue);
  if (!speaker || cue.inverted || speaker.antecedent || lex.bareClause.size === 0) return null;
  const a = tokenAtOrAfter(ctx, speaker.start) - 1;
  if (a <= lo || lower[a] !== ",") return null;
  let e = cue.last + 1;
  while (e < hi && (lex.timeWords.has(lower[e]!) || lex.adverbs.has(lower[e]!))) e++;
  if (lower[e] !== "," || e + 1 >= hi) return null;
  // Both sides must be words of one clause, not a quotation the direct matcher owns.
  if (quotationAt(ctx, tokens[a - 1]!.start) || quotationAt(ctx, tokens[e + 1]!.start)) return null;
  const start = tokens[lo]!.start;
  const end = clauseEnd(ctx, e + 1, cue.sentence, starts, cue);
  if (wordCount(ctx.text, start, tokens[a]!.start, 1) < 1 || wordCount(ctx.text, tokens[e]!.end, end, 3) < 3) return null;
  return reported(ctx, cue, start, end, speaker, "parenthetical");
}

/** Whether token k is the closing mark of a quotation (or the last token inside one). */
function closesQuotation(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const q = quotationAt(ctx, t.start);
  return q !== undefined && q.end === t.end;
}

/** Negative subjects that may open a bare clause ("said no decision had been made"). */
const NEGATIVE_SUBJECTS = new Set(["no", "none", "nobody", "nothing", "neither"]);

/** Prepositions of a short adjunct between a verb and its bare clause ("said in a statement", "told CNN on Sunday"). */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "after", "before", "via", "through", "with", "to", "from", "late", "early"]);

/** Whether token n opens a time adjunct ("on Monday", "last week"), and not a place or a medium ("on a call", "on Fox"). */
function opensTimeAdjunct(ctx: QuoteContext, n: number, hi: number): boolean {
  if (n + 1 >= hi || !/^(?:on|last|this|next|early|late)$/.test(ctx.lower[n]!)) return false;
  const w = ctx.lower[n + 1]!;
  return ctx.lex.timeWords.has(w) || /^(?:morning|afternoon|evening|night|week|weekend|month|year)$/.test(w);
}

/**
 * Where a bare clause after an English reporting verb starts, or -1: past
 * time words, short adjuncts and the person told ("told reporters", "said
 * on Fox News Sunday"), a clause opens with a subject pronoun, a
 * determiner or a capitalised name ("said he would", "said the plan").
 */
function bareClauseStart(ctx: QuoteContext, cue: CueGroup, hi: number): number {
  const { lower, tokens, lex } = ctx;
  if (!cue.tags.includes("F") && !cue.tags.includes("G") && !(cue.tags.includes("K") && cue.first < cue.head)) return -1;
  let n = cue.last + 1;
  for (let round = 0; round < 4 && n < hi; round++) {
    const before = n;
    for (;;) {
      if (n < hi && (lex.timeWords.has(lower[n]!) || /^(?:morning|night)$/.test(lower[n]!))) n++;
      else if (opensTimeAdjunct(ctx, n, hi)) n += 2;
      else break;
    }
    if (n < hi && ADJUNCT_PREPOSITIONS.has(lower[n]!) && n + 1 < hi && !lex.pronouns[lower[n + 1]!]) {
      // "in a statement", "in an interview with CNN", "on Twitter", "at a news conference".
      let m = n + 1;
      if (lex.determiners.has(lower[m]!)) m++;
      const headStart = m;
      while (m < hi && m - headStart < 4 && tokens[m]!.kind === "word" && !lex.pronouns[lower[m]!] && !lex.determiners.has(lower[m]!) && !lex.complementizers.has(lower[m]!) && !lex.auxiliaries.has(lower[m]!) && (isCapitalized(ctx, m) || lex.containerNouns.has(lower[m]!) || lex.timeWords.has(lower[m]!) || /^(?:news|press|conference|interview|call|phone|briefing|radio|television|tv|twitter|facebook|reporters|rally|hearing|show|program|debate|speech|event|meeting|appearance|town|hall)$/.test(lower[m]!))) m++;
      if (m === headStart) break;
      n = m;
    }
    if (TELL.has(cue.lemma) && n === cue.last + 1 && n < hi && !lex.pronouns[lower[n]!] && !lex.complementizers.has(lower[n]!)) {
      // The person told: "told reporters", "told CNN", "told the Times", "told him".
      const sub = subjectAfter(ctx, n - 1);
      if (sub) while (n < hi && tokens[n]!.start < sub.end) n++;
      else if (tokens[n]!.kind === "word") n++;
    }
    if (n === before) break;
  }
  if (n >= hi) return -1;
  const opener = lower[n]!;
  const pronoun = lex.pronouns[opener.replace(/'(?:s|re|ve|d|ll|m)$/, "")] !== undefined;
  // A bare noun opens a clause only when its verb follows soon ("says voter fraud would be …").
  const bareNoun = lex.bareNounSubjects && isBareNoun(ctx, n) && [1, 2, 3].some((d) => n + d < hi && lex.auxiliaries.has(lower[n + d]!) && !lex.determiners.has(lower[n + d]!));
  // "insisting no bid had been received": a negative subject, with its verb close behind.
  const negative = NEGATIVE_SUBJECTS.has(opener) && [1, 2, 3].some((d) => n + d < hi && lex.auxiliaries.has(lower[n + d]!) && !lex.determiners.has(lower[n + d]!));
  if (!(pronoun || bareNoun || negative || lex.determiners.has(opener) || isCapitalized(ctx, n) || (lex.bareNounSubjects && tokens[n]!.kind === "number"))) return -1;
  if (/^(?:it|this|that|these|those|all|one|both)$/.test(opener) && !(opener === "it" && /^(?:is|was|would|will|has|had|could|should|might|may|can)$/.test(lower[n + 1] ?? ""))) return -1;
  if (quotationAt(ctx, tokens[n]!.start)) return -1;
  return n;
}

/** "CONTENT, a ajouté X." — content before the comma, speaker after the verb (or before it in English). */
function postposed(ctx: QuoteContext, cue: CueGroup, lo: number, hi: number, speakers: Map<CueGroup, SpeakerPhrase | null>): Candidate | null {
  const { lower, tokens } = ctx;
  let speaker: SpeakerPhrase | null = null;
  let comma = -1;
  const aux = cue.first < cue.head ? lower[cue.first]! : "";
  if (!cue.inverted && !(cue.tags.includes("F") && !aux) && !(aux && !NONFINITE_AUX.has(aux))) return null;
  if (cue.first - 1 > lo && lower[cue.first - 1] === ",") {
    // "NAME, an economist …, said the plan …": a subject read before the comma means no inversion.
    if (speakers.get(cue) && !cue.inverted) return null;
    speaker = speakers.get(cue) && cue.inverted ? speakers.get(cue)! : subjectAfter(ctx, cue.last);
    comma = cue.first - 1;
    if (!speaker) return null;
    const tail = Math.max(cue.last + 1, tokenAtOrAfter(ctx, speaker.end));
    if (tail < hi && !/^[.,;!?—–]$/.test(lower[tail]!) && !ctx.lex.speakerEnds.has(lower[tail]!) && !ctx.lex.timeWords.has(lower[tail]!)) return null;
  } else {
    const sp = speakers.get(cue);
    // "…, who said it would …": a relative clause has its own content.
    if (!sp || cue.inverted || sp.antecedent) return null;
    let k = cue.first;
    while (k > lo && tokens[k - 1]!.start >= sp.start) k--;
    if (k - 1 <= lo || lower[k - 1] !== ",") return null;
    // Only a tail of time words and short phrases may follow: no clause (no auxiliary), no quotation.
    for (let t = cue.last + 1; t < hi; t++) {
      const w = lower[t]!;
      if (t - cue.last > 8 || ctx.lex.complementizers.has(w) || /^[«»“”":]$/.test(w)) return null;
      if (ctx.lex.bareClause.size > 0 && ctx.lex.auxiliaries.has(w) && !ctx.lex.determiners.has(w)) return null;
      // "…, X's office said — though rulings are often delayed": a dash opens the writer's own aside.
      if (/^[.;!?—–]$/.test(w)) break;
    }
    speaker = sp;
    comma = k - 1;
  }
  // A quotation before the comma is the direct matcher's.
  const before = tokens[comma - 1]!;
  if (/^[»”"’]$/.test(before.text) || quotationAt(ctx, before.start)) return null;
  const start = tokens[afterDateline(ctx, lo, comma)]!.start;
  const end = before.end;
  if (wordCount(ctx.text, start, end, 4) < 4) return null;
  return reported(ctx, cue, start, end, speaker, "postposed-attribution");
}

/** An indirect candidate reported by one cue group, with the rule that found it. */
function reported(ctx: QuoteContext, cue: CueGroup, start: number, end: number, speaker: SpeakerPhrase | null, rule: string): Candidate {
  const tokens = ctx.doc.layers.tokens;
  return {
    kind: "indirect",
    start,
    end,
    speaker,
    cue: { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end, lemma: cue.lemma },
    group: cue,
    sentence: cue.sentence,
    ruleId: `quotes/${ctx.doc.lang}/${rule}`,
    inherit: false,
  };
}

export { describe };
