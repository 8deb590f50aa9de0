import type { EventMention, Quote } from "../../model/annotations.js";
import { cueExec, cueTest } from "../events/cue-pattern.js";
import { lowerSameLength } from "../events/sentence-view.js";
import { CHAR_CLASS, LETTER } from "../segment/char-classes.js";
import type { ModalityCues } from "../events/types.js";

/** What the claims stage knows about one quote: its events, its polarity and its words. */
export interface QuoteProfile {
  quote: Quote;
  /** Events asserted (happened, ongoing, planned, proposed, claimed…) in the quote. */
  asserted: EventMention[];
  /** Events the quote negates or denies. */
  rejected: EventMention[];
  /** The denial cue the quote holds ("rien à voir", "no such"), or null. */
  denial: string | null;
  /** Whether the quote refers back to something said before ("ces attaques", "such a plan"). */
  anaphoric: boolean;
  /** Content-word stems (first five letters of words of five letters or more). */
  stems: Set<string>;
  /** Lower-cased participant names and entity ids of its events. */
  actors: Set<string>;
  speaker: string | null;
  /** The country the speaker speaks for, when their name or role says ("ambassadeur de Russie"), or null. */
  side: string | null;
  /** Whether the quote speaks of a plan or an intention ("pas de plans", "no such plan"). */
  plan: boolean;
  /** Whether the quote negates or denies anything at all: a negation anywhere, or a denial. */
  negative: boolean;
  /**
   * Whether its source rebuts: the reporting verb denies ("a démenti", "denied", "dismissed"), or a
   * denial opens the sentence before it ("a démenti toute précipitation, affirmant que …").
   */
  deniedByCue: boolean;
  /** Stems of its content words (four letters or more, not function words), for rebuttals. */
  contentStems: Set<string>;
}

const NEGATIVE = new Set(["negated", "denied"]);
// Possible or conditional events are not asserted: nothing to contradict.
const UNASSERTED = new Set(["hypothetical", "conditional"]);
const STEM = 5;
/** Shortest content word: shorter ones are mostly function words. */
const CONTENT_LETTERS = 4;

// A negation anywhere in the quote: one word ("jamais", "never") or a particle with its completion ("ne … pas").
function negates(low: string, cues: ModalityCues): boolean {
  if (cueTest(cues.negation, low)) return true;
  return cues.negationParticle !== undefined && cues.negationCompletion !== undefined && cueTest(cues.negationParticle, low) && cueTest(cues.negationCompletion, low);
}

const NO_WORDS: ReadonlySet<string> = new Set();

// Stems (first five letters) of the words of at least `minLetters` letters, save `skip`: a scan over
// letter runs (BMP letters, as the tokenizer reads them) rather than a regex match per word.
function stemsOf(low: string, minLetters = STEM, skip: ReadonlySet<string> = NO_WORDS): Set<string> {
  const stems = new Set<string>();
  const n = low.length;
  let i = 0;
  while (i < n) {
    while (i < n && (CHAR_CLASS[low.charCodeAt(i)]! & LETTER) === 0) i++;
    const start = i;
    while (i < n && (CHAR_CLASS[low.charCodeAt(i)]! & LETTER) !== 0) i++;
    if (i - start < minLetters) continue;
    const word = low.slice(start, i);
    if (!skip.has(word)) stems.add(word.slice(0, STEM));
  }
  return stems;
}

/** Profiles a quote from its text and the events whose trigger lies inside it. */
export function profileQuote(
  quote: Quote,
  events: readonly EventMention[],
  cues: ModalityCues,
  speakerActors: readonly string[],
  leadIn: string,
  functionWords: ReadonlySet<string>,
): QuoteProfile {
  const inside = events.filter((e) => e.attribution === quote.id || (e.trigger.start >= quote.start && e.trigger.end <= quote.end));

  const low = lowerSameLength(quote.text);
  const deniedByCue = quote.cue !== null && (cueTest(cues.denial, lowerSameLength(quote.cue.text)) || cueTest(cues.denial, lowerSameLength(leadIn)));
  const denial = cueExec(cues.denial, low)?.[0] ?? (deniedByCue ? quote.cue!.text : null);
  let stems: Set<string> | null = null;
  let contentStems: Set<string> | null = null;
  let anaphoric: boolean | undefined;
  let plan: boolean | undefined;
  let negative: boolean | undefined;
  // A representative's denial speaks for the party it represents ("l'ambassadeur de Russie").
  const actors = new Set<string>(speakerActors.map((a) => a.toLowerCase()));
  for (const e of inside) {
    for (const p of e.participants) {
      if (p.entity) actors.add(p.entity);
      if (p.name) actors.add(p.name.toLowerCase());
    }
  }
  return {
    quote,
    asserted: inside.filter((e) => !NEGATIVE.has(e.modality) && !UNASSERTED.has(e.modality)),
    rejected: inside.filter((e) => NEGATIVE.has(e.modality)),
    denial,
    // Back-references and plans count only in a rebuttal that is weighed: read on first use.
    get anaphoric(): boolean {
      return (anaphoric ??= cueTest(cues.anaphora, low));
    },
    get plan(): boolean {
      return (plan ??= cueTest(cues.plan, low));
    },
    side: speakerActors[0]?.toLowerCase() ?? null,
    get stems(): Set<string> {
      return (stems ??= stemsOf(low));
    },
    deniedByCue,
    get contentStems(): Set<string> {
      return (contentStems ??= stemsOf(low, CONTENT_LETTERS, functionWords));
    },
    get negative(): boolean {
      return (negative ??= denial !== null || negates(low, cues));
    },
    actors,
    speaker: quote.speaker ? (quote.speaker.entity ?? quote.speaker.name.toLowerCase()) : null,
  };
}
