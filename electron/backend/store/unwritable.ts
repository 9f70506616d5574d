import { describeIoError, errnoInChain, plainErrno } from './store-error';

/*
 * A folder that cannot be written: its disk is full (ENOSPC, EDQUOT), or the folder or its disk can only be read
 * (EROFS, EACCES, EPERM). At opening, the window and browser mode then open it read-only; while open, saving stops
 * until it works again. Either way the clerk is told which of the two it is, in these words.
 */

export type Unwritable = { readonly kind: 'disk_full' | 'read_only'; readonly code: string };

const KINDS: Readonly<Record<string, Unwritable['kind']>> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'read_only',
  EACCES: 'read_only',
  EPERM: 'read_only',
};

/** Whether an error (or the fs error it was caused by) means the folder cannot be written, and why. */
export function unwritableCause(error: unknown): Unwritable | undefined {
  const code = errnoInChain(error);
  const kind = code === undefined ? undefined : KINDS[code];
  return code === undefined || kind === undefined ? undefined : { kind, code };
}

function diskFull(code: string, dataDir: string): string {
  return code === 'EDQUOT' ? `Your share of the disk holding ${dataDir} (your quota) is used up` : `The disk holding ${dataDir} is full`;
}

/** The notice shown on every screen when a folder that cannot be written is opened read-only. */
export function readOnlyOpeningReason(why: Unwritable, dataDir: string): string {
  if (why.kind === 'disk_full') {
    return (
      `${diskFull(why.code, dataDir)}, so it is open read-only: you can read, search, print and export, but not ` +
      'make changes. Free some space, then close Minute Book and open it again to make changes.'
    );
  }
  return (
    `This folder can only be read: ${dataDir} (${plainErrno(why.code) ?? why.code}). You can read, search, print ` +
    'and export; to make changes, copy the folder to one you can write to and open the copy.'
  );
}

/**
 * Why saving stopped while the folder was open. Every change is refused with these words until saving works
 * again; the journal holds everything saved before, so nothing already saved is lost.
 */
export function savingStoppedReason(error: unknown, dataDir: string): string {
  const why = unwritableCause(error);
  if (why?.kind === 'disk_full') {
    return `${diskFull(why.code, dataDir)}, so changes cannot be saved. Free some space and try again: everything already saved is kept.`;
  }
  if (why?.kind === 'read_only') {
    return (
      `The folder ${dataDir} can no longer be changed (${plainErrno(why.code) ?? why.code}), so changes cannot be saved. ` +
      'Everything already saved is kept. Make the folder writable again and try again, or close Minute Book and copy ' +
      'the folder to one you can write to.'
    );
  }
  return (
    `Saving to the data folder ${dataDir} failed (${describeIoError(error)}), so changes cannot be saved. Everything ` +
    'already saved is kept; Minute Book tries again with your next change.'
  );
}
