import type { QuantitiesLexicon } from "../../stages/quantities/types.js";

const UNITS: [string, number][] = [
  ["zéro", 0], ["un", 1], ["une", 1], ["deux", 2], ["trois", 3], ["quatre", 4], ["cinq", 5],
  ["six", 6], ["sept", 7], ["huit", 8], ["neuf", 9], ["dix", 10], ["onze", 11], ["douze", 12],
  ["treize", 13], ["quatorze", 14], ["quinze", 15], ["seize", 16], ["vingt", 20], ["vingts", 20],
  ["trente", 30], ["quarante", 40], ["cinquante", 50], ["soixante", 60], ["septante", 70],
  ["huitante", 80], ["octante", 80], ["nonante", 90], ["cent", 100], ["cents", 100],
  ["mille", 1000],
];

/** French number words, separators and units. */
export const QUANTITIES: QuantitiesLexicon = {
  decimal: ",",
  numberWords: new Map(UNITS),
  multipliers: new Map([
    ["mille", 1e3], ["millier", 1e3], ["milliers", 1e3], ["million", 1e6], ["millions", 1e6],
    ["milliard", 1e9], ["milliards", 1e9], ["billion", 1e12], ["billions", 1e12],
    ["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["mrds", 1e9], ["mln", 1e6], ["k", 1e3], ["m", 1e6],
  ]),
  approximateCounts: new Map([
    ["dizaine", 10], ["dizaines", 10], ["douzaine", 12], ["douzaines", 12], ["quinzaine", 15],
    ["vingtaine", 20], ["vingtaines", 20], ["trentaine", 30], ["quarantaine", 40],
    ["cinquantaine", 50], ["soixantaine", 60], ["centaine", 100], ["centaines", 100],
    ["millier", 1000], ["milliers", 1000],
  ]),
  approximators: ["environ", "près de", "presque", "quelque", "quelques", "plus de", "moins de", "autour de", "approximativement", "à peu près", "une bonne", "un peu plus de", "un peu moins de", "au moins", "jusqu’à", "jusqu'à"],
  currencies: new Map([
    ["€", "EUR"], ["euro", "EUR"], ["euros", "EUR"], ["$", "USD"], ["dollar", "USD"], ["dollars", "USD"],
    ["£", "GBP"], ["livre", "GBP"], ["livres", "GBP"], ["¥", "JPY"], ["yen", "JPY"], ["yens", "JPY"],
    ["yuan", "CNY"], ["yuans", "CNY"], ["rouble", "RUB"], ["roubles", "RUB"], ["franc", "CHF"],
    ["francs", "CHF"], ["hryvnia", "UAH"], ["hryvnias", "UAH"], ["roupie", "INR"], ["roupies", "INR"],
    ["eur", "EUR"], ["usd", "USD"], ["gbp", "GBP"], ["chf", "CHF"], ["cad", "CAD"], ["jpy", "JPY"],
  ]),
  percentWords: ["%", "pour cent", "pourcent", "pour-cent"],
  unitLinkers: ["de", "d’", "d'", "des"],
  nonUnits: new Set([
    "et", "ou", "à", "a", "au", "aux", "en", "le", "la", "les", "sur", "pour", "par", "dans", "avec",
    "qui", "que", "dont", "ont", "sont", "est", "ans", "fois", "autres", "derniers", "dernières",
    "premiers", "premières", "prochains", "prochaines", "heures", "heure", "minutes", "secondes",
    "jours", "jour", "semaines", "semaine", "mois", "années", "année", "an", "siècles", "siècle",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "h", "se", "ne", "n’", "n'", "y", "il", "elle", "ils", "elles",
    "ce", "cette", "ces", "entre", "contre", "selon", "mais", "plus", "moins", "seulement",
  ]),
};
