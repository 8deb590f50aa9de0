import type { Span, TextSpan } from "./span.js";

/** Where an annotation came from: the stage and the rule that made it. */
export interface Provenance {
  /** e.g. `times/fr/weekday-relative` */
  ruleId?: string;
}

/** What kind of characters a token holds. */
export type TokenKind = "word" | "number" | "punct" | "symbol";

/** One token of the clean text. */
export interface Token extends TextSpan {
  kind: TokenKind;
}

/** One sentence; `paragraph` is the index of the paragraph that holds it. */
export interface Sentence extends TextSpan {
  paragraph: number;
}

/** A TIMEX3 type. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** One time expression with its TIMEX3 value resolved against the DCT. */
export interface TimeExpression extends TextSpan, Provenance {
  id: string;
  type: TimexType;
  value: string;
  /** TIMEX3 `mod` (START, MID, END, APPROX, BEFORE, AFTER...) when the text gives one. */
  mod?: string;
  /** Whether some part of the value (year, month, direction) was inferred rather than stated. */
  implied?: boolean;
}

/** One number in the text, with what it counts when the text says. */
export interface Quantity extends TextSpan, Provenance {
  id: string;
  value: number;
  unit: string | null;
  /** true for "des dizaines", "about 300", "près de 2 000". */
  approximate?: boolean;
  /** ISO 4217 code when the quantity is money. */
  currency?: string;
  /** true when the number is a percentage. */
  percent?: boolean;
}

/** The kind of a mention of an entity. */
export type MentionKind = "name" | "title" | "pronoun" | "nominal";

/** One mention of an entity. */
export interface Mention extends TextSpan {
  kind: MentionKind;
}

/** One real-world referent of the article. */
export interface Entity extends Provenance {
  id: string;
  type: "PER" | "ORG" | "LOC" | "MISC";
  name: string;
  roles: string[];
  aliases: string[];
  kb?: Record<string, string> | null;
  mentions: Mention[];
}

/** Who said a quote. */
export interface Speaker extends Partial<TextSpan> {
  entity: string | null;
  name: string;
}

/** A reporting verb or phrase. */
export interface Cue extends TextSpan {
  lemma: string;
}

/** One direct, indirect or mixed quotation. */
export interface Quote extends TextSpan, Provenance {
  id: string;
  kind: "direct" | "indirect" | "mixed";
  speaker: Speaker | null;
  cue: Cue | null;
  time: string | null;
}

/** PLOVER participant of an event. */
export interface Participant {
  role: "source" | "target" | "with" | "place";
  entity: string | null;
  name: string;
}

/** What the text commits to about an event. */
export type Modality =
  | "happened"
  | "ongoing"
  | "planned"
  | "proposed"
  | "conditional"
  | "hypothetical"
  | "negated"
  | "claimed"
  | "denied";

/** One PLOVER-coded event. */
export interface EventMention extends Provenance {
  id: string;
  type: string;
  mode: string | null;
  trigger: TextSpan;
  modality: Modality;
  participants: Participant[];
  time: string | null;
  place: string | null;
  attribution: string | null;
  sentence: number;
  condition?: string;
}

/** Two statements of the article that contradict or support each other. */
export interface Claim {
  a: string;
  b: string;
  relation: "contradicts" | "supports";
  why: string;
}

/** A problem found in the content, with where it is. */
export interface Diagnostic {
  code: string;
  message: string;
  span?: Span;
}
