import type { CleanLexicon } from "./types.js";
import { AGENCIES, NETWORKS } from "./brands.js";
import { firstWord, fold, phraseKey } from "./line-forms.js";

/** The lexicons of every candidate language, merged into lookup structures. */
export interface CompiledLexicons {
  /** First words of every phrase and head: a line opening with another word skips the vocabulary rules. */
  readonly firstWords: ReadonlySet<string>;
  readonly commentLines: ReadonlySet<string>;
  /** A comment word and a login word in one line, either order: "Vous devez être connecté pour commenter". */
  readonly commentLogin: RegExp | null;
  readonly shareLines: ReadonlySet<string>;
  readonly shareHeads: readonly string[];
  readonly subscribe: RegExp | null;
  readonly follow: RegExp | null;
  readonly readMoreHeads: readonly string[];
  readonly readMoreLines: ReadonlySet<string>;
  readonly credit: RegExp | null;
  /** A credit head then agencies only: "PHOTO AFP", "Photo Reuters/AP". */
  readonly creditAgency: RegExp | null;
  readonly footerPhrase: RegExp | null;
  readonly footerHeads: readonly string[];
  readonly contributorHeads: readonly string[];
  readonly footerTail: RegExp | null;
  readonly footerLines: ReadonlySet<string>;
  readonly noteHeads: readonly string[];
  readonly media: RegExp | null;
  readonly networkLine: RegExp;
  readonly byline: RegExp | null;
  readonly uiLines: ReadonlySet<string>;
  readonly uiHeads: readonly string[];
  /** A publication stamp: a head, then a date or a time ("Publié le 12/03/2025 à 14h05", "Updated 3:05 PM"). */
  readonly timestamp: RegExp | null;
  /** One dangling-word set per lexicon, in the order given. */
  readonly dangling: readonly ReadonlySet<string>[];
}

// Callers build a fresh array per document, so the cache compares the lexicons, not the array.
const cache: { lexicons: readonly CleanLexicon[]; compiled: CompiledLexicons }[] = [];
const CACHE_SIZE = 8;

/** Compiles (once per combination of lexicons) the phrase sets and patterns of the clean stage. */
export function compileLexicons(lexicons: readonly CleanLexicon[]): CompiledLexicons {
  const hit = cache.find((c) => c.lexicons.length === lexicons.length && c.lexicons.every((l, i) => l === lexicons[i]));
  if (hit) return hit.compiled;
  const compiled = compile(lexicons);
  cache.unshift({ lexicons: [...lexicons], compiled });
  if (cache.length > CACHE_SIZE) cache.pop();
  return compiled;
}

function compile(lexicons: readonly CleanLexicon[]): CompiledLexicons {
  const all = (pick: (l: CleanLexicon) => readonly string[]) => lexicons.flatMap(pick);
  const keys = (pick: (l: CleanLexicon) => readonly string[]) => new Set(all(pick).map((p) => phraseKey(fold(p))));
  // Heads are compared against the lower-cased folded line, longest first so "a lire aussi" wins over "lire".
  const heads = (pick: (l: CleanLexicon) => readonly string[]) =>
    [...new Set(all(pick).map((p) => fold(p).toLowerCase()))].sort((a, b) => b.length - a.length);

  // These run on the raw line, anywhere in it, so they accept accented and folded spellings alike.
  const subscribeVerbs = looseAlternation(all((l) => l.subscribeVerbs));
  const subscribeNouns = looseAlternation(all((l) => l.subscribeNouns));
  const footerPhrases = looseAlternation(all((l) => l.footerPhrases));
  const footerTails = looseAlternation(all((l) => l.footerTails));
  const followVerbs = alternation(all((l) => l.followVerbs));
  const creditHeads = alternation(all((l) => l.creditHeads));
  // Bylines are told from prose by the capitals of the name, so their pattern is case-sensitive.
  const bylineHeads = alternation(all((l) => l.bylineHeads).flatMap((h) => [capitalise(h), h.toUpperCase()]), false);
  const mediaVerbs = alternation(all((l) => l.mediaVerbs));
  const commentWords = looseAlternation(all((l) => l.commentWords));
  const loginWords = looseAlternation(all((l) => l.loginWords));
  const mediaPlaces = alternation(all((l) => l.mediaPlaces));
  const timestampHeads = alternation(all((l) => l.timestampHeads));
  const NAME = "\\p{Lu}[\\p{L}'.-]*";

  const vocabulary = [
    ...all((l) => [
      ...l.commentLines, ...l.shareLines, ...l.shareHeads, ...l.followVerbs, ...l.readMoreHeads, ...l.readMoreLines,
      ...l.creditHeads, ...l.footerHeads, ...l.contributorHeads, ...l.noteHeads, ...l.footerLines, ...l.bylineHeads,
      ...l.mediaVerbs, ...l.uiLines, ...l.uiHeads, ...l.timestampHeads,
    ]),
    ...AGENCIES.split("|"),
    ...NETWORKS.split("|"),
    "copyright",
  ];

  return {
    firstWords: new Set(vocabulary.map(firstWord)),
    commentLines: keys((l) => l.commentLines),
    commentLogin:
      commentWords && loginWords
        ? new RegExp(
            `(?<!\\p{L})(?:(?:${commentWords})(?!\\p{L}).*(?<!\\p{L})(?:${loginWords})|(?:${loginWords})(?!\\p{L}).*(?<!\\p{L})(?:${commentWords}))(?!\\p{L})`,
            "iu",
          )
        : null,
    shareLines: keys((l) => l.shareLines),
    shareHeads: heads((l) => l.shareHeads),
    // The imperative opens the line or a clause: "Sign up for our newsletter", "For more, sign up for…".
    subscribe:
      subscribeVerbs && subscribeNouns
        ? new RegExp(`(?:^[^\\p{L}\\d]*|[.!?,:;]\\s+)(?:${subscribeVerbs})(?!\\p{L})[^.!?]*(?<!\\p{L})(?:${subscribeNouns})(?!\\p{L})`, "iu")
        : null,
    follow: followVerbs
      ? new RegExp(`^(?:${followVerbs})\\b.{0,80}?(?:\\b(?:on|sur|at|via)\\s+(?:${NETWORKS})\\b|@\\w+|https?:\\/\\/)`, "i")
      : null,
    readMoreHeads: heads((l) => l.readMoreHeads),
    readMoreLines: keys((l) => l.readMoreLines),
    // "Photo : AFP", "Crédit photo © Jean Dupont", "Photo credit: Reuters/John Smith".
    credit: creditHeads ? new RegExp(`^(?:${creditHeads})s?\\s*(?::|/|©|\\||,)`, "i") : null,
    creditAgency: creditHeads ? new RegExp(`^(?:${creditHeads})s?\\s+(?:(?:${AGENCIES})(?:\\s*(?:/|,|&|and|et)\\s*|\\s+|$))+$`, "i") : null,
    footerPhrase: footerPhrases ? new RegExp(`(?<!\\p{L})(?:${footerPhrases})(?!\\p{L})`, "iu") : null,
    footerHeads: heads((l) => l.footerHeads),
    contributorHeads: heads((l) => l.contributorHeads),
    footerTail: footerTails ? new RegExp(`(?<!\\p{L})(?:${footerTails})[\\s.)]*$`, "iu") : null,
    footerLines: keys((l) => l.footerLines),
    noteHeads: heads((l) => l.noteHeads),
    // "Watch the full interview below:", "Regardez la vidéo ci-dessous".
    media:
      mediaVerbs && mediaPlaces
        ? new RegExp(`^(?:${mediaVerbs})\\b[^.!?]{0,120}\\b(?:${mediaPlaces})\\s*[:.]?$`, "i")
        : null,
    // A lone network name is a share button: "FACEBOOK", "Twitter".
    networkLine: new RegExp(`^(?:${NETWORKS.replace("x|", "")})\\.?$`, "i"),
    // "Par Jeanne Dupont", "By JOHN SMITH and Ann Lee, Associated Press".
    byline: bylineHeads
      ? new RegExp(
          `^(?:${bylineHeads})(?: ?:)? ${NAME}(?: (?:${NAME}|de|du|des|d'|van|von|der|da|di|le|la|et|and|&)|, ${NAME})*$`,
          "u",
        )
      : null,
    uiLines: keys((l) => l.uiLines),
    uiHeads: heads((l) => l.uiHeads),
    timestamp: timestampHeads ? new RegExp(`^(?:${timestampHeads})\\b\\s*:?\\s*(?:[\\p{L}\\d]+\\s+){0,3}(?:\\d{1,2}[/.:h-]\\d{1,2}|\\d{4})`, "iu") : null,
    dangling: lexicons.map((l) => l.danglingWords),
  };
}

function alternation(phrases: readonly string[], lowerCase = true): string | null {
  const unique = [...new Set(phrases.map((p) => (lowerCase ? fold(p).toLowerCase() : fold(p))))].sort((a, b) => b.length - a.length);
  return unique.length === 0 ? null : unique.map(escape).join("|");
}

// Both spellings of each phrase, with any apostrophe and any run of spaces.
function looseAlternation(phrases: readonly string[]): string | null {
  const forms = new Set(phrases.flatMap((p) => [p.toLowerCase().replace(/[’ʼ]/g, "'"), fold(p).toLowerCase()]));
  if (forms.size === 0) return null;
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => escape(f).replace(/'/g, "['’ʼ]").replace(/\\s\+/g, "[\\s\\u00A0\\u202F]+"))
    .join("|");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
