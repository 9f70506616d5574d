import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../electron/backend/backend';
import { harness, tempDir, type Harness } from '../../../support/temp-backend';

let h: Harness;
let elsewhere: string;
beforeEach(async () => {
  h = harness();
  elsewhere = tempDir('minute-book-second-folder-');
  // Something to back up beyond an empty store.
  await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 3 });
});
afterEach(() => {
  h.dispose();
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('backups through the contract', () => {
  it('lists the backups kept, newest first, with the folder, the policy and the settings', async () => {
    const overview = await h.call('backups.list', {});
    expect(overview.folder).toBe(path.join(h.dir, 'backups'));
    expect(overview.policy.length).toBeGreaterThan(0);
    for (const line of overview.policy) expect(line).toMatch(/^[A-Z].*\S$/);
    expect(overview.settings).toEqual({ budgetMb: 2048 });
    expect(overview.secondFolder).toBeUndefined();
    const times = overview.backups.map((b) => b.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(overview.totalBytes).toBeGreaterThanOrEqual(0);
  });

  it('makes a backup by hand and answers with it as the overview lists it', async () => {
    h.clock.set('2025-06-01T10:15:00.000Z');
    const made = await h.call('backups.create', {});
    expect(made).toMatchObject({ createdAt: '2025-06-01T10:15:00.000Z', reason: 'manual', secondCopy: false });
    expect(made.files).toBeGreaterThanOrEqual(1);
    expect(made.newBytes).toBeGreaterThanOrEqual(0);
    expect(['latest', 'hourly', 'daily', 'monthly', 'event']).toContain(made.keptFor);
    const overview = await h.call('backups.list', {});
    expect(overview.backups[0]).toEqual(made);
    expect(existsSync(path.join(overview.folder, made.name))).toBe(true);
  });

  it('copies each backup to the second folder once one is set, and says when it last did', async () => {
    const saved = await h.call('backups.updateSettings', { settings: { secondFolder: elsewhere, budgetMb: 500 } });
    expect(saved.settings).toEqual({ secondFolder: elsewhere, budgetMb: 500 });
    // This data folder's backups have a folder of their own inside the second folder.
    const mirror = saved.secondFolder?.path ?? '';
    expect(mirror.startsWith(elsewhere)).toBe(true);

    h.clock.set('2025-06-01T11:00:00.000Z');
    const made = await h.call('backups.create', {});
    expect(made.secondCopy).toBe(true);
    const overview = await h.call('backups.list', {});
    expect(overview.secondFolder).toMatchObject({ path: mirror, lastCopiedAt: '2025-06-01T11:00:00.000Z' });
    expect(overview.secondFolder?.problem).toBeUndefined();
    // Where the Backups screen's restore command points.
    expect(existsSync(path.join(mirror, made.name, 'manifest.json'))).toBe(true);
  });

  it('keeps the settings when the folder is opened again, and clears the second folder when it is left out', async () => {
    await h.call('backups.updateSettings', { settings: { secondFolder: elsewhere, budgetMb: 750 } });
    h.reopen();
    expect((await h.call('backups.list', {})).settings).toEqual({ secondFolder: elsewhere, budgetMb: 750 });
    const cleared = await h.call('backups.updateSettings', { settings: { budgetMb: 750 } });
    expect(cleared.settings).toEqual({ budgetMb: 750 });
    expect(cleared.secondFolder).toBeUndefined();
    expect((await h.call('backups.create', {})).secondCopy).toBe(false);
  });

  it('says in plain words why a backup could not reach the second folder, and still makes the backup', async () => {
    // A path that cannot take a backup, as a USB disk unplugged and its letter reused: here a file, not a folder
    // (a read-only folder would not do: the tests may run as root, which writes anywhere).
    const notAFolder = path.join(elsewhere, 'not-a-folder');
    writeFileSync(notAFolder, 'a file');
    await h.call('backups.updateSettings', { settings: { secondFolder: notAFolder, budgetMb: 2048 } });
    h.clock.set('2025-06-01T09:30:00.000Z');
    const made = await h.call('backups.create', {});
    expect(made.secondCopy).toBe(false);
    const overview = await h.call('backups.list', {});
    expect(overview.backups[0]?.name).toBe(made.name);
    expect(overview.secondFolder?.problem).toMatch(/\S/);
    expect(overview.secondFolder?.problem).toContain('it is not a folder');
    expect(overview.secondFolder?.problem).not.toMatch(/ENOTDIR|EACCES|errno|stack/i);
  });

  it('refuses settings the contract does not allow, naming the field', async () => {
    expect(await h.refusal('backups.updateSettings', { settings: { secondFolder: 'backups', budgetMb: 2048 } })).toMatchObject({
      code: 'invalid_input',
      path: 'settings.secondFolder',
      message: expect.stringContaining('Give the whole path of the folder') as unknown,
    });
    expect(await h.refusal('backups.updateSettings', { settings: { budgetMb: 10 } })).toMatchObject({
      code: 'invalid_input',
      path: 'settings.budgetMb',
      message: 'Allow at least 50 MB for backups.',
    });
  });
});

describe('backups of a folder opened read-only', () => {
  it('lists them, and refuses to make one or to change the settings', async () => {
    await h.call('backups.create', {});
    h.backend.close();
    const readOnly = openBackend({ dataDir: h.dir, readOnly: true });
    try {
      const listed = await readOnly.dispatch('backups.list', {});
      expect(listed.ok).toBe(true);
      if (listed.ok) expect((listed.value as { backups: unknown[] }).backups.length).toBeGreaterThan(0);
      for (const [method, input] of [
        ['backups.create', {}],
        ['backups.updateSettings', { settings: { budgetMb: 100 } }],
      ] as const) {
        const refused = await readOnly.dispatch(method, input);
        expect(refused.ok).toBe(false);
        if (!refused.ok) {
          expect(refused.error.code).toBe('read_only');
          expect(refused.error.message).toMatch(/read-only|can only be read/i);
        }
      }
    } finally {
      readOnly.close();
      h.reopen();
    }
  });
});
