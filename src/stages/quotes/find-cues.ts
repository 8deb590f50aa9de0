import type { CueGroup, QuoteContext } from "./context.js";
import type { QuotesLexicon } from "./types.js";

/** How far back an auxiliary may sit from its participle ("n'a pas encore clairement dit"). */
const MAX_GROUP_BACK = 5;

const ETRE = new Set(["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "soit", "être", "étant"]);

/** Looks a lower-cased form up in the lexicon: `[lemma, tags]` or null. */
export function lookupVerb(ctx: QuoteContext, form: string): [string, string] | null {
  return verbIndex(ctx.lex).get(form) ?? null;
}

// Parsed once per lexicon: the generated table is a plain object of "lemma:tags" strings.
const INDEXES = new WeakMap<QuotesLexicon, Map<string, [string, string]>>();

function verbIndex(lex: QuotesLexicon): Map<string, [string, string]> {
  let index = INDEXES.get(lex);
  if (!index) {
    index = new Map();
    for (const [form, entry] of Object.entries(lex.verbForms)) {
      const colon = entry.indexOf(":");
      index.set(form, [entry.slice(0, colon), entry.slice(colon + 1)]);
    }
    INDEXES.set(lex, index);
  }
  return index;
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
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word") continue;
    let w = lower[i]!;
    let inverted: { start: number; end: number } | null = null;
    let verb = lookupVerb(ctx, w);
    let invertedAux = false;
    if (!verb && lex.inversion) {
      const m = lex.inversion.exec(tokens[i]!.text);
      if (m) {
        const head = m[1]!.toLowerCase();
        const pronounStart = tokens[i]!.start + tokens[i]!.text.length - m[2]!.length;
        inverted = { start: pronounStart, end: tokens[i]!.end };
        verb = lookupVerb(ctx, head);
        if (!verb && lex.auxiliaries.has(head)) {
          // "a-t-il ajouté": the participle follows the fused auxiliary.
          const next = i + 1 < tokens.length ? lookupVerb(ctx, lower[i + 1]!) : null;
          if (next && next[1].includes("K")) {
            invertedAux = true;
            verb = next;
          }
        }
        w = head;
      }
    }
    if (!verb) continue;
    const [lemma, tags] = verb;
    // After an article or a possessive it is a noun: "cette annonce", "the report", "sa déclaration".
    if (!inverted && i > 0 && lex.nounMarkers.has(lower[i - 1]!)) continue;
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
      if (lex.raising.has(b)) {
        hasRaising = true;
        first = j;
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
      const group = lower.slice(first, head);
      if (group.some((x) => ETRE.has(x)) && !group.some((x) => x === "s'" || x === "se")) continue;
    }
    // An English past form right after "was"/"were" is a passive ("was told").
    if (ctx.doc.lang === "en" && tags.includes("K") && first < head && lex.passiveMarkers.has(lower[head - 1]!)) continue;
    let last = head;
    const phrases = lex.phrases[lemma];
    if (phrases) {
      const found = phrases.map((p) => p.split(" ")).find((words) => words.every((x, k) => lower[head + 1 + k] === x));
      if (!found) continue;
      last = head + found.length;
    }
    // "n'a pas dit" is negated; so is "a refusé de dire", "declined to say".
    if (!negated && first >= 2 && (lower[first - 1] === "de" || lower[first - 1] === "d'" || lower[first - 1] === "to") && lex.refusals.has(lower[first - 2]!)) negated = true;
    if (!negated && lower[last + 1] !== undefined && lex.negations.has(lower[last + 1]!) && ctx.doc.lang === "fr" && lower.slice(first, head).some((x) => x === "n'" || x === "ne")) negated = true;
    cues.push({ first, last, head, lemma: phraseLemma(lemma, lower, head, last), tags, sentence, negated, inverted });
  }
  return cues;
}

function phraseLemma(lemma: string, lower: readonly string[], head: number, last: number): string {
  return last > head ? [lemma, ...lower.slice(head + 1, last + 1)].join(" ") : lemma;
}
