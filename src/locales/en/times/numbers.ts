import type { NumberWords } from "../../../stages/times/number-words.js";

/** English number words, enough for durations and offsets ("twenty-one years", "a hundred days"). */
export const NUMBER_WORDS: NumberWords = {
  values: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  multipliers: { hundred: 100 },
  scales: { thousand: 1000 },
  glue: ["and"],
  decimal: ".",
};
