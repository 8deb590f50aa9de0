import { decodeBytes } from "./ingest/decode.js";
import { extractArticle, looksLikeHtml } from "./ingest/html/index.js";
import { LOCALES, isSupportedLanguage, type Locale, type LocaleCode } from "./locales/index.js";
import { isIsoDate } from "./model/dates.js";
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > maxBytes) throw new VeilleError("TOO_LARGE", `${size} bytes, limit ${maxBytes}`);
  if (size === 0) throw new VeilleError("EMPTY_INPUT");
  if (options.dct !== undefined && options.dct !== null && !isIsoDate(options.dct)) {
    throw new VeilleError("BAD_OPTION", `dct must be YYYY-MM-DD or ISO 8601, got "${options.dct}"`);
  }
  const timed = <T>(name: string, step: () => T): T => {
    if (!options.onStage) return step();
    const started = performance.now();
    const result = step();
    options.onStage(name, performance.now() - started);
    return result;
  };
  const source = timed("read", () => readSource(input, options));
  if (source.text.trim().length === 0) throw new VeilleError(source.fromHtml ? "NO_TEXT" : "EMPTY_INPUT");

  const { text, removed } = timed("clean", () => cleanText(source.text, Object.values(LOCALES).map((l) => l.clean)));
  if (text.trim().length === 0) throw new VeilleError("NO_TEXT");
  const languageStarted = performance.now();
  const locale = await chooseLocale(text, options.lang ?? "auto", source.lang);
  options.onStage?.("language", performance.now() - languageStarted);

  const dct = options.dct ?? source.published ?? null;
  const doc = createDocument({
    text,
    lang: locale.code,
    dct,
    dctSource: options.dct ? "given" : source.published ? "metadata" : "none",
    removed,
    ...(options.id !== undefined ? { id: options.id } : {}),
    title: options.title ?? source.title ?? null,
    url: options.url ?? source.url ?? null,
  });
  return pipeline.run(doc, { locale }, {
    ...(deadline !== undefined ? { deadline } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
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

function readSource(input: string | Uint8Array, options: AnalyzeOptions): SourceText {
  const format = options.format ?? "auto";
  const isHtml = format === "html" || (format === "auto" && looksLikeHtml(input, options.contentType));
  if (!isHtml) {
    return { text: typeof input === "string" ? input : decodeBytes(input, options.encoding).text, fromHtml: false };
  }
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
