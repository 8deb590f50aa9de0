import { readFile, stat } from "node:fs/promises";
import { VeilleError } from "../model/errors.js";

/** Reads a file, or standard input for "-", refusing more than `maxBytes` without reading it all. */
export async function readInput(source: string, maxBytes: number): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(source)) {
    throw new VeilleError("READ_FAILED", "fetching URLs is not supported yet; save the page and pass the file");
  }
  if (source === "-") return readStdin(maxBytes);
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
