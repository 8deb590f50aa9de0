import type { Locale } from "../types.js";
import { CALENDAR } from "./calendar.js";
import { CLEAN } from "./clean.js";
import { ENTITIES } from "./entities/index.js";
import { EVENTS } from "./events/index.js";
import { QUANTITIES } from "./quantities.js";
import { QUOTES } from "./quotes/index.js";
import { SEGMENT } from "./segment.js";
import { TIMES } from "./times/index.js";

/** The en locale. */
export const locale: Locale = {
  code: "en",
  calendar: CALENDAR,
  segment: SEGMENT,
  clean: CLEAN,
  times: TIMES,
  quantities: QUANTITIES,
  entities: ENTITIES,
  quotes: QUOTES,
  events: EVENTS,
};
