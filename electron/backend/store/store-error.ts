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

/** The first errno code on an error or on the errors it was caused by (a StoreError keeps the fs error as its cause). */
export function errnoInChain(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth += 1) {
    // A StoreError has a code too ('io', 'locked'): only an fs error's (ENOSPC, EROFS, ...) is wanted here.
    const code = errnoCode(current);
    if (code !== undefined && /^E[A-Z0-9]+$/.test(code)) return code;
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}

const PLAIN_ERRNO: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your share of the disk (its quota) is used up',
  EROFS: 'the disk can only be read',
  EACCES: 'you do not have permission to change it',
  EPERM: 'you do not have permission to change it',
};

/** Plain words for the errno codes that stop a folder being written; undefined for any other. */
export const plainErrno = (code: string | undefined): string | undefined => (code === undefined ? undefined : PLAIN_ERRNO[code]);
