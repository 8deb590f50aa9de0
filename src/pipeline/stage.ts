import type { LayerName, VeilleDocument } from "../model/document.js";
import type { Locale } from "../locales/types.js";

/** What every stage gets besides the document. */
export interface StageContext {
  locale: Locale;
}

/** One small, named step of the analysis. */
export interface Stage {
  readonly name: string;
  /** Layers that must be assigned by an earlier stage. */
  readonly requires: readonly LayerName[];
  /** Layers this stage fills. */
  readonly assigns: readonly LayerName[];
  run(doc: VeilleDocument, ctx: StageContext): void;
}
