import type { Stage } from "../../pipeline/stage.js";

/** Numbers, percentages and money, with the counted unit. */
export const quantitiesStage: Stage = {
  name: "quantities",
  requires: ["tokens"],
  assigns: ["quantities"],
  run() {},
};
