import { decodeBytes } from "./ingest/decode.js";
import { looksLikeHtml } from "./ingest/html/looks-like-html.js";
import { LOCALES, isSupportedLanguage, type Locale, type LocaleCode } from "./locales/index.js";
import { isIsoDate } from "./model/dates.js";
import { createDocument, type VeilleDocument } from "./model/document.js";
import { VeilleError } from "./model/errors.js";
import { toAnalysis, type Analysis } from "./output/analysis.js";
import { DEFAULT_STAGES } from "./pipeline/configurations.js";
import { Pipeline, type BatchItem } from "./pipeline/pipeline.js";
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
  /** "auto" (default) reads HTML pages as web pages and anything else as plain text. */
  format?: "auto" | "text" | "html";
  /** The HTTP Content-Type the input came with, for URL inputs. */
  contentType?: string;
  /** Called after each stage with the milliseconds it took. */
  onStage?: (name: string, ms: number) => void;
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
  const doc = await prepareDocument(input, options);
  return pipeline.run(doc, { locale: LOCALES[doc.lang as LocaleCode] }, {
    ...(deadline !== undefined ? { deadline } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
  });
}

/** One article of a batch: its text or bytes, with what is known of it. */
export type BatchInput =
  | string
  | Uint8Array
  | ({ input: string | Uint8Array } & Pick<AnalyzeOptions, "dct" | "id" | "title" | "url" | "encoding" | "contentType" | "format" | "lang">);

/** What {@link analyzeMany} gives for one article: its analysis, or why there is none. */
export type BatchResult = { ok: true; analysis: Analysis } | { ok: false; error: Error };

/** Options of {@link analyzeMany}: those of {@link analyze}, per batch, and the batch size. */
export interface AnalyzeManyOptions extends AnalyzeOptions {
  /**
   * Articles analysed together, stage by stage (default 32). Larger batches
   * keep each stage's code hot for longer but hold more documents in memory.
   * `timeoutMs` bounds each batch.
   */
  batchSize?: number;
}

/** The default number of articles {@link analyzeMany} analyses together. */
export const DEFAULT_BATCH_SIZE = 32;

/**
 * Analyses many articles, in order, stage by stage over batches of them:
 * the same analyses as {@link analyze} one by one, at a higher throughput.
 * One article's bad input or failure is its own result and stops no other.
 */
export async function analyzeMany(inputs: Iterable<BatchInput>, options: AnalyzeManyOptions = {}): Promise<BatchResult[]> {
  const size = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const results: BatchResult[] = [];
  let batch: BatchInput[] = [];
  for (const input of inputs) {
    batch.push(input);
    if (batch.length === size) {
      results.push(...(await analyzeBatch(batch, options)));
      batch = [];
    }
  }
  if (batch.length > 0) results.push(...(await analyzeBatch(batch, options)));
  return results;
}

async function analyzeBatch(batch: readonly BatchInput[], options: AnalyzeManyOptions): Promise<BatchResult[]> {
  const deadline = options.timeoutMs !== undefined ? Date.now() + options.timeoutMs : undefined;
  const results: (BatchResult | null)[] = [];
  const items: BatchItem[] = [];
  const slots: number[] = [];
  for (const entry of batch) {
    const { input, ...own } = typeof entry === "string" || entry instanceof Uint8Array ? { input: entry } : entry;
    try {
      const doc = await prepareDocument(input, { ...options, ...own });
      items.push({ doc, ctx: { locale: LOCALES[doc.lang as LocaleCode] } });
      slots.push(results.length);
      results.push(null);
    } catch (error) {
      results.push({ ok: false, error: asError(error) });
    }
  }
  const errors = pipeline.runMany(items, {
    ...(deadline !== undefined ? { deadline } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
  });
  for (let i = 0; i < items.length; i++) {
    const error = errors[i];
    results[slots[i]!] = error ? { ok: false, error } : { ok: true, analysis: toAnalysis(items[i]!.doc) };
  }
  return results as BatchResult[];
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads, cleans and identifies the language of one input: a document ready for the pipeline's stages. */
async function prepareDocument(input: string | Uint8Array, options: AnalyzeOptions): Promise<VeilleDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > maxBytes) throw new VeilleError("TOO_LARGE", `${size} bytes, limit ${maxBytes}`);
  if (size === 0) throw new VeilleError("EMPTY_INPUT");
  if (options.dct !== undefined && options.dct !== null && !isIsoDate(options.dct)) {
    throw new VeilleError("BAD_OPTION", `dct must be YYYY-MM-DD or ISO 8601, got "${options.dct}"`);
  }
  // Each step reports its time when asked (benchmarks print a breakdown); awaiting a plain value costs nothing here.
  const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    if (!options.onStage) return step();
    const started = performance.now();
    const result = await step();
    options.onStage(name, performance.now() - started);
    return result;
  };
  const source = await timed("read", () => readSource(input, options));
  if (source.text.trim().length === 0) throw new VeilleError(source.fromHtml ? "NO_TEXT" : "EMPTY_INPUT");

  const { text, removed } = await timed("clean", () => cleanText(source.text, Object.values(LOCALES).map((l) => l.clean)));
  if (text.trim().length === 0) throw new VeilleError("NO_TEXT");
  const locale = await timed("language", () => chooseLocale(text, options.lang ?? "auto", source.lang));

  const dct = options.dct ?? source.published ?? null;
  return createDocument({
    text,
    lang: locale.code,
    dct,
    dctSource: options.dct ? "given" : source.published ? "metadata" : "none",
    removed,
    ...(options.id !== undefined ? { id: options.id } : {}),
    title: options.title ?? source.title ?? null,
    url: options.url ?? source.url ?? null,
  });
}

/** The article text of an input, with what a web page says about it. */
interface SourceText {
  text: string;
  fromHtml: boolean;
  title?: string | null;
  url?: string | null;
  lang?: string | null;
  published?: string | null;
}

async function readSource(input: string | Uint8Array, options: AnalyzeOptions): Promise<SourceText> {
  const format = options.format ?? "auto";
  const isHtml = format === "html" || (format === "auto" && looksLikeHtml(input, options.contentType));
  if (!isHtml) {
    return { text: typeof input === "string" ? input : decodeBytes(input, options.encoding).text, fromHtml: false };
  }
  // The HTML parser and Readability load on the first page only: plain text never pays for them.
  const { extractArticle } = await import("./ingest/html/index.js");
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const article = extractArticle(bytes, {
    ...(options.url ? { url: options.url } : {}),
    ...(options.contentType ? { contentType: options.contentType } : typeof input === "string" ? { contentType: "text/html; charset=utf-8" } : {}),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  });
  // The headline is part of what the article states (a plain-text article opens with it too),
  // but extraction keeps it apart from the body.
  const headline = article.title?.trim();
  const text = headline && article.text && !article.text.trimStart().startsWith(headline) ? `${headline}\n\n${article.text}` : article.text;
  return {
    text,
    fromHtml: true,
    title: article.title,
    url: article.url,
    lang: article.lang,
    published: article.published?.date ?? null,
  };
}

async function chooseLocale(text: string, lang: "auto" | LocaleCode, declared?: string | null): Promise<Locale> {
  // A page's declared language is a hint only: detection has the last word when the two disagree and the text is long enough.
  if (lang === "auto" && declared && isSupportedLanguage(declared.toLowerCase().slice(0, 2))) {
    const guess = await detectLanguage(text);
    const hint = declared.toLowerCase().slice(0, 2) as LocaleCode;
    return LOCALES[guess.reliable && isSupportedLanguage(guess.code) ? guess.code : hint];
  }
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
