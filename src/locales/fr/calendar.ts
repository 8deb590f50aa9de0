import type { CalendarLexicon } from "../calendar.js";

/** French month and weekday names. */
export const CALENDAR: CalendarLexicon = {
  months: [
    ["janvier", "janv", "jan"],
    ["février", "fevrier", "févr", "fév", "fev"],
    ["mars"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["août", "aout"],
    ["septembre", "sept", "sep"],
    ["octobre", "oct"],
    ["novembre", "nov"],
    ["décembre", "decembre", "déc", "dec"],
  ],
  weekdays: [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
};
