import { decodeBytes, type DecodedText } from "../decode.js";

/** How far into a page a `<meta charset>` may sit, as in the HTML spec's prescan. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes an HTML page: a BOM wins, then `<meta charset>`, then the HTTP
 * header's charset, then strict UTF-8 and detection (in {@link decodeBytes}).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedText {
  const declared = metaCharset(bytes) ?? headerCharset(contentType);
  return decodeBytes(bytes, declared && normaliseCharset(declared));
}

/** The charset a page declares in its head, read as ASCII. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  return META_CHARSET.exec(head)?.[1];
}

function headerCharset(contentType: string | undefined): string | undefined {
  return contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
}

// Browsers decode pages labelled latin-1 or ASCII as windows-1252 (WHATWG
// Encoding): the 0x80–0x9f range holds ’ “ ” € … on such pages.
function normaliseCharset(label: string): string {
  const l = label.toLowerCase();
  if (/^(iso-?8859-1|latin-?1|l1|us-ascii|ascii|cp1252|iso_8859-1)$/.test(l)) return "windows-1252";
  return l;
}
