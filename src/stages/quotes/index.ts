import type { Stage } from "../../pipeline/stage.js";

/** Direct, indirect and mixed quotations with speaker and cue. */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["sentences", "tokens", "entities", "times"],
  assigns: ["quotes"],
  run() {},
};
