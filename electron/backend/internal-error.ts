import { fail, type ApiError, type Envelope } from '../../shared/api/envelope';

/**
 * What a caller is told when something fails that nothing foresaw: a fixed sentence. The error's own text can hold
 * paths, file contents or a record's words, so it goes to the log (the terminal or the app's log), never to the page.
 */
export const INTERNAL_MESSAGE = 'Minute Book could not do that: an unexpected error. The details are in the log.';

/** Logs an unexpected failure with what was being done (a method's name, a request's path) and all its details. */
export function logUnexpected(doing: string, error: unknown): void {
  console.error(`Minute Book: ${doing} failed with an unexpected error:`, error);
}

/** The `internal` error to answer with, once the details are logged. */
export function internalError(doing: string, error: unknown): ApiError {
  logUnexpected(doing, error);
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

/** As `internalError`, as an envelope. */
export const internalFailure = (doing: string, error: unknown): Envelope<never> => {
  const { code, message } = internalError(doing, error);
  return fail(code, message);
};
