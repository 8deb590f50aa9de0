import { decodeBytes } from "./ingest/decode.js";
import { LOCALES, isSupportedLanguage, type Locale, type LocaleCode } from "./locales/index.js";
import { createDocument, type VeilleDocument } from "./model/document.js";
import { VeilleError } from "./model/errors.js";
import { toAnalysis, type Analysis } from "./output/analysis.js";
import { DEFAULT_STAGES } from "./pipeline/configurations.js";
import { Pipeline } from "./pipeline/pipeline.js";
import { cleanText } from "./stages/clean/index.js";
import { detectLanguage } from "./stages/language/detect-language.js";

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD or ISO 8601); inferred from a dateline when absent. */
  dct?: string | null;
  /** "auto" (default) detects French or English; a code forces that language. */
  lang?: "auto" | LocaleCode;
  /** Refuse inputs larger than this many bytes (default 5 MB). */
  maxBytes?: number;
  /** Stop with a TIMEOUT error when the analysis runs longer than this (default: no limit). */
  timeoutMs?: number;
  /** Encoding the bytes are declared in (an HTTP header, say); detected otherwise. */
  encoding?: string;
  id?: string;
  title?: string | null;
  url?: string | null;
}

/** The default size limit: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const pipeline = new Pipeline(DEFAULT_STAGES);

/** Analyses one article (text or bytes) into the `veille.analysis/1` contract. */
export async function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<Analysis> {
  return toAnalysis(await analyzeDocument(input, options));
}

/** Like {@link analyze}, but returns the document model with all its layers. */
export async function analyzeDocument(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<VeilleDocument> {
  const deadline = options.timeoutMs !== undefined ? Date.now() + options.timeoutMs : undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > maxBytes) throw new VeilleError("TOO_LARGE", `${size} bytes, limit ${maxBytes}`);
  const raw = typeof input === "string" ? input : decodeBytes(input, options.encoding).text;
  if (raw.trim().length === 0) throw new VeilleError("EMPTY_INPUT");
  if (options.dct !== undefined && options.dct !== null && !isIsoDate(options.dct)) {
    throw new VeilleError("BAD_OPTION", `dct must be YYYY-MM-DD or ISO 8601, got "${options.dct}"`);
  }

  const { text, removed } = cleanText(raw, Object.values(LOCALES).map((l) => l.clean));
  if (text.trim().length === 0) throw new VeilleError("NO_TEXT");
  const locale = await chooseLocale(text, options.lang ?? "auto");

  const doc = createDocument({
    text,
    lang: locale.code,
    dct: options.dct ?? null,
    dctSource: options.dct ? "given" : "none",
    removed,
    ...(options.id !== undefined ? { id: options.id } : {}),
    title: options.title ?? null,
    url: options.url ?? null,
  });
  return pipeline.run(doc, { locale }, deadline !== undefined ? { deadline } : {});
}

async function chooseLocale(text: string, lang: "auto" | LocaleCode): Promise<Locale> {
  if (lang !== "auto") {
    if (!isSupportedLanguage(lang)) throw new VeilleError("BAD_OPTION", `unknown language "${String(lang)}"`);
    return LOCALES[lang];
  }
  const guess = await detectLanguage(text);
  if (!isSupportedLanguage(guess.code)) {
    throw new VeilleError(
      "UNSUPPORTED_LANGUAGE",
      `detected "${guess.code || "unknown"}"; veille reads fr and en (force one with --lang)`,
    );
  }
  return LOCALES[guess.code];
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
}
