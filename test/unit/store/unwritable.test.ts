import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/backend/store/store-error';
import { readOnlyOpeningReason, savingStoppedReason, unwritableCause } from '../../../electron/backend/store/unwritable';

const fsError = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}`), { code });

describe('telling why a folder cannot be written', () => {
  it('finds the disk-full or read-only cause behind the store’s own error', () => {
    const wrapped = new StoreError('io', 'The data folder could not be opened.', { cause: fsError('ENOSPC', 'no space left on device, write') });
    expect(unwritableCause(wrapped)).toEqual({ kind: 'disk_full', code: 'ENOSPC' });
    expect(unwritableCause(fsError('EDQUOT', 'disk quota exceeded'))).toEqual({ kind: 'disk_full', code: 'EDQUOT' });
    expect(unwritableCause(fsError('EROFS', 'read-only file system, open'))).toEqual({ kind: 'read_only', code: 'EROFS' });
    expect(unwritableCause(fsError('EACCES', 'permission denied, open'))).toEqual({ kind: 'read_only', code: 'EACCES' });
    expect(unwritableCause(fsError('EPERM', 'operation not permitted, open'))).toEqual({ kind: 'read_only', code: 'EPERM' });
  });

  it('does not take other failures, or a store refusal’s own code, for an unwritable folder', () => {
    expect(unwritableCause(fsError('EIO', 'i/o error'))).toBeUndefined();
    expect(unwritableCause(new StoreError('locked', 'This data folder is in use by Minute Book on another computer.'))).toBeUndefined();
    expect(unwritableCause(new Error('The journal is not open'))).toBeUndefined();
  });

  it('says in plain words that a full disk opened read-only, and what to do', () => {
    expect(readOnlyOpeningReason({ kind: 'disk_full', code: 'ENOSPC' }, '/home/clerk/Minute Book')).toBe(
      'The disk holding /home/clerk/Minute Book is full, so it is open read-only: you can read, search, print and ' +
        'export, but not make changes. Free some space, then close Minute Book and open it again to make changes.',
    );
    expect(readOnlyOpeningReason({ kind: 'disk_full', code: 'EDQUOT' }, '/home/clerk/Minute Book')).toMatch(
      /^Your share of the disk holding \/home\/clerk\/Minute Book \(your quota\) is used up, so it is open read-only/,
    );
  });

  it('says in plain words that a folder can only be read, and how to make changes', () => {
    expect(readOnlyOpeningReason({ kind: 'read_only', code: 'EROFS' }, '/mnt/archive/board')).toBe(
      'This folder can only be read: /mnt/archive/board (the disk can only be read). You can read, search, print and ' +
        'export; to make changes, copy the folder to one you can write to and open the copy.',
    );
    expect(readOnlyOpeningReason({ kind: 'read_only', code: 'EACCES' }, '/srv/share')).toContain('(you do not have permission to change it)');
  });

  it('says why saving stopped while open, never asking the clerk to close and open again for a full disk', () => {
    const full = savingStoppedReason(new StoreError('io', 'x', { cause: fsError('ENOSPC', 'no space left on device') }), '/data');
    expect(full).toBe('The disk holding /data is full, so changes cannot be saved. Free some space and try again: everything already saved is kept.');
    expect(savingStoppedReason(fsError('EROFS', 'read-only file system'), '/data')).toBe(
      'The folder /data can no longer be changed (the disk can only be read), so changes cannot be saved. Everything ' +
        'already saved is kept. Make the folder writable again and try again, or close Minute Book and copy the folder ' +
        'to one you can write to.',
    );
    expect(savingStoppedReason(fsError('EIO', 'i/o error, write'), '/data')).toBe(
      'Saving to the data folder /data failed (EIO: i/o error, write), so changes cannot be saved. Everything already ' +
        'saved is kept; Minute Book tries again with your next change.',
    );
  });
});
