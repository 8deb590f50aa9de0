#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import("../dist/cli/main.js").then(
  (cli) => cli.main(process.argv),
  (error) => {
    if (error && error.code === "ERR_MODULE_NOT_FOUND") {
      console.error("veille: dist/ is missing; run `npm run build` first");
    } else {
      console.error(`veille: ${error && error.message ? error.message : error}`);
    }
    process.exit(1);
  },
);
