import { VeilleError } from "../model/errors.js";

/** Options of {@link fetchPage}. */
export interface FetchOptions {
  /** Give up after this many milliseconds in all (default 15 s). */
  timeoutMs?: number;
  /** Refuse bodies larger than this, counted while streaming (default 10 MB). */
  maxBytes?: number;
  /** Follow at most this many redirects (default 5). */
  maxRedirects?: number;
}

/** A fetched page: its bytes, the URL it was finally read from, and its Content-Type. */
export interface FetchedPage {
  bytes: Uint8Array;
  url: string;
  contentType: string;
}

const USER_AGENT = "veille (+https://github.com/veille; news analysis)";
/** Types we read: HTML and plain text. Anything else (images, PDF, archives) is refused before its body is read. */
const ACCEPTED_TYPE = /^(?:text\/(?:html|plain)|application\/(?:xhtml\+xml|xml)|text\/xml)\b/i;
/** Errors of the network layer that mean the host cannot be reached at all. */
const UNREACHABLE = /ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ENETDOWN/;

/**
 * Fetches a web page with Node's fetch: an overall timeout, a size cap
 * while streaming, manual redirects up to a limit, and a content-type check.
 * Every failure is a one-line VeilleError.
 */
export async function fetchPage(url: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = checkUrl(url);
    for (let hop = 0; ; hop++) {
      const response = await request(current, controller.signal, timeoutMs);
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new VeilleError("FETCH_FAILED", `${url}: more than ${maxRedirects} redirects`);
        current = checkUrl(new URL(response.headers.get("location")!, current).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new VeilleError("FETCH_FAILED", `${current}: HTTP ${response.status}`);
      }
      const contentType = response.headers.get("content-type") ?? "";
      if (contentType && !ACCEPTED_TYPE.test(contentType)) {
        await response.body?.cancel();
        throw new VeilleError("BINARY_INPUT", `${current} is ${contentType.split(";")[0]}, not a web page`);
      }
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new VeilleError("TOO_LARGE", `${current} has ${declared} bytes, limit ${maxBytes}`);
      }
      const bytes = await readCapped(response, maxBytes, current, controller.signal, timeoutMs);
      return { bytes, url: current, contentType };
    }
  } finally {
    clearTimeout(timer);
  }
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new VeilleError("BAD_OPTION", `not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new VeilleError("BAD_OPTION", `only http and https URLs are fetched: ${url}`);
  return parsed.href;
}

async function request(url: string, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { redirect: "manual", signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,text/plain;q=0.8" } });
  } catch (error) {
    throw networkError(error, url, signal, timeoutMs);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw new VeilleError("TOO_LARGE", `${url} is larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof VeilleError) throw error;
    throw networkError(error, url, signal, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function networkError(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): VeilleError {
  if (signal.aborted) return new VeilleError("TIMEOUT", `${url}: no complete answer within ${timeoutMs} ms`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = `${cause?.code ?? ""} ${cause?.message ?? (error as Error).message}`;
  if (UNREACHABLE.test(detail)) return new VeilleError("OFFLINE", `${new URL(url).host} (${cause?.code ?? "unreachable"})`);
  return new VeilleError("FETCH_FAILED", `${url}: ${cause?.message ?? (error as Error).message}`);
}
