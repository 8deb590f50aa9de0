import type { Stage } from "../../pipeline/stage.js";

/** TIMEX3 time expressions resolved against the DCT. */
export const timesStage: Stage = {
  name: "times",
  requires: ["sentences", "tokens", "dct"],
  assigns: ["times"],
  run() {},
};
