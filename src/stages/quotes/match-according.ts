import type { Candidate } from "./candidate.js";
import { clauseEnd, type AttributionStarts } from "./clause-end.js";
import { quotationAt, wordCount, type QuoteContext, type SpeakerPhrase } from "./context.js";
import { describe, isBareNoun } from "./find-speaker.js";

/** A source phrase found in a sentence: "selon X", "according to X". */
export interface SourcePhrase {
  /** First token of the phrase word(s), first and one-past-last token of the source. */
  at: number;
  from: number;
  to: number;
  speaker: SpeakerPhrase;
  lemma: string;
}

/** Finds the source phrases of one sentence ("selon X", "d'après X", "according to X", and with `forSource` "pour X"). */
export function findSourcePhrases(ctx: QuoteContext, sentence: number, phrases: readonly (readonly string[])[]): SourcePhrase[] {
  return sourcePhrasesIn(sourceState(ctx, phrases), ctx, sentence, phrases);
}

/** A document's source phrases for one phrase list, found so far. */
function sourceState(ctx: QuoteContext, phrases: readonly (readonly string[])[]): SourceState {
  let state = ctx.memo.sources.get(phrases);
  if (!state) {
    state = { found: [], hits: sentencesWithHits(ctx, phrases) };
    ctx.memo.sources.set(phrases, state);
  }
  return state;
}

function sourcePhrasesIn(state: SourceState, ctx: QuoteContext, sentence: number, phrases: readonly (readonly string[])[]): SourcePhrase[] {
  // Matchers ask again for the same sentence (one per quotation): read each sentence once.
  let found = state.found[sentence];
  if (!found) {
    // Most sentences hold no source phrase: no first word of one, or no phrase in its text, settles it.
    const text = ctx.doc.layers.sentences[sentence]?.text;
    found = state.hits[sentence] === 1 && (text === undefined || mayHold(text, phrases)) ? readSourcePhrases(ctx, sentence, phrases) : NONE;
    state.found[sentence] = found;
  }
  return found;
}

/** What a document's source phrases are known to be, for one phrase list. */
export interface SourceState {
  /** Per sentence, once read. */
  found: SourcePhrase[][];
  /** Per sentence: 1 when a phrase starts in it, else 0. */
  hits: number[];
}

const NONE: SourcePhrase[] = [];

const PRETESTS = new WeakMap<readonly (readonly string[])[], RegExp>();

/** Whether a sentence's text contains one of the phrases at all (case-insensitive, words apart or elided together). */
function mayHold(text: string, phrases: readonly (readonly string[])[]): boolean {
  let re = PRETESTS.get(phrases);
  if (!re) {
    const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
    const alternatives = phrases.map((p) => p.map(escape).join("\\s*"));
    re = new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, "iu");
    PRETESTS.set(phrases, re);
  }
  return re.test(text);
}

/** Per sentence, 1 when a phrase's words start at one of its tokens: only those can hold a source phrase. */
function sentencesWithHits(ctx: QuoteContext, phrases: readonly (readonly string[])[]): number[] {
  const hits = new Array<number>(ctx.sentenceTokens.length).fill(0);
  const firsts = firstWords(phrases);
  const { lower, tokenSentence } = ctx;
  // The tokens that open a phrase of the locale's lists were noted when the context was read.
  const known = phrases === ctx.lex.according || phrases === ctx.lex.forSource;
  const candidates = known ? ctx.sourceTokens : lower.map((_, k) => k);
  for (const k of candidates) {
    if (!firsts.has(lower[k]!)) continue;
    const s = tokenSentence[k]!;
    if (s >= 0 && hits[s] === 0 && phraseAt(lower, k, phrases)) hits[s] = 1;
  }
  return hits;
}

/** The first phrase whose words are the tokens from k. */
function phraseAt(lower: readonly string[], k: number, phrases: readonly (readonly string[])[]): readonly string[] | undefined {
  // Plain loops: this runs for every token that opens a phrase ("de", "pour", "for"), most of which go no further.
  for (const p of phrases) {
    let i = 0;
    while (i < p.length && lower[k + i] === p[i]) i++;
    if (i === p.length) return p;
  }
  return undefined;
}

const FIRST_WORDS = new WeakMap<readonly (readonly string[])[], Set<string>>();

function firstWords(phrases: readonly (readonly string[])[]): Set<string> {
  let firsts = FIRST_WORDS.get(phrases);
  if (!firsts) {
    firsts = new Set(phrases.map((p) => p[0]!));
    FIRST_WORDS.set(phrases, firsts);
  }
  return firsts;
}

const LEMMAS = new WeakMap<readonly string[], string>();

/** The cue lemma of a source phrase ("selon", "d'après", "according to"), joined once per phrase of the lexicon. */
function lemmaOf(words: readonly string[]): string {
  let lemma = LEMMAS.get(words);
  if (lemma === undefined) {
    lemma = words.join(" ").replace(/' /g, "'");
    LEMMAS.set(words, lemma);
  }
  return lemma;
}

/** Whether the source phrase at token k follows a number it vouches for ("1 200 personnes, selon la police"). */
function sourcesAFigure(ctx: QuoteContext, k: number, lo: number): boolean {
  if (k - 2 < lo || ctx.lower[k - 1] !== ",") return false;
  const { tokens } = ctx;
  if (tokens[k - 2]!.kind === "number") return true;
  return k - 3 >= lo && tokens[k - 3]!.kind === "number" && tokens[k - 2]!.kind === "word" && /^\p{Ll}/u.test(tokens[k - 2]!.text);
}

function readSourcePhrases(ctx: QuoteContext, sentence: number, phrases: readonly (readonly string[])[]): SourcePhrase[] {
  const [lo, hi] = ctx.sentenceTokens[sentence]!;
  const { lower, lex } = ctx;
  const out: SourcePhrase[] = [];
  const firsts = firstWords(phrases);
  for (let k = lo; k < hi; k++) {
    if (!firsts.has(lower[k]!)) continue;
    const words = phraseAt(lower, k, phrases);
    if (!words) continue;
    const from = k + words.length;
    if (from >= hi || lex.notSource.has(lower[from]!)) continue;
    // A source is a noun phrase or a pronoun: "pour construire", "selon que" are not sources.
    const opener = lower[from]!;
    const strict = phrases === lex.forSource;
    if (strict && !lex.determiners.has(opener) && !/^\p{Lu}/u.test(ctx.tokens[from]!.text)) continue;
    if (ctx.tokens[from]!.kind !== "word") continue;
    // The source runs to the next comma, colon or the end of the sentence.
    let to = from;
    while (to < hi && !/^[,;:.!?()«»“”"]$/.test(lower[to]!) && to - from < 14) to++;
    // "le président du conseil du CERN, Michel Spiro, …": an apposition after one comma.
    if (lower[to] === "," && to + 1 < hi) {
      let app = to + 1;
      while (app < hi && !/^[,;:.!?]$/.test(lower[app]!) && app - to < 6) app++;
      const first = ctx.tokens[to + 1]!;
      if (/^\p{Lu}/u.test(first.text) && !lex.openers.has(lower[to + 1]!) && (lower[app] === "," || lower[app] === ":")) to = app;
    }
    if (to <= from) continue;
    const speaker = describe(ctx, from, to);
    if (!speaker) continue;
    out.push({ at: k, from, to, speaker, lemma: lemmaOf(words) });
    k = to - 1;
  }
  // "entre 1 200 personnes, selon la police, et 4 000, selon les organisateurs": competing counts, each with its source, report nothing.
  if (out.length > 1 && out.filter((p) => sourcesAFigure(ctx, p.at, lo)).length > 1) return out.filter((p) => !sourcesAFigure(ctx, p.at, lo));
  return out;
}

/**
 * Reports introduced by a source phrase: "Selon X, CONTENT", "CONTENT,
 * selon X", "CONTENT_A, selon X, CONTENT_B" (the whole sentence), and
 * "according to X" alike. A content that is one quotation is left to the
 * quotation matcher.
 */
/** Tokens an incise may take between a closing quotation mark and the comma before a source phrase. */
const MAX_INCISE = 6;

/** Whether the words before a comma are a reporting incise that follows a closing quotation mark ("» , a-t-il rapporté ,"). */
function afterQuotedIncise(ctx: QuoteContext, lo: number, comma: number): boolean {
  let verb = false;
  for (let k = comma - 1; k >= lo && comma - k <= MAX_INCISE; k--) {
    const w = ctx.lower[k]!;
    if (w === "»" || w === "”" || w === '"') return verb;
    if (ctx.verbs[k]! >= 0 || (ctx.lex.inversion !== null && ctx.tokens[k]!.text.includes("-") && ctx.lex.inversion.test(ctx.tokens[k]!.text))) verb = true;
  }
  return false;
}

export function matchAccording(ctx: QuoteContext, starts: AttributionStarts): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lower, lex } = ctx;
  const state = sourceState(ctx, lex.according);
  for (let s = 0; s < ctx.sentenceTokens.length; s++) {
    const [lo, hi] = ctx.sentenceTokens[s]!;
    // A sentence with no phrase's words in it holds no source phrase.
    if (hi <= lo || state.hits[s] === 0) continue;
    for (const phrase of sourcePhrasesIn(state, ctx, s, lex.according)) {
      let openers = lo;
      while (openers < phrase.at && (lex.openers.has(lower[openers]!) || lower[openers] === ",")) openers++;
      let startTok: number;
      let end: number;
      let rule: string;
      // "… : d'après lui, CONTENT": a colon or a semicolon opens a clause as a sentence start does.
      const opensClause = phrase.at === openers || (phrase.at > lo && (lower[phrase.at - 1] === ":" || lower[phrase.at - 1] === ";"));
      if (opensClause && lower[phrase.to] === ",") {
        startTok = phrase.to + 1;
        end = clauseEnd(ctx, startTok, s, starts, null);
        rule = "according-before";
      } else if (phrase.at > lo && lower[phrase.at - 1] === ",") {
        // "« … », a-t-il rapporté, selon le procès-verbal": the verb's subject said it; the phrase names where it was read.
        if (afterQuotedIncise(ctx, lo, phrase.at - 1)) continue;
        startTok = lo;
        const after = phrase.to;
        end = after >= hi || /^[.!?;]$/.test(lower[after]!) ? tokens[phrase.at - 2]!.end : clauseEnd(ctx, after, s, starts, null);
        rule = after >= hi || /^[.!?;]$/.test(lower[after]!) ? "according-after" : "according-inside";
      } else {
        continue;
      }
      if (startTok >= hi) continue;
      const start = tokens[startTok]!.start;
      if (end <= start) continue;
      const q = quotationAt(ctx, start);
      if (q && q.start === start && q.end >= end) continue;
      if (wordCount(ctx.text, start, end, 3) < 3) continue;
      out.push(reportBy(ctx, phrase, start, end, s, rule));
    }
  }
  return out.concat(matchForSource(ctx, starts));
}

/**
 * "Pour X, la situation reste « maîtrisable »": a sentence opened by "pour
 * X" (a person or an organisation) reports X's view when its clause quotes
 * words; with no quotation it is only the writer's framing ("Pour Noël, …").
 */
function matchForSource(ctx: QuoteContext, starts: AttributionStarts): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lower, lex } = ctx;
  const state = sourceState(ctx, lex.forSource);
  for (let s = 0; s < ctx.sentenceTokens.length; s++) {
    const [lo, hi] = ctx.sentenceTokens[s]!;
    if (hi <= lo || state.hits[s] === 0) continue;
    let openers = lo;
    while (openers < hi && (lex.openers.has(lower[openers]!) || lower[openers] === ",") && !lex.forSource.some((p) => p[0] === lower[openers])) openers++;
    // Only a sentence that opens with the phrase counts: most "pour" are mid-sentence, and need not be read.
    if (!lex.forSource.some((p) => p[0] === lower[openers])) continue;
    const phrase = sourcePhrasesIn(state, ctx, s, lex.forSource).find((p) => p.at === openers);
    if (!phrase || lower[phrase.to] !== "," || !phrase.speaker.proper || phrase.to + 1 >= hi) continue;
    const from = pastRoleApposition(ctx, phrase.to + 1, hi);
    const start = tokens[from]!.start;
    const end = clauseEnd(ctx, from, s, starts, null);
    // A clause that is one quotation is the quotation matcher's ("Pour X, « … »").
    const first = quotationAt(ctx, start);
    if (first && first.start === start) continue;
    if (!quotesInside(ctx, start, end) || !namesSomeone(ctx, phrase.speaker.nameStart, phrase.speaker.nameEnd)) continue;
    out.push(reportBy(ctx, phrase, start, end, s, "for-source-before"));
  }
  return out;
}

/** The indirect report of [start, end) in sentence `s`, attributed to a source phrase ("selon X", "pour X"). */
function reportBy(ctx: QuoteContext, phrase: SourcePhrase, start: number, end: number, s: number, rule: string): Candidate {
  const { tokens } = ctx;
  return {
    kind: "indirect",
    start,
    end,
    speaker: phrase.speaker,
    cue: { start: tokens[phrase.at]!.start, end: tokens[phrase.from - 1]!.end, lemma: phrase.lemma },
    group: null,
    sentence: s,
    ruleId: `quotes/${ctx.doc.lang}/${rule}`,
    inherit: false,
  };
}

/** Longest role apposition after a source's name ("Pour X, chef de service au CHU, …"). */
const MAX_ROLE_APPOSITION = 10;

/** The token after a role apposition that opens at k and ends with a comma ("secrétaire du CSE,"), else k. */
function pastRoleApposition(ctx: QuoteContext, k: number, hi: number): number {
  const { lower, lex } = ctx;
  // A bare noun ("spécialiste des sols", "chef de service") or a determined role noun ("une élue de l'opposition").
  const role = lex.roleNouns.has(lower[k]!) || isBareNoun(ctx, k) || (lex.determiners.has(lower[k]!) && lex.roleNouns.has(lower[k + 1] ?? ""));
  if (!role) return k;
  for (let c = k + 1; c < hi && c - k <= MAX_ROLE_APPOSITION; c++) {
    if (lower[c] === ",") return c + 1 < hi ? c + 1 : k;
    if (/^[.;:!?«»“”"]$/.test(lower[c]!)) return k;
  }
  return k;
}

/** Whether a quotation lies inside [start, end). */
function quotesInside(ctx: QuoteContext, start: number, end: number): boolean {
  for (const q of ctx.quotations) {
    if (q.start >= end) return false;
    if (q.start >= start && q.contentEnd <= end) return true;
  }
  return false;
}

/** Whether a person or an organisation is named over [start, end). */
function namesSomeone(ctx: QuoteContext, start: number, end: number): boolean {
  return ctx.doc.layers.entities.some((e) => (e.type === "PER" || e.type === "ORG") && e.mentions.some((m) => m.start < end && start < m.end));
}
