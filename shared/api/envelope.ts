/** The few, stable error codes. A clerk sees the message; a test asserts the code. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'locked',
  'invalid_transition',
  'io_error',
  'unauthorised',
  'forbidden',
  'read_only',
  'unknown_method',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One of several problems with an input, at its path. */
export type ApiIssue = { readonly path: string; readonly message: string };

export type ApiError = {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where in the input the problem is, e.g. `parts.1.text`. */
  readonly path?: string;
  /** Every problem, each at its path, when there is more than one thing to put right (the first is `path`). */
  readonly issues?: readonly ApiIssue[];
};

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string, issues?: readonly ApiIssue[]): Envelope<never> => ({
  ok: false,
  error: { code, message, ...(path === undefined ? {} : { path }), ...(issues === undefined || issues.length < 2 ? {} : { issues }) },
});
