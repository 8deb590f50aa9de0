import chardet from "chardet";
import iconv from "iconv-lite";
import { VeilleError } from "../model/errors.js";

/** Decoded text and the encoding it came in. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes to text: a BOM wins, then strict UTF-8, then the encoding
 * chardet guesses (windows-1252 and latin-1 are what mis-saved French
 * comes in). Binary content is refused.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes.length === 0) throw new VeilleError("EMPTY_INPUT");
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };
  if (looksBinary(bytes)) throw new VeilleError("BINARY_INPUT");
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toLowerCase() };
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  const guess = chardet.detect(bytes.subarray(0, 64 * 1024));
  // chardet names latin-1 where windows-1252 is the superset that also maps 0x80–0x9f (’ “ ” € …).
  const encoding = !guess || /^(ISO-8859-1|windows-1252|ISO-8859-15)$/i.test(guess) || !iconv.encodingExists(guess) ? "windows-1252" : guess;
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding: encoding.toLowerCase() };
}

/** NUL bytes or many control characters: an image, an archive, an executable. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.05;
}
