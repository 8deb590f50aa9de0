import type { Stage } from "../../pipeline/stage.js";
import { findQuantities } from "./find-quantities.js";

export { findQuantities } from "./find-quantities.js";
export { parseDigits, parseNumberWords } from "./parse-number.js";
export type { QuantitiesLexicon } from "./types.js";

/** Numbers, percentages and money, with the counted unit. */
export const quantitiesStage: Stage = {
  name: "quantities",
  requires: ["tokens", "times"],
  assigns: ["quantities"],
  run(doc, ctx) {
    doc.layers.quantities = findQuantities(doc.text, doc.layers.tokens, ctx.locale.quantities, doc.layers.times);
  },
};
