// The contract's validator, compiled once.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { requireShared } from "./shared.mjs";

let validate;

/** Returns a list of schema errors (empty when the analysis fits the contract). */
export function schemaErrors(analysis) {
  if (!validate) {
    const schema = JSON.parse(readFileSync(requireShared("contract", "analysis.schema.json"), "utf8"));
    validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
  }
  return validate(analysis) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}
