import type { ApiError, ErrorCode } from '../../../shared/api/envelope';

/** Thrown by the client when the backend answers `{ ok: false }`: the screen shows `message`, code decides. */
export class ApiCallError extends Error {
  readonly method: string;
  readonly apiError: ApiError;

  constructor(method: string, apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
    this.method = method;
    this.apiError = apiError;
  }

  get code(): ErrorCode {
    return this.apiError.code;
  }
}

/** Anything thrown on the way to the backend, as an ApiCallError, so screens handle one kind of failure. */
export function toApiCallError(method: string, thrown: unknown): ApiCallError {
  if (thrown instanceof ApiCallError) return thrown;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new ApiCallError(method, { code: 'internal', message: `Minute Book could not complete the request: ${detail}` });
}
