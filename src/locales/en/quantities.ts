import type { QuantitiesLexicon } from "../../stages/quantities/types.js";

const WORDS: [string, number][] = [
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50],
  ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90], ["hundred", 100],
  ["thousand", 1000], ["a", 1],
];

/** English number words, separators and units. */
export const QUANTITIES: QuantitiesLexicon = {
  decimal: ".",
  numberWords: new Map(WORDS),
  multipliers: new Map([
    ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["millions", 1e6], ["billion", 1e9],
    ["billions", 1e9], ["trillion", 1e12], ["trillions", 1e12], ["bn", 1e9], ["m", 1e6],
    ["mn", 1e6], ["k", 1e3], ["thousands", 1e3], ["hundreds", 100],
  ]),
  approximateCounts: new Map([
    ["dozen", 12], ["dozens", 12], ["scores", 20], ["hundreds", 100], ["thousands", 1000],
    ["millions", 1e6], ["billions", 1e9], ["tens", 10],
  ]),
  approximators: ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "more than", "less than", "fewer than", "over", "under", "up to", "at least", "close to", "an estimated", "estimated"],
  currencies: new Map([
    ["$", "USD"], ["us$", "USD"], ["dollar", "USD"], ["dollars", "USD"], ["€", "EUR"], ["euro", "EUR"],
    ["euros", "EUR"], ["£", "GBP"], ["pound", "GBP"], ["pounds", "GBP"], ["¥", "JPY"], ["yen", "JPY"],
    ["yuan", "CNY"], ["ruble", "RUB"], ["rubles", "RUB"], ["rouble", "RUB"], ["roubles", "RUB"],
    ["hryvnia", "UAH"], ["hryvnias", "UAH"], ["rupee", "INR"], ["rupees", "INR"],
    ["usd", "USD"], ["eur", "EUR"], ["gbp", "GBP"], ["chf", "CHF"], ["cad", "CAD"], ["jpy", "JPY"],
  ]),
  percentWords: ["%", "percent", "per cent", "percentage points"],
  unitLinkers: ["of"],
  nonUnits: new Set([
    "and", "or", "to", "in", "on", "at", "for", "by", "with", "the", "a", "an", "who", "that",
    "which", "were", "are", "is", "was", "have", "had", "has", "years", "year", "times", "other",
    "more", "less", "last", "next", "first", "hours", "hour", "minutes", "seconds", "days", "day",
    "weeks", "week", "months", "month", "centuries", "century", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "p.m", "a.m", "am", "pm", "of", "from", "than", "but", "between", "against", "per", "each",
  ]),
};
