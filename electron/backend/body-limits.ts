/*
 * How large a browser-mode request body may be, by method. Every call but two carries a form's worth of JSON:
 * the largest legitimate one is a board's logo (at most 700 KB as base64) or a long minute, both under 1 MB.
 * Files sent to the backend travel as base64 inside JSON (files it makes go back as downloads: made-files.ts), so
 * the two methods that carry them (an attachment, a data bundle to import) may send up to 64 MB. A body is held in memory while it is read, so a small limit for the rest keeps one
 * oversized call from taking the server's memory.
 */

export const MB = 1024 * 1024;

export type BodyLimits = {
  /** For every method that carries no file. */
  readonly normal: number;
  /** For the methods in `LARGE_BODY_METHODS`. */
  readonly large: number;
};

export const DEFAULT_BODY_LIMITS: BodyLimits = { normal: 1 * MB, large: 64 * MB };

/** The methods that carry files: an attachment's bytes, or a whole bundle with its attachments. */
export const LARGE_BODY_METHODS: ReadonlySet<string> = new Set(['attachments.add', 'data.import']);

export function bodyLimitFor(method: string, limits: BodyLimits = DEFAULT_BODY_LIMITS): number {
  return LARGE_BODY_METHODS.has(method) ? limits.large : limits.normal;
}

/** "1 MB", "64 MB", "512 KB": how a refusal names the limit. */
export function sizeWords(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
