import type { Entity, Quote } from "../../model/annotations.js";
import type { Stage } from "../../pipeline/stage.js";
import { sentenceIndexAt, type VeilleDocument } from "../../model/document.js";
import { gazetteerFor, type Gazetteer } from "../entities/gazetteer.js";
import { pairContradictions, sameSpeaker } from "./pair-contradictions.js";
import { pairRebuttals } from "./pair-rebuttals.js";
import { profileQuote } from "./quote-profile.js";

/** Pairs of quotes of one article that contradict each other (an assertion and its denial). */
export const claimsStage: Stage = {
  name: "claims",
  requires: ["quotes", "events"],
  assigns: ["claims"],
  run(doc, ctx) {
    const lex = ctx.locale.events;
    const quotes = [...doc.layers.quotes].sort((a, b) => a.start - b.start);
    const gazetteer = gazetteerOf(ctx.locale.entities);
    let entities: Map<string, Entity> | null = null;
    // Events in text order, sliced per quote, so that profiling stays linear in the document.
    const events = [...doc.layers.events].sort((a, b) => a.trigger.start - b.trigger.start);
    // One speaker speaks in many quotes: their countries are read once.
    const countries = new Map<string, string[]>();
    const functionWords = ctx.locale.entities?.stopwords ?? NO_WORDS;
    let cursor = 0;
    const profiles = quotes.map((q) => {
      while (cursor < events.length && events[cursor]!.trigger.start < q.start) cursor++;
      let end = cursor;
      while (end < events.length && events[end]!.trigger.start < q.end) end++;
      const key = q.speaker ? `${q.speaker.entity ?? ""}\u0000${q.speaker.name}` : "";
      let sides = countries.get(key);
      if (!sides) countries.set(key, (sides = speakerCountries(q, (entities ??= new Map(doc.layers.entities.map((e) => [e.id, e]))), gazetteer)));
      return profileQuote(q, events.slice(cursor, end), lex.cues, sides, leadInOf(doc, q), functionWords);
    });
    const byEvents = pairContradictions(profiles);
    const paired = new Set(byEvents.flatMap((c) => [c.a, c.b]));
    doc.layers.claims = [...byEvents, ...pairRebuttals(profiles, paired, sameSpeaker)].sort((x, y) => order(x) - order(y));
  },
};

const NO_WORDS: ReadonlySet<string> = new Set();

/** How far before a reporting verb a denial may open its clause ("a démenti toute précipitation, affirmant que"). */
const LEAD_IN_CHARS = 80;

// The words of the quote's sentence just before its reporting verb, where a denial may open the clause.
function leadInOf(doc: VeilleDocument, quote: Quote): string {
  if (!quote.cue) return "";
  const s = doc.layers.sentences[sentenceIndexAt(doc, quote.cue.start)];
  if (!s || s.start >= quote.cue.start) return "";
  const end = Math.min(quote.cue.start, quote.start > s.start ? quote.start : quote.cue.start);
  return doc.text.slice(Math.max(s.start, end - LEAD_IN_CHARS), end);
}

// Claims in the order of their first quote: quote ids number the quotes in text order ("q12").
function order(claim: { a: string }): number {
  return Number(claim.a.replace(/\D+/g, "")) || 0;
}

function gazetteerOf(lexicon: Parameters<typeof gazetteerFor>[0] | undefined): Gazetteer | null {
  try {
    return lexicon ? gazetteerFor(lexicon) : null;
  } catch {
    return null;
  }
}

const countriesOf = new WeakMap<Gazetteer, Map<string, string[]>>();

/** Countries a speaker's roles and name tie them to ("ambassadeur de Russie", "Ukrainian minister"), by their display names. */
function speakerCountries(quote: Quote, entities: ReadonlyMap<string, Entity>, gazetteer: Gazetteer | null): string[] {
  if (!gazetteer || !quote.speaker) return [];
  const entity = quote.speaker.entity ? entities.get(quote.speaker.entity) : undefined;
  const texts = [quote.speaker.name, ...(entity?.roles ?? [])].join(" ").toLowerCase();
  // The same names and roles recur from article to article: each is read once.
  let memo = countriesOf.get(gazetteer);
  if (!memo) countriesOf.set(gazetteer, (memo = new Map()));
  let countries = memo.get(texts);
  if (!countries) {
    if (memo.size > 10_000) memo.clear();
    memo.set(texts, (countries = countriesIn(texts, gazetteer)));
  }
  return countries;
}

function countriesIn(texts: string, gazetteer: Gazetteer): string[] {
  const out: string[] = [];
  for (const word of texts.split(/[^\p{L}\p{M}'-]+/u)) {
    const code = gazetteer.demonyms.get(word) ?? gazetteer.countries.get(word);
    const names = code ? gazetteer.namesOf.get(code) : undefined;
    // The first country named is the one represented: "ambassadeur de Russie aux États-Unis".
    if (names?.[0]) return [names[0]];
  }
  return out;
}
