import type { CalendarLexicon } from "./calendar.js";
import type { CleanLexicon } from "../stages/clean/types.js";
import type { EntitiesLexicon } from "../stages/entities/types.js";
import type { EventsLexicon } from "../stages/events/types.js";
import type { QuantitiesLexicon } from "../stages/quantities/types.js";
import type { QuotesLexicon } from "../stages/quotes/types.js";
import type { SegmentLexicon } from "../stages/segment/types.js";
import type { TimesGrammar } from "../stages/times/types.js";

/** A supported language code. */
export type LocaleCode = "fr" | "en";

/** Everything language-specific: lexicons and grammar hooks that the shared stages read. */
export interface Locale {
  code: LocaleCode;
  calendar: CalendarLexicon;
  segment: SegmentLexicon;
  clean: CleanLexicon;
  times: TimesGrammar;
  quantities: QuantitiesLexicon;
  entities: EntitiesLexicon;
  quotes: QuotesLexicon;
  events: EventsLexicon;
}
