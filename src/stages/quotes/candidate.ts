import type { Span } from "../../model/span.js";
import type { CueGroup, SpeakerPhrase } from "./context.js";

/** A quote found by a matcher, before refiners merge, filter and resolve speakers. */
export interface Candidate extends Span {
  kind: "direct" | "indirect" | "mixed";
  speaker: SpeakerPhrase | null;
  /** The cue span and lemma, when a verb or phrase marks the report. */
  cue: { start: number; end: number; lemma: string } | null;
  /** The verb group, when the cue is a reporting verb. */
  group: CueGroup | null;
  sentence: number;
  ruleId: string;
  /** When no speaker is given, whether the quote may take the previous quote's speaker. */
  inherit: boolean;
}
