/** How far into the input the sniffing looks. */
const SNIFF_CHARS = 1024;

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|header|h[1-6])[\s>/]/i;

/** Whether text or bytes look like an HTML page rather than plain text: it starts with markup. */
export function looksLikeHtml(input: string | Uint8Array, contentType?: string): boolean {
  if (contentType && /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) return true;
  let head = typeof input === "string" ? input.slice(0, SNIFF_CHARS) : Buffer.from(input.subarray(0, SNIFF_CHARS)).toString("latin1");
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  // A UTF-8 BOM read as latin-1.
  head = head.replace(/^\u00ef\u00bb\u00bf/, "");
  return HTML_START.test(head);
}
