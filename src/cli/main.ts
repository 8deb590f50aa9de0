import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { analyze, DEFAULT_MAX_BYTES } from "../analyze.js";
import { VeilleError } from "../model/errors.js";
import { registerExtract } from "./extract.js";
import { formatText } from "./format-text.js";
import { parseDate, parsePositiveInt } from "./parse-options.js";
import { readSource } from "./read-input.js";

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
    .description("analyse one article (plain text or a web page, by file or URL) and print a summary or the JSON contract")
    .argument("<source>", "a file path, an http(s) URL, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--dct <date>", "publication date, YYYY-MM-DD (default: read from a dateline, if any)", parseDate)
    .addOption(new Option("--lang <lang>", "language of the article").choices(["auto", "fr", "en"]).default("auto"))
    .option("--max-bytes <n>", "refuse inputs larger than this", parsePositiveInt, DEFAULT_MAX_BYTES)
    .option("--timeout <ms>", "stop a fetch or an analysis that runs longer than this many milliseconds", parsePositiveInt)
    .exitOverride()
    .action(async (source: string, opts: { format: "text" | "json"; dct?: string; lang: "auto" | "fr" | "en"; maxBytes: number; timeout?: number }) => {
      const input = await readSource(source, opts.maxBytes, opts.timeout);
      const analysis = await analyze(input.bytes, {
        lang: opts.lang,
        maxBytes: opts.maxBytes,
        ...(opts.dct ? { dct: opts.dct } : {}),
        ...(opts.timeout ? { timeoutMs: opts.timeout } : {}),
        ...(source !== "-" ? { id: source } : {}),
        ...(input.url ? { url: input.url } : {}),
        ...(input.contentType ? { contentType: input.contentType } : {}),
      });
      process.stdout.write(opts.format === "json" ? `${JSON.stringify(analysis, null, 2)}\n` : formatText(analysis));
    });
  registerExtract(program);
  return program;
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
