import { datelineStage } from "../stages/dateline/index.js";
import { entitiesStage } from "../stages/entities/index.js";
import { eventsStage } from "../stages/events/index.js";
import { claimsStage } from "../stages/claims/index.js";
import { quantitiesStage } from "../stages/quantities/index.js";
import { quotesStage } from "../stages/quotes/index.js";
import { segmentStage } from "../stages/segment/index.js";
import { timesStage } from "../stages/times/index.js";
import type { Stage } from "./stage.js";

/**
 * The default analysis, in order:
 * - segment first: every later stage reads paragraphs, tokens and sentences;
 * - dateline before times: relative dates resolve against the DCT it infers;
 * - times before quantities: a year or a day number inside a date is not a quantity;
 * - entities before quotes and events, which link speakers and participants to entities.
 * - events after quotes (an event inside a quote is attributed to it), claims last: they pair quotes through their events.
 */
export const DEFAULT_STAGES: readonly Stage[] = [
  segmentStage,
  datelineStage,
  timesStage,
  quantitiesStage,
  entitiesStage,
  quotesStage,
  eventsStage,
  claimsStage,
];
