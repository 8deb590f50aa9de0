import { AGENCIES as AGENCY } from "./brands.js";
import type { LineMatcher } from "./context.js";

const AGENCY_WORD = new RegExp(`\\b(?:${AGENCY})\\b`, "i");
// An agency on one side of a slash: "Evan Vucci/AP", "REUTERS/Kevin Lamarque" — not "(25/11/2019, AFP)".
const AGENCY_SLASH = new RegExp(`/\\s*(?:${AGENCY})\\b|\\b(?:${AGENCY})\\s*/`, "i");
// A line made only of agency names, "/" and "via": "Getty.", "AFP/Getty Images", "ASSOCIATED PRESS".
const AGENCIES_ONLY = new RegExp(`^(?:(?:${AGENCY})(?:\\s*(?:/|via|,|&)\\s*|\\s+|$))+$`, "i");
// "REUTERS/Kevin Lamarque", "Evan Vucci/AP", "AFP PHOTO / DON EMMERT".
const SLASH_CREDIT = new RegExp(`^(?:[^\\s/]+ ){0,4}[^\\s/]+\\s?/\\s?(?:[^\\s/]+ ?){1,5}$`, "u");
// A caption closed by a copyright credit: "Les grévistes devant l'usine. © Marc Dubreuil", "… © AFP".
const TRAILING_COPYRIGHT = /(?:^|\s)©\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+|\s*\/\s*|$)){1,5}$/u;
// A caption closed by a photo credit with a slash: "Les pompiers sur place. Photo Le Progrès/Jean Martin".
const TRAILING_PHOTO_CREDIT = /[.!?»”)]\s+(?:photos?|cr[ée]dits?(?: photo)?|photo credit)\s*:?\s+\p{Lu}[^.!?]{0,60}\/[^.!?]{1,40}$/iu;
// A bracketed credit closing a caption: "… (FABRICE COFFRINI/AFP/Getty Images.)", "(Photo: AP)".
const TRAILING_CREDIT = /\(([^()]{2,80})\)\.?$/;

/** Photo credits: "Photo : AFP", "© Reuters", "(Getty Images)", captions closed by a bracketed credit. */
export const matchCredit: LineMatcher = (line, ctx) => {
  if (line.words > 50) return null;
  if (ctx.vocabulary) {
    const text = line.folded;
    // Not on the title: "VIDÉO : Le ministre s'explique" heads many articles.
    if (line.words <= 12 && ctx.index !== ctx.first && (ctx.lexicons.credit?.test(text) || ctx.lexicons.credit?.test(bare(text)))) return "credit";
    if (line.words <= 6 && ctx.lexicons.creditAgency?.test(bare(text))) return "credit";
    if (line.words <= 8 && /^(?:©|\(c\)\s)/i.test(text)) return "credit";
    if (line.words <= 8 && AGENCIES_ONLY.test(bare(text))) return "credit";
  }
  // A photographer's name can open the line, so this one reads every short line with a slash.
  if (line.words <= 8 && line.text.includes("/")) {
    const credit = bare(line.folded);
    if (isSlashCredit(credit) && SLASH_CREDIT.test(credit) && !/[.!?]$/.test(credit)) return "credit";
  }
  if (ctx.index !== ctx.first && line.text.includes("©") && TRAILING_COPYRIGHT.test(line.text.trim())) return "credit";
  if (ctx.index !== ctx.first && line.words <= 50 && line.text.includes("/") && TRAILING_PHOTO_CREDIT.test(line.text.trim())) return "credit";
  // Datelines carry an agency in brackets too ("PARIS (AFP) -"), but never at the line's end with a "/" or "Photo" inside.
  const tail = line.text.includes(")") ? TRAILING_CREDIT.exec(line.text.trim()) : null;
  if (tail && ctx.index !== ctx.first && (isSlashCredit(tail[1]!) || (AGENCY_WORD.test(tail[1]!) && ctx.lexicons.credit?.test(tail[1]!)))) {
    return "credit";
  }
  return null;
};

// Dates and numbers mark a source reference ("25/11/2019, AFP"), never a photo credit.
function isSlashCredit(s: string): boolean {
  return AGENCY_SLASH.test(s) && !/\d/.test(s);
}

// "(Getty Images)." → "Getty Images"
function bare(folded: string): string {
  return folded.replace(/^\((.*)\)\.?$/, "$1").replace(/\.$/, "").trim();
}
