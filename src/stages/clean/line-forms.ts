import { bmpRegExp } from "../segment/bmp-classes.js";

/** One line of the source, with the forms the matchers compare. */
export interface Line {
  /** The line as it will be kept. */
  readonly text: string;
  /** Bullets and framing stripped, accents folded, ’ as ', spaces collapsed; case kept. */
  readonly folded: string;
  /** `folded` lower-cased, numbers as "#", brackets dropped, trailing ":" dropped: the key of whole-line phrases. */
  readonly key: string;
  /** Number of whitespace-separated words, counted up to 61 (no rule reads further). */
  readonly words: number;
  readonly blank: boolean;
  /** The first word past any bullet or quote, folded and lower-cased; "" when the line opens with no letter. */
  readonly head: string;
}

// Bullets, arrows and framing that page chrome puts around its labels.
const DECORATION = "[\\s•·▪▫◦‣∙●○■□►▶▸▹→⇒>›»«\"“”*|#_~=+-]";
// Without the u flag (see bmp-classes): these run on every line that a rule reads.
const LEADING_DECORATION = bmpRegExp(`^(?:${DECORATION}|[–—](?=\\s*\\p{Lu}))+`);
const TRAILING_DECORATION = /[\s•·▪►▶▸→›»«"“”*|#_~=+>:-]+$/;
const MARKS = bmpRegExp("\\p{M}+", "g");
/** What folding changes: anything outside printable ASCII, a backquote, a run of spaces or an outer space. */
const FOLDABLE = /[^\x20-\x5f\x61-\x7e]|  |^ | $/;

/** Folds a string for phrase matching: no accents, ’ as ', single spaces, case kept. */
export function fold(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  return s
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}

/** The whole-line key of a phrase or a folded line: lower case, numbers as "#", brackets dropped. */
export function phraseKey(folded: string): string {
  let key = folded
    .toLowerCase()
    .replace(/[()[\]{}]/g, " ")
    .replace(/\d+(?:[.,\s]\d{3})*/g, "#")
    .replace(/\s*:\s*/g, ": ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:]+$/, "");
  // A final period is button text only on several words: "Non." or "Comment." alone is an answer.
  if (key.includes(" ")) key = key.replace(/\.+$/, "");
  return key;
}

/** Builds the forms of one line; the folded forms are computed on first use, as most lines are long prose no rule reads. */
export function makeLine(text: string): Line {
  return new SourceLine(text);
}

class SourceLine implements Line {
  readonly words: number;
  readonly blank: boolean;
  private foldedForm: string | undefined;
  private keyForm: string | undefined;
  private headForm: string | undefined;

  constructor(readonly text: string) {
    this.words = countWords(text, MAX_COUNTED_WORDS);
    this.blank = this.words === 0;
  }

  get folded(): string {
    this.foldedForm ??= this.blank ? "" : fold(this.text).replace(LEADING_DECORATION, "").replace(TRAILING_DECORATION, "");
    return this.foldedForm;
  }

  get key(): string {
    this.keyForm ??= phraseKey(this.folded);
    return this.keyForm;
  }

  get head(): string {
    this.headForm ??= firstWord(this.text);
    return this.headForm;
  }
}

const FIRST_WORD = /^[\s•·▪▫◦‣∙●○■□►▶▸▹→⇒>›»«"“”*|#_~=+–—-]*(\p{L}[\p{L}\p{M}'’]*)?/u;

/** The first word of a line or phrase past bullets and quotes, folded and lower-cased; "" when it opens with no letter. */
export function firstWord(s: string): string {
  const word = FIRST_WORD.exec(s)?.[1];
  return word === undefined ? "" : fold(word).toLowerCase();
}

/** No rule reads past this many words: longer lines (most prose) stop being counted there. */
const MAX_COUNTED_WORDS = 61;

function countWords(text: string, cap: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < cap; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether a line ends the way a sentence can: final punctuation or a closing quote. */
export function endsSentence(text: string): boolean {
  return /[.!?…:;»"”’)\]]\s*$/.test(text);
}

/** Whether a line opens with a lower-case letter, digit or opening punctuation: it continues the line above. */
export function opensAsContinuation(text: string): boolean {
  return /^\s*(?:\p{Ll}|\d|[,;:)\]…])/u.test(text);
}

/** Whether a line is a list item: it opens with a bullet or a dash. */
export function isBulleted(text: string): boolean {
  return /^\s*(?:[•·▪▫◦‣∙●○■□►▶▸▹→⇒*]|[-–—]\s)/.test(text);
}
