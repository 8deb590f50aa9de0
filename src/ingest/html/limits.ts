/** Default size cap of one page: 10 MB, above any real article page. */
export const DEFAULT_MAX_HTML_BYTES = 10 * 1024 * 1024;
