// Paths to ../shared, read in place: evals and benchmarks never copy it into the repo.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHARED = process.env.VEILLE_SHARED ?? resolve(ROOT, "..", "shared");

/** Fails with one clear line when ../shared is not beside the checkout. */
export function requireShared(...parts) {
  const path = join(SHARED, ...parts);
  if (!existsSync(path)) {
    console.error(`missing ${path}: clone veille next to the shared/ folder, or set VEILLE_SHARED`);
    process.exit(1);
  }
  return path;
}
