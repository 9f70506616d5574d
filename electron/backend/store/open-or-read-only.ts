import { statSync } from 'node:fs';
import { layoutOf } from './layout';
import { openStore, type OpenStoreOptions } from './open-store';
import type { Repository } from './repository-types';
import { isStoreError } from './store-error';
import { readOnlyOpeningReason, unwritableCause } from './unwritable';

export type OpenedStore = {
  readonly repository: Repository;
  /** Set when the folder could not be written and was opened read-only instead: the clerk's notice. */
  readonly readOnlyReason: string | undefined;
};

/**
 * For the window and browser mode: opens the folder to write or, where it cannot be written (its disk is full, or
 * the folder or its disk can only be read), read-only with the reason, so the record can still be read, searched,
 * printed and exported. Anything else (another copy holding the lock, a newer format, damage no backup mends) is
 * thrown as it is: a folder in use elsewhere is not opened read-only, as it would show a copy going out of date
 * while the other copy changes it.
 */
export function openStoreOrReadOnly(options: Omit<OpenStoreOptions, 'readOnly' | 'readOnlyReason'>): OpenedStore {
  try {
    return { repository: openStore(options), readOnlyReason: undefined };
  } catch (error) {
    const why = isStoreError(error) && error.code === 'locked' ? undefined : unwritableCause(error);
    // A folder that is not there could not be made: an empty read-only store would only mislead.
    if (why === undefined || !isFolder(options.dataDir)) throw error;
    const readOnlyReason = readOnlyOpeningReason(why, layoutOf(options.dataDir).dataDir);
    return { repository: openStore({ ...options, readOnly: true, readOnlyReason }), readOnlyReason };
  }
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
