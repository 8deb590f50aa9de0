import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

/** Path of the shared folder beside the checkout (CI clones it there). */
export const SHARED = process.env.VEILLE_SHARED ?? resolve(import.meta.dirname, "..", "..", "..", "shared");

const schema = JSON.parse(readFileSync(resolve(SHARED, "contract", "analysis.schema.json"), "utf8")) as object;
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

/** Schema errors of an analysis against `veille.analysis/1` (empty when valid). */
export function contractErrors(analysis: unknown): string[] {
  return validate(analysis) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** Every object with start, end and text inside a value, with where it was found. */
export function spansWithText(value: unknown, path = ""): { path: string; start: number; end: number; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spansWithText(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string"
    ? [{ path, start: o.start, end: o.end, text: o.text }]
    : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => spansWithText(v, `${path}.${k}`))];
}

/** Spans whose text is not the slice of the document text they point at. */
export function offsetErrors(analysis: { doc: { text: string } } & Record<string, unknown>): string[] {
  const text = analysis.doc.text;
  return ["sentences", "entities", "quotes", "times", "quantities", "events"]
    .flatMap((key) => spansWithText(analysis[key], key))
    .filter((s) => text.slice(s.start, s.end) !== s.text)
    .map((s) => `${s.path}: ${JSON.stringify(s.text)} ≠ ${JSON.stringify(text.slice(s.start, s.end))}`);
}
