import { InvalidArgumentError } from "commander";
import { isIsoDate } from "../model/dates.js";

/** Parses a positive whole number option ("--max-bytes 100"). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

/** Parses a date option (YYYY-MM-DD, or a full ISO 8601 timestamp). */
export function parseDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError("expected a date such as 2022-02-21");
  }
  return value;
}
