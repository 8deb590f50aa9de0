import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { contractErrors } from "../helpers/contract.js";

// The CLI runs from dist/: `npm test` builds first.
const BIN = resolve(import.meta.dirname, "..", "..", "bin", "veille.js");
const EXAMPLE = resolve(import.meta.dirname, "..", "..", "examples", "fr-greve-port.txt");
const tmp = mkdtempSync(join(tmpdir(), "veille-cli-"));

function veille(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectOneLineError(result: ReturnType<typeof veille>, code: number, pattern: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("veille analyze", () => {
  it("prints a readable summary by default", () => {
    const result = veille(["analyze", EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/language fr · published 2023-03-14 \(inferred\)/);
    expect(result.stdout).toMatch(/Quantities \(\d+\)/);
  });

  it("prints the contract as JSON, reading standard input", () => {
    const result = veille(["analyze", "-", "--format", "json", "--dct", "2023-03-15"], readFileSync(EXAMPLE));
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(contractErrors(analysis)).toEqual([]);
    expect(analysis.doc).toMatchObject({ lang: "fr", dct: "2023-03-15", dctSource: "given" });
  });

  it("reads a windows-1252 file as the same text", () => {
    const path = join(tmp, "cp1252.txt");
    writeFileSync(path, iconv.encode(readFileSync(EXAMPLE, "utf8"), "windows-1252"));
    const result = veille(["analyze", path, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).doc.text).toContain("« Nous ne laisserons pas la direction supprimer 300 postes");
  });

  it("refuses an empty file", () => {
    const path = join(tmp, "empty.txt");
    writeFileSync(path, "");
    expectOneLineError(veille(["analyze", path]), 1, /^veille: the input is empty$/);
    expectOneLineError(veille(["analyze", "-"], "  \n\n "), 1, /^veille: the input is empty$/);
  });

  it("refuses a binary file", () => {
    const path = join(tmp, "image.png");
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectOneLineError(veille(["analyze", path]), 1, /binary/);
  });

  it("refuses a 50 MB file without reading it, and honours --max-bytes", () => {
    const path = join(tmp, "huge.txt");
    writeFileSync(path, "");
    truncateSync(path, 50 * 1024 * 1024);
    expectOneLineError(veille(["analyze", path]), 1, /larger than the limit: .*52428800 bytes, limit 5242880/);
    expectOneLineError(veille(["analyze", EXAMPLE, "--max-bytes", "100"]), 1, /larger than the limit/);
  });

  it("refuses a German article unless a language is forced", () => {
    const german = "Die Bundesregierung hat am Montag beschlossen, die Steuern für kleine Unternehmen zu senken. " +
      "„Wir wollen den Mittelstand entlasten“, sagte der Finanzminister in Berlin.";
    expectOneLineError(veille(["analyze", "-"], german), 1, /language is not supported: detected "de"/);
    expect(veille(["analyze", "-", "--lang", "en", "--format", "json"], german).code).toBe(0);
  });

  it("reports usage errors with exit code 2", () => {
    expect(veille(["analyze", EXAMPLE, "--format", "xml"]).code).toBe(2);
    expect(veille(["analyze", EXAMPLE, "--dct", "yesterday"]).code).toBe(2);
    expect(veille(["analyze"]).code).toBe(2);
    expect(veille(["frobnicate"]).code).toBe(2);
    expectOneLineError(veille(["analyze", join(tmp, "missing.txt")]), 1, /file not found/);
  });

  it("prints help and version", () => {
    expect(veille(["--help"]).stdout).toMatch(/analyze/);
    expect(veille(["analyze", "--help"]).stdout).toMatch(/--dct <date>/);
    expect(veille(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("analyses several sources together: one JSON line each, and a failed source named on stderr", () => {
    const english = resolve(import.meta.dirname, "..", "..", "examples", "en-council-vote.txt");
    const result = veille(["analyze", EXAMPLE, join(tmp, "missing.txt"), english, "--format", "json"]);
    expect(result.code).toBe(1);
    const analyses = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(analyses.map((a) => a.doc.lang)).toEqual(["fr", "en"]);
    for (const analysis of analyses) expect(contractErrors(analysis)).toEqual([]);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^veille: .*missing\.txt: file not found/)]);
  });
});
