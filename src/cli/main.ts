import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { analyze, analyzeMany, DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES } from "../analyze.js";
import { VeilleError } from "../model/errors.js";
import { registerExtract } from "./extract.js";
import { formatText } from "./format-text.js";
import { parseDate, parsePositiveInt } from "./parse-options.js";
import { readSource, type SourceBytes } from "./read-input.js";

/** Exit codes: success, bad input, bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Runs the `veille` command line; resolves to nothing and sets `process.exitCode`. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = report(error, debug);
  }
}

function buildProgram(): Command {
  const program = new Command()
    .name("veille")
    .description("Read news articles: who said what, when, about whom — with character offsets as evidence.")
    .version(packageVersion(), "-V, --version")
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError("(run veille --help for usage)")
    .exitOverride();

  program
    .command("analyze")
    .description(
      "analyse articles (plain text or web pages, by file or URL) and print a summary or the JSON contract; " +
        "several sources are analysed together, faster, and --format json then prints one analysis per line",
    )
    .argument("<sources...>", "file paths, http(s) URLs, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--dct <date>", "publication date, YYYY-MM-DD (default: read from a dateline, if any)", parseDate)
    .addOption(new Option("--lang <lang>", "language of the article").choices(["auto", "fr", "en"]).default("auto"))
    .option("--max-bytes <n>", "refuse inputs larger than this", parsePositiveInt, DEFAULT_MAX_BYTES)
    .option("--timeout <ms>", "stop a fetch or an analysis that runs longer than this many milliseconds", parsePositiveInt)
    .exitOverride()
    .action(async (sources: string[], opts: AnalyzeCommandOptions) => {
      if (sources.length === 1) await analyzeOne(sources[0]!, opts);
      else process.exitCode = await analyzeSeveral(sources, opts);
    });
  registerExtract(program);
  return program;
}

interface AnalyzeCommandOptions {
  format: "text" | "json";
  dct?: string;
  lang: "auto" | "fr" | "en";
  maxBytes: number;
  timeout?: number;
}

function analyzeOptions(opts: AnalyzeCommandOptions) {
  return {
    lang: opts.lang,
    maxBytes: opts.maxBytes,
    ...(opts.dct ? { dct: opts.dct } : {}),
    ...(opts.timeout ? { timeoutMs: opts.timeout } : {}),
  };
}

// What the source says of the article beside its bytes: its name as id, a fetched page's URL and type.
function describedInput(source: string, input: SourceBytes) {
  return {
    input: input.bytes,
    ...(source !== "-" ? { id: source } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.contentType ? { contentType: input.contentType } : {}),
  };
}

async function analyzeOne(source: string, opts: AnalyzeCommandOptions): Promise<void> {
  const { input, ...described } = describedInput(source, await readSource(source, opts.maxBytes, opts.timeout));
  const analysis = await analyze(input, { ...analyzeOptions(opts), ...described });
  process.stdout.write(opts.format === "json" ? `${JSON.stringify(analysis, null, 2)}\n` : formatText(analysis));
}

/**
 * Several sources: read and analyse them a batch at a time (so memory holds
 * one batch, however many files), print each result in order (JSON Lines for
 * json) and each failure as one line on stderr naming its source. Returns the
 * exit code: 1 when any source failed.
 */
async function analyzeSeveral(sources: readonly string[], opts: AnalyzeCommandOptions): Promise<number> {
  let failed = false;
  const fail = (source: string, error: Error) => {
    failed = true;
    process.stderr.write(`veille: ${source}: ${error.message}\n`);
  };
  for (let from = 0; from < sources.length; from += DEFAULT_BATCH_SIZE) {
    const batch: { source: string; input: ReturnType<typeof describedInput> }[] = [];
    for (const source of sources.slice(from, from + DEFAULT_BATCH_SIZE)) {
      try {
        batch.push({ source, input: describedInput(source, await readSource(source, opts.maxBytes, opts.timeout)) });
      } catch (error) {
        if (!(error instanceof VeilleError)) throw error;
        fail(source, error);
      }
    }
    const results = await analyzeMany(
      batch.map((b) => b.input),
      analyzeOptions(opts),
    );
    results.forEach((result, i) => {
      const source = batch[i]!.source;
      if (!result.ok) fail(source, result.error);
      else process.stdout.write(opts.format === "json" ? `${JSON.stringify(result.analysis)}\n` : `== ${source}\n${formatText(result.analysis)}\n`);
    });
  }
  return failed ? EXIT.input : EXIT.ok;
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version exit through here with code 0; commander already printed the message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof VeilleError) {
    process.stderr.write(`veille: ${error.message}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.code === "BAD_OPTION" ? EXIT.usage : EXIT.input;
  }
  process.stderr.write(`veille: internal error: ${(error as Error)?.message ?? String(error)}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug) process.stderr.write(`${(error as Error)?.stack}\n`);
  return EXIT.input;
}



function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
