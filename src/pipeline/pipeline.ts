import type { LayerName, VeilleDocument } from "../model/document.js";
import { PipelineError, VeilleError } from "../model/errors.js";
import type { Stage, StageContext } from "./stage.js";

/** Options for running a pipeline. */
export interface RunOptions {
  /** Epoch milliseconds after which no further stage starts. */
  deadline?: number;
  /** Called after each stage with the milliseconds it took (benchmarks print a breakdown). */
  onStage?: (name: string, ms: number) => void;
}

/** One document of a batch, with the context its stages run in. */
export interface BatchItem {
  doc: VeilleDocument;
  ctx: StageContext;
}

/** An ordered list of stages, checked when built so a missing layer fails early. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[], given: readonly LayerName[] = []) {
    const assigned = new Set<LayerName>(given);
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
      names.add(stage.name);
      const missing = stage.requires.filter((layer) => !assigned.has(layer));
      if (missing.length > 0) {
        throw new PipelineError(`stage "${stage.name}" requires ${missing.join(", ")}, which no earlier stage assigns`);
      }
      for (const layer of stage.assigns) assigned.add(layer);
    }
    this.stages = stages;
  }

  /** Runs every stage in order over the document, in place. */
  run(doc: VeilleDocument, ctx: StageContext, options: RunOptions = {}): VeilleDocument {
    for (const stage of this.stages) {
      if (options.deadline !== undefined && Date.now() > options.deadline) {
        throw new VeilleError("TIMEOUT", `stopped before stage "${stage.name}"`);
      }
      const started = options.onStage ? performance.now() : 0;
      stage.run(doc, ctx);
      options.onStage?.(stage.name, performance.now() - started);
    }
    return doc;
  }

  /**
   * Runs every stage over every document of a batch, stage by stage rather
   * than document by document: one stage's code and lexicons then stay in the
   * CPU caches across the batch, which makes the batch faster than the same
   * documents one at a time. A document whose stage throws leaves the batch
   * with that error; the others go on. Returns, per document, its error or null.
   */
  runMany(items: readonly BatchItem[], options: RunOptions = {}): (Error | null)[] {
    const errors: (Error | null)[] = items.map(() => null);
    for (const stage of this.stages) {
      if (options.deadline !== undefined && Date.now() > options.deadline) {
        const timeout = new VeilleError("TIMEOUT", `stopped before stage "${stage.name}"`);
        for (let i = 0; i < items.length; i++) errors[i] ??= timeout;
        break;
      }
      const started = options.onStage ? performance.now() : 0;
      for (let i = 0; i < items.length; i++) {
        if (errors[i] !== null) continue;
        try {
          stage.run(items[i]!.doc, items[i]!.ctx);
        } catch (error) {
          errors[i] = error instanceof Error ? error : new Error(String(error));
        }
      }
      options.onStage?.(stage.name, performance.now() - started);
    }
    return errors;
  }
}
