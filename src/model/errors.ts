/** Stable codes of the errors veille throws for input the user must fix. */
export const ERROR_MESSAGES = {
  EMPTY_INPUT: "the input is empty",
  BINARY_INPUT: "the input looks like a binary file, not text",
  TOO_LARGE: "the input is larger than the limit",
  NO_TEXT: "no article text is left after cleaning",
  UNSUPPORTED_LANGUAGE: "the language is not supported",
  BAD_OPTION: "invalid option",
  NOT_FOUND: "file not found",
  READ_FAILED: "could not read the input",
  TIMEOUT: "the analysis took longer than the limit",
  FETCH_FAILED: "could not fetch the page",
  OFFLINE: "could not reach the host (offline, or the name does not resolve)",
} as const;

/** One of the stable error codes. */
export type VeilleErrorCode = keyof typeof ERROR_MESSAGES;

/** An error in the input or its options, with a stable code and a one-line message. */
export class VeilleError extends Error {
  readonly code: VeilleErrorCode;
  constructor(code: VeilleErrorCode, detail?: string) {
    super(detail ? `${ERROR_MESSAGES[code]}: ${detail}` : ERROR_MESSAGES[code]);
    this.name = "VeilleError";
    this.code = code;
  }
}

/** A pipeline built with a stage whose required layers nobody assigns before it. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PipelineError";
  }
}
