import type { NumberWords } from "../../../stages/times/number-words.js";

/** French number words, enough for durations and counts of days ("dix-huit mois", "quatre-vingts ans"). */
export const NUMBER_WORDS: NumberWords = {
  values: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  },
  multipliers: { cent: 100 },
  scales: { mille: 1000 },
  glue: ["et"],
  decimal: ",",
};
