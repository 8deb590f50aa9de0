import { CLEAN as EN } from "../../src/locales/en/clean.js";
import { CLEAN as FR } from "../../src/locales/fr/clean.js";
import { cleanText, type CleanResult } from "../../src/stages/clean/index.js";

/** Cleans with every locale's lexicon, as analyze() does. */
export function clean(raw: string): CleanResult {
  return cleanText(raw, [FR, EN]);
}

/** The reasons given for each removed line, keyed by the line. */
export function reasons(raw: string): Record<string, string> {
  return Object.fromEntries(clean(raw).removed.map((r) => [r.text.trim(), r.reason]));
}

/** A short article around `inner` lines, blank-separated, so rules see a realistic context. */
export function article(...inner: string[]): string {
  return [
    "Un titre d'article sans point final",
    "Le premier paragraphe raconte les faits, avec une phrase complète.",
    ...inner,
    "Le dernier paragraphe conclut l'article proprement.",
  ].join("\n\n");
}

/** The same in English. */
export function articleEn(...inner: string[]): string {
  return [
    "A headline with no final stop",
    "The first paragraph tells what happened, in a full sentence.",
    ...inner,
    "The last paragraph closes the story properly.",
  ].join("\n\n");
}
