import type { QuotesLexicon } from "./types.js";
import { indexOfWord, wordIndex, type WordIndex } from "./word-index.js";

/** A lexicon's reporting-verb forms and the `[lemma, tags]` reading of each. */
export interface VerbTable {
  forms: WordIndex;
  readings: [string, string][];
}

// Parsed once per lexicon: the generated table is a plain object of "lemma:tags" strings.
const TABLES = new WeakMap<QuotesLexicon, VerbTable>();
// The lexicon of the last call: documents come one lexicon after another.
let lastLex: QuotesLexicon | null = null;
let lastTable: VerbTable | null = null;

/** The verb table of a lexicon. */
export function verbTable(lex: QuotesLexicon): VerbTable {
  if (lex === lastLex) return lastTable!;
  let table = TABLES.get(lex);
  if (!table) {
    const entries = Object.entries(lex.verbForms);
    table = {
      forms: wordIndex(entries.map(([form]) => form)),
      readings: entries.map(([, entry]) => {
        const colon = entry.indexOf(":");
        return [entry.slice(0, colon), entry.slice(colon + 1)];
      }),
    };
    TABLES.set(lex, table);
  }
  lastLex = lex;
  lastTable = table;
  return table;
}

/** The index of a lower-cased form's reading, or -1. */
export function readingIndex(table: VerbTable, form: string): number {
  return indexOfWord(table.forms, form);
}
