/** Why the store refused or failed. A clerk reads the message; callers and tests branch on the code. */
export type StoreErrorCode = 'locked' | 'future_version' | 'unreadable' | 'invalid_record' | 'io' | 'read_only';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;

/** The errno code of a Node fs error, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { readonly code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Plain words for an fs error, without the stack. */
export function describeIoError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
