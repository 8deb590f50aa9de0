import { readFile, stat } from "node:fs/promises";
import { fetchPage } from "../ingest/fetch.js";
import { VeilleError } from "../model/errors.js";

/** Input bytes with what is known of where they came from. */
export interface SourceBytes {
  bytes: Uint8Array;
  /** The URL the page was finally fetched from, for URL inputs. */
  url?: string;
  /** The HTTP Content-Type, for URL inputs. */
  contentType?: string;
}

/** Reads a file, a URL (fetched with a timeout and the same size cap), or standard input for "-". */
export async function readSource(source: string, maxBytes: number, timeoutMs?: number): Promise<SourceBytes> {
  if (/^https?:\/\//i.test(source)) {
    const page = await fetchPage(source, { maxBytes, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
    return { bytes: page.bytes, url: page.url, contentType: page.contentType };
  }
  return { bytes: source === "-" ? await readStdin(maxBytes) : await readFileCapped(source, maxBytes) };
}

/** Reads a file, refusing more than `maxBytes` without reading it at all. */
async function readFileCapped(source: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new VeilleError("READ_FAILED", `${source} is a directory`);
    size = info.size;
  } catch (error) {
    if (error instanceof VeilleError) throw error;
    throw new VeilleError("NOT_FOUND", source);
  }
  if (size > maxBytes) throw new VeilleError("TOO_LARGE", `${source} has ${size} bytes, limit ${maxBytes} (see --max-bytes)`);
  try {
    return await readFile(source);
  } catch (error) {
    throw new VeilleError("READ_FAILED", `${source}: ${(error as Error).message}`);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new VeilleError("TOO_LARGE", `standard input exceeds ${maxBytes} bytes (see --max-bytes)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
