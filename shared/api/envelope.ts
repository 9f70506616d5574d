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

export type ApiError = {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where in the input the problem is, e.g. `parts.1.text`. */
  readonly path?: string;
};

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string): Envelope<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
