export {
  analyze,
  analyzeDocument,
  analyzeMany,
  DEFAULT_MAX_BYTES,
  DEFAULT_BATCH_SIZE,
  type AnalyzeOptions,
  type AnalyzeManyOptions,
  type BatchInput,
  type BatchResult,
} from "./analyze.js";
export { SCHEMA_ID, toAnalysis, type Analysis } from "./output/analysis.js";
export { VeilleError, ERROR_MESSAGES, type VeilleErrorCode } from "./model/errors.js";
export { createDocument, type VeilleDocument, type Layers, type LayerName, type DctSource } from "./model/document.js";
export type * from "./model/annotations.js";
export type { Span, TextSpan } from "./model/span.js";
export { Pipeline, type BatchItem } from "./pipeline/pipeline.js";
export type { Stage, StageContext } from "./pipeline/stage.js";
export { DEFAULT_STAGES } from "./pipeline/configurations.js";
export { LOCALES, isSupportedLanguage, type Locale, type LocaleCode } from "./locales/index.js";
