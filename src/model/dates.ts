/** Whether a string is a publication date veille accepts: YYYY-MM-DD, or a full ISO 8601 timestamp. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
}
