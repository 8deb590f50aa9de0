import type { Stage } from "../../pipeline/stage.js";
import { findDateline } from "./find-dateline.js";

export { findDateline, type Dateline } from "./find-dateline.js";

/** Infers the publication date from a dateline when none was given. */
export const datelineStage: Stage = {
  name: "dateline",
  requires: ["paragraphs"],
  assigns: ["dct"],
  run(doc, ctx) {
    if (doc.dct) return;
    const found = findDateline(doc.text, doc.layers.paragraphs, ctx.locale.calendar, new Date().getUTCFullYear());
    if (!found) return;
    doc.dct = found.date;
    doc.dctSource = "inferred";
    if (found.yearGuessed) {
      doc.diagnostics.push({ code: "DATELINE_NO_YEAR", message: "the dateline gives no year; it was guessed", span: found.span });
    }
  },
};
