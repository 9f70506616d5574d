import fs from 'node:fs';
import path from 'node:path';
import type { Bundle } from '../../../shared/model';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { sequentialIds } from '../../../electron/backend/ids';
import { copyTree } from '../support/copy-tree';
import { caller } from '../support/call';
import { buildSignedMeeting, type SignedMeetingStore } from '../support/signed-meeting';
import { stepClock, type StepClock } from '../support/step-clock';

/** A store in use with a backup of everything in it: a signed meeting, its attachment, the next meeting. */
export type BackedUpStore = {
  readonly dir: string;
  readonly store: SignedMeetingStore;
  /** The whole content as the newest backup holds it. */
  readonly backedUp: Bundle;
  /** The folder of the newest backup. */
  readonly backupDir: string;
  /** The signed meeting's agenda, as the clerk sees it. */
  readonly signedItems: readonly string[];
};

export const openAt = (dataDir: string, clock: StepClock = stepClock('2025-09-01T09:00:00.000Z')): Backend =>
  openBackend({ dataDir, clock, ids: sequentialIds('after'), searchIndex: 'on-demand' });

export async function buildBackedUpStore(dir: string): Promise<BackedUpStore> {
  const clock = stepClock('2025-04-01T09:00:00.000Z');
  let backend = openBackend({ dataDir: dir, clock, ids: sequentialIds('d'), searchIndex: 'on-demand' });
  const store = await buildSignedMeeting(
    caller(() => backend),
    clock,
  );
  backend.close();
  clock.set('2025-08-01T09:00:00.000Z');
  backend = openBackend({ dataDir: dir, clock, ids: sequentialIds('d2'), searchIndex: 'on-demand' });
  try {
    const backup = backend.repository.backup('manual');
    const detail = await caller(() => backend)('meetings.get', { id: store.signedMeetingId });
    return { dir, store, backedUp: backend.repository.exportBundle(), backupDir: backup.path, signedItems: detail.items.map((i) => i.title) };
  } finally {
    backend.close();
  }
}

/**
 * A copy of the store as a crash would leave it while the journal holds changes made after the backup (three new
 * people), taken while the store is still open. The lock in it names this process but another
 * folder, so opening the copy takes it over as stale.
 */
export async function crashCopyWithJournal(template: BackedUpStore, into: string, scratch: string): Promise<void> {
  copyTree(template.dir, scratch);
  const clock = stepClock('2025-08-02T09:00:00.000Z');
  const backend = openAt(scratch, clock);
  try {
    const call = caller(() => backend);
    // New records only, so that everything the backup holds is still there, unchanged, whichever of them survive.
    for (const name of ['Priya Banerjee', 'Sam Okoro', 'Leah Morgan']) await call('people.create', { name, consentToBeNamed: true, kind: 'carer' });
    copyTree(scratch, into);
  } finally {
    backend.close();
  }
  const journal = fs.readFileSync(path.join(into, 'journal.jsonl'), 'utf8');
  if (journal.split('\n').length < 4) throw new Error(`the crash copy's journal holds ${journal.split('\n').length - 1} lines, not 3`);
}
