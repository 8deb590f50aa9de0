import { Option, type Command } from "commander";
import type { ExtractedArticle } from "../ingest/html/index.js";
import { DEFAULT_MAX_HTML_BYTES } from "../ingest/html/limits.js";
import { VeilleError } from "../model/errors.js";
import { detectLanguage } from "../stages/language/detect-language.js";
import { parsePositiveInt } from "./parse-options.js";
import { readSource } from "./read-input.js";

/** The `veille extract` JSON output: the article text with its metadata. */
export interface ExtractOutput extends ExtractedArticle {
  /** Where `lang` came from: the page's markup, or detection on the text. */
  langSource: "declared" | "detected" | "none";
}

/** Adds `veille extract FILE|URL`: prints a web page's clean article text, or JSON with its metadata. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("print the main article text of a web page (file, URL or - for standard input)")
    .argument("<source>", "an HTML file, an http(s) URL, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--max-bytes <n>", "refuse pages larger than this", parsePositiveInt, DEFAULT_MAX_HTML_BYTES)
    .option("--timeout <ms>", "give up fetching a URL after this many milliseconds", parsePositiveInt)
    .exitOverride()
    .action(async (source: string, opts: { format: "text" | "json"; maxBytes: number; timeout?: number }) => {
      const input = await readSource(source, opts.maxBytes, opts.timeout);
      const { extractArticle } = await import("../ingest/html/index.js");
      const article = extractArticle(input.bytes, {
        maxBytes: opts.maxBytes,
        ...(input.url ? { url: input.url } : {}),
        ...(input.contentType ? { contentType: input.contentType } : {}),
      });
      if (opts.format === "json") {
        process.stdout.write(`${JSON.stringify(await withLanguage(article), null, 2)}\n`);
        return;
      }
      if (article.text.length === 0) throw new VeilleError("NO_TEXT", `no article found in ${source}`);
      process.stdout.write(`${article.text}\n`);
    });
}

// The page's declared language, else eld's guess on the extracted text.
async function withLanguage(article: ExtractedArticle): Promise<ExtractOutput> {
  if (article.lang) return { ...article, langSource: "declared" };
  if (article.text.trim().length === 0) return { ...article, langSource: "none" };
  const guess = await detectLanguage(article.text);
  return guess.code ? { ...article, lang: guess.code, langSource: "detected" } : { ...article, langSource: "none" };
}

