import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { analyze, DEFAULT_MAX_BYTES } from "../analyze.js";
import { VeilleError } from "../model/errors.js";
import { formatText } from "./format-text.js";
import { readInput } from "./read-input.js";

/** Exit codes: success, bad input, bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

class UsageError extends Error {}

/** Runs the `veille` command line; resolves to nothing and sets `process.exitCode`. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  let debug = argv.includes("--debug");
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
    .description("analyse one article (plain text, UTF-8 or windows-1252) and print a summary or the JSON contract")
    .argument("<file>", "a file path, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--dct <date>", "publication date, YYYY-MM-DD (default: read from a dateline, if any)", parseDate)
    .addOption(new Option("--lang <lang>", "language of the article").choices(["auto", "fr", "en"]).default("auto"))
    .option("--max-bytes <n>", "refuse inputs larger than this", parsePositiveInt, DEFAULT_MAX_BYTES)
    .option("--timeout <ms>", "stop an analysis that runs longer than this many milliseconds", parsePositiveInt)
    .exitOverride()
    .action(async (file: string, opts: { format: "text" | "json"; dct?: string; lang: "auto" | "fr" | "en"; maxBytes: number; timeout?: number }) => {
      const bytes = await readInput(file, opts.maxBytes);
      const analysis = await analyze(bytes, {
        lang: opts.lang,
        maxBytes: opts.maxBytes,
        ...(opts.dct ? { dct: opts.dct } : {}),
        ...(opts.timeout ? { timeoutMs: opts.timeout } : {}),
        ...(file !== "-" ? { id: file } : {}),
      });
      process.stdout.write(opts.format === "json" ? `${JSON.stringify(analysis, null, 2)}\n` : formatText(analysis));
    });
  return program;
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version exit through here with code 0; commander already printed the message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`veille: ${error.message}\n`);
    return EXIT.usage;
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

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
    throw new InvalidArgumentError("expected a date such as 2022-02-21");
  }
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
