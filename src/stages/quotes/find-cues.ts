import { isCapitalized, type CueGroup, type QuoteContext } from "./context.js";
import type { QuotesLexicon } from "./types.js";
import { readingIndex, verbTable } from "./verb-table.js";

/** How far back an auxiliary may sit from its participle ("n'a pas encore clairement dit"). */
const MAX_GROUP_BACK = 5;

const ETRE = new Set(["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "soit", "être", "étant"]);

/** Looks a lower-cased form up in the lexicon: `[lemma, tags]` or null. */
export function lookupVerb(ctx: QuoteContext, form: string): [string, string] | null {
  const table = verbTable(ctx.lex);
  const id = readingIndex(table, form);
  return id < 0 ? null : table.readings[id]!;
}

/** The reporting-verb reading of token i. */
export function verbAt(ctx: QuoteContext, i: number): [string, string] | null {
  const found = ctx.verbs[i];
  return found === undefined || found < 0 ? null : verbTable(ctx.lex).readings[found - 1]!;
}

function isAdverb(ctx: QuoteContext, w: string): boolean {
  return ctx.lex.adverbs.has(w) || ctx.lex.negations.has(w) || (w.length > 5 && ctx.lex.adverbSuffix.test(w));
}

/**
 * Finds every reporting verb group: a reporting verb with its auxiliaries,
 * clitics, negation and semi-auxiliaries ("n'a pas dit", "a semblé
 * minimiser", "a-t-il ajouté", "has also said"). A past participle counts
 * only with an auxiliary, an infinitive only after a semi-auxiliary, and a
 * passive ("a été annoncé", "was told") not at all.
 */
export function findCues(ctx: QuoteContext): CueGroup[] {
  const { lex, lower, tokens } = ctx;
  const cues: CueGroup[] = [];
  // Only the words that read as a verb form, or may fuse a verb and a pronoun, can head a group.
  for (const i of ctx.cueTokens) {
    let inverted: { start: number; end: number } | null = null;
    let verb = verbAt(ctx, i);
    let invertedAux = false;
    if (!verb && lex.inversion && tokens[i]!.text.includes("-")) {
      const m = lex.inversion.exec(tokens[i]!.text);
      if (m) {
        const head = m[1]!.toLowerCase();
        const pronounStart = tokens[i]!.start + tokens[i]!.text.length - m[2]!.length;
        inverted = { start: pronounStart, end: tokens[i]!.end };
        verb = lookupVerb(ctx, head);
        if (!verb && lex.auxiliaries.has(head)) {
          // "a-t-il ajouté": the participle follows the fused auxiliary.
          const next = i + 1 < tokens.length ? verbAt(ctx, i + 1) : null;
          if (next && next[1].includes("K")) {
            invertedAux = true;
            verb = next;
          }
        }
      }
    }
    if (!verb) continue;
    // A capitalised form inside a sentence is a name ("State Department", "The Post"), unless the sentence is a title-case headline.
    if (!inverted && i > 0 && isCapitalized(ctx, i) && !opensSentence(ctx, i) && !titleCase(ctx, ctx.tokenSentence[i] ?? -1)) continue;
    let [lemma, tags] = verb;
    // English "to say": an infinitive, which reports only after a semi-auxiliary ("wanted to say", "went on to say").
    if (!inverted && i > 0 && lex.infinitiveMarkers.has(lower[i - 1]!)) {
      if (!tags.includes("W")) continue;
      tags = "W";
    }
    // After an article or a possessive it is a noun: "cette annonce", "the report", "sa déclaration".
    if (!inverted && i > 0 && lex.nounMarkers.has(lower[i - 1]!)) continue;
    // "a Nairobi think tank": a bare form after a singular determiner and a name cannot be its verb.
    if (!inverted && i > 1 && lower[i] === lemma && lex.singularDeterminers.has(lower[i - 2]!) && isCapitalized(ctx, i - 1)) continue;
    const head = invertedAux ? i + 1 : i;
    const sentence = ctx.tokenSentence[head] ?? -1;
    if (sentence < 0) continue;
    const [sFirst] = ctx.sentenceTokens[sentence]!;
    // Walk back over adverbs, clitics and negation to the auxiliary or semi-auxiliary.
    let first = invertedAux ? i : head;
    let hasAux = invertedAux || inverted !== null;
    let hasRaising = false;
    let passive = false;
    let negated = false;
    for (let j = first - 1, steps = 0; j >= sFirst && steps < MAX_GROUP_BACK; j--, steps++) {
      const b = lower[j]!;
      if (tokens[j]!.kind !== "word" && b !== "'") break;
      if (lex.auxiliaries.has(b)) {
        hasAux = true;
        first = j;
        continue;
      }
      if (lex.passiveMarkers.has(b) && !hasAux) {
        passive = true;
        first = j;
        continue;
      }
      if (lex.infinitiveMarkers.has(b) && j === first - 1 && tags === "W") {
        first = j;
        continue;
      }
      if (lex.raising.has(b)) {
        hasRaising = true;
        first = j;
        continue;
      }
      // Two-word adverbs: "a par ailleurs appelé", "a de nouveau dénoncé".
      if (j - 1 >= sFirst && lex.adverbs.has(`${lower[j - 1]} ${b}`)) {
        first = j - 1;
        j--;
        continue;
      }
      if (lex.clitics.has(b) || isAdverb(ctx, b)) {
        if (lex.negations.has(b) || b === "n'" || b === "ne" || b === "n’" || /n't$/.test(b) || b === "not" || b === "never") negated = true;
        first = j;
        continue;
      }
      if (/n't$/.test(b) && lex.negations.has(b)) {
        negated = true;
        hasAux = true;
        first = j;
        continue;
      }
      break;
    }
    // Clitics and adverbs that were not followed by an auxiliary belong to the clause, not the group.
    while (first < head && !lex.auxiliaries.has(lower[first]!) && !lex.raising.has(lower[first]!) && !(first === i && inverted)) {
      if (lex.negations.has(lower[first]!) || /^n['’]$|^ne$/.test(lower[first]!)) break;
      if (lex.clitics.has(lower[first]!) && /^(?:s['’]|se|l['’]|lui|leur)$/.test(lower[first]!)) break;
      first++;
    }
    if (tags.includes("K") && !tags.includes("F") && !hasAux) continue;
    if (tags === "W" && !hasRaising) continue;
    if (tags.includes("W") && !tags.includes("F") && !hasRaising) continue;
    if (passive && !tags.includes("G")) continue;
    // French "être" + participle is a passive unless the verb is pronominal ("s'est dit").
    if (ctx.doc.lang === "fr" && tags.includes("K") && !tags.includes("F") && first < head) {
      if (someWord(lower, first, head, (x) => ETRE.has(x)) && !someWord(lower, first, head, (x) => x === "s'" || x === "se")) continue;
    }
    // An English past form right after "was"/"were" is a passive ("was told").
    if (ctx.doc.lang === "en" && tags.includes("K") && first < head && lex.passiveMarkers.has(lower[head - 1]!)) continue;
    let last = head;
    const phrases = phraseWords(lex).get(lemma);
    if (phrases) {
      const found = phrases.find((words) => words.every((x, k) => lower[head + 1 + k] === x));
      if (!found) continue;
      last = head + found.length;
    }
    // "n'a pas dit" is negated; so is "a refusé de dire", "declined to say".
    if (!negated && first >= 2 && (lower[first - 1] === "de" || lower[first - 1] === "d'" || lower[first - 1] === "to") && lex.refusals.has(lower[first - 2]!)) negated = true;
    if (!negated && lower[last + 1] !== undefined && lex.negations.has(lower[last + 1]!) && ctx.doc.lang === "fr" && someWord(lower, first, head, (x) => x === "n'" || x === "ne")) negated = true;
    cues.push({ first, last, head, lemma: phraseLemma(lemma, lower, head, last), tags, sentence, negated, inverted });
  }
  return cues;
}

/** Whether one of the words from `a` to `b` passes a test (a verb group's words, read in place rather than sliced). */
function someWord(lower: readonly string[], a: number, b: number, test: (w: string) => boolean): boolean {
  for (let k = a; k < b; k++) if (test(lower[k]!)) return true;
  return false;
}

const PHRASE_WORDS = new WeakMap<QuotesLexicon, Map<string, readonly (readonly string[])[]>>();

/** A lexicon's verb phrases by lemma, each split into its words once ("point" → [["out"]]). */
function phraseWords(lex: QuotesLexicon): Map<string, readonly (readonly string[])[]> {
  let found = PHRASE_WORDS.get(lex);
  if (!found) {
    found = new Map(Object.entries(lex.phrases).map(([lemma, phrases]) => [lemma, phrases.map((p) => p.split(" "))]));
    PHRASE_WORDS.set(lex, found);
  }
  return found;
}

/** Whether token i opens its sentence, or opens a quotation or a clause after a colon. */
function opensSentence(ctx: QuoteContext, i: number): boolean {
  const s = ctx.tokenSentence[i] ?? -1;
  if (s < 0) return true;
  const lo = ctx.sentenceTokens[s]![0];
  let j = i - 1;
  while (j >= lo && ctx.tokens[j]!.kind !== "word" && !/^[:;—–―-]$/.test(ctx.lower[j]!)) j--;
  return j < lo || /^[:;—–―-]$/.test(ctx.lower[j]!);
}

/** Whether most words of a sentence are capitalised (a headline in title case). */
function titleCase(ctx: QuoteContext, sentence: number): boolean {
  if (sentence < 0) return false;
  const memo = (ctx.memo.titleCase ??= new Array<number>(ctx.sentenceTokens.length).fill(-1));
  let yes = memo[sentence];
  if (yes === undefined || yes < 0) {
    const [lo, hi] = ctx.sentenceTokens[sentence]!;
    let words = 0;
    let capitals = 0;
    for (let k = lo; k < hi; k++) {
      if (ctx.tokens[k]!.kind !== "word") continue;
      words++;
      if (isCapitalized(ctx, k)) capitals++;
    }
    yes = words >= 3 && capitals >= words * 0.6 ? 1 : 0;
    if (sentence < memo.length) memo[sentence] = yes;
  }
  return yes === 1;
}

function phraseLemma(lemma: string, lower: readonly string[], head: number, last: number): string {
  return last > head ? [lemma, ...lower.slice(head + 1, last + 1)].join(" ") : lemma;
}
