import type { Stage } from "../../pipeline/stage.js";

/** People, organisations and places, with roles and coreference. */
export const entitiesStage: Stage = {
  name: "entities",
  requires: ["sentences", "tokens"],
  assigns: ["entities"],
  run() {},
};
