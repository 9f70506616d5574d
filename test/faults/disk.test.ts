import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { sequentialIds } from '../../electron/backend/ids';
import { caller } from './support/call';
import { bundleChild } from './support/child-bundle';
import { copyTree } from './support/copy-tree';
import { runChild } from './support/run-child';
import { buildSignedMeeting, type SignedMeetingStore } from './support/signed-meeting';
import { stepClock } from './support/step-clock';
import { fillDisk, mountTmpfs, remount, tmpfsUnavailable, unmount } from './support/tmpfs';
import { openingReport, type OpeningReport } from './disk/opening-report';

/*
 * A full disk and a folder that can only be read: a small tmpfs filled up while a store is open, a folder read-only
 * to a user who is not its owner, and a file system remounted read-only. Mounting needs root; where the machine
 * does not allow it the tests say why and are skipped.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-faults-disk-'));
const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) unmount(dir);
  fs.rmSync(root, { recursive: true, force: true });
});

const noTmpfs = tmpfsUnavailable(path.join(root, 'probe'));
const noOtherUser =
  process.getuid?.() !== 0
    ? 'running as another user needs root'
    : fs.existsSync('/usr/bin/setpriv')
      ? undefined
      : 'setpriv (util-linux) is not installed';
if (noTmpfs !== undefined) console.log(`disk full and read-only file system tests skipped: ${noTmpfs}`);
if (noOtherUser !== undefined) console.log(`read-only folder test skipped: ${noOtherUser}`);

function tmpfs(name: string, sizeKb: number): string {
  const dir = path.join(root, name);
  const why = mountTmpfs(dir, sizeKb);
  if (why !== undefined) throw new Error(why);
  mounts.push(dir);
  return dir;
}

const open = (dataDir: string, ids = sequentialIds('x')): Backend =>
  openBackend({ dataDir, clock: stepClock('2025-09-01T09:00:00.000Z'), ids, searchIndex: 'on-demand' });

async function signedMeetingStore(dataDir: string): Promise<SignedMeetingStore> {
  const clock = stepClock('2025-04-01T09:00:00.000Z');
  const backend = openBackend({ dataDir, clock, ids: sequentialIds('d'), searchIndex: 'on-demand' });
  try {
    return await buildSignedMeeting(
      caller(() => backend),
      clock,
    );
  } finally {
    backend.close();
  }
}

/** A person whose record is a few hundred bytes, so the journal soon needs more room. */
const carer = (n: number): { name: string; consentToBeNamed: boolean; kind: 'carer'; organisation: string; jobTitle: string } => ({
  name: `Carer number ${n}`,
  consentToBeNamed: true,
  kind: 'carer',
  organisation: `Riverside Carers Centre, branch ${n} ${'(a long organisation name) '.repeat(6)}`.trim(),
  jobTitle: 'Unpaid carer and expert by experience',
});

/** Soft expectations: a test goes on to check that nothing was lost even when the opening falls short. */
function expectOpenedReadOnly(report: OpeningReport, notice: RegExp, items: readonly string[]): void {
  expect.soft(report.opened, report.opened ? '' : report.error).toBe(true);
  if (!report.opened) return;
  expect.soft(report.readOnly).toBe(true);
  // Said on every screen: the read-only banner's reason, with any notices.
  expect.soft([report.readOnlyReason ?? '', ...report.notices.map((n) => n.message)].join(' | ')).toMatch(notice);
  expect.soft(report.items).toEqual(items);
  expect.soft(report.edit.ok).toBe(false);
  if (!report.edit.ok) {
    expect.soft(report.edit.error.code).toBe('read_only');
    expect.soft(report.edit.error.message).toMatch(notice);
  }
}

describe.skipIf(noTmpfs !== undefined)('a disk that fills up while the store is open', () => {
  it('refuses the edit that does not fit with a clear error, loses nothing acknowledged, and opens read-only until space is freed', async () => {
    const disk = tmpfs('small-disk', 2048);
    const dataDir = path.join(disk, 'data');
    const store = await signedMeetingStore(dataDir);
    const backend = open(dataDir);
    const call = caller(() => backend);
    const before = (await call('meetings.get', { id: store.signedMeetingId })).items.map((i) => i.title);

    const acknowledged: string[] = [];
    await call('people.create', carer(0));
    acknowledged.push(carer(0).name);
    const filler = fillDisk(disk);
    let refusal: { code: string; message: string } | undefined;
    for (let n = 1; n <= 2000 && refusal === undefined; n += 1) {
      const answer = await backend.dispatch('people.create', carer(n));
      if (answer.ok) acknowledged.push(carer(n).name);
      else refusal = answer.error;
    }
    expect(refusal, 'an edit is refused once the disk is full').toBeDefined();
    expect(refusal?.code).not.toBe('internal');
    expect.soft(refusal?.message, 'the refusal says the disk is full').toMatch(/\bfull\b/i);
    // Reading goes on.
    expect((await call('meetings.get', { id: store.signedMeetingId })).items.map((i) => i.title)).toEqual(before);
    try {
      backend.close();
    } catch {
      // Folding the journal into the files needs room the disk does not have; the journal keeps every change.
    }

    // Copied to a disk with room, everything acknowledged is there and the store is sound.
    const copy = path.join(root, 'copied-out');
    copyTree(dataDir, copy);
    const elsewhere = open(copy);
    try {
      const people = (await caller(() => elsewhere)('people.list', {})).map((p) => p.name);
      expect(acknowledged.filter((name) => !people.includes(name))).toEqual([]);
      expect(elsewhere.repository.check()).toMatchObject({ sound: true, problems: [] });
    } finally {
      elsewhere.close();
    }

    // Opened where it is, with the disk still full: read-only, saying why.
    expectOpenedReadOnly(
      await openingReport(() => openBackend({ dataDir, searchIndex: 'on-demand', readOnlyIfUnwritable: true }), store.signedMeetingId),
      /\bfull\b/i,
      before,
    );

    // Space freed: it opens for editing, sound, with everything acknowledged.
    fs.rmSync(filler);
    const freed = open(dataDir);
    try {
      const people = (await caller(() => freed)('people.list', {})).map((p) => p.name);
      expect(acknowledged.filter((name) => !people.includes(name))).toEqual([]);
      expect(freed.repository.check()).toMatchObject({ sound: true, problems: [] });
    } finally {
      freed.close();
    }
  });
});

describe.skipIf(noTmpfs !== undefined)('a file system remounted read-only', () => {
  it('opens read-only with a notice, shows the signed meeting and refuses edits with the reason', async () => {
    const disk = tmpfs('remounted', 2048);
    const dataDir = path.join(disk, 'data');
    const store = await signedMeetingStore(dataDir);
    const items = await (async (): Promise<string[]> => {
      const backend = open(dataDir);
      try {
        return (await caller(() => backend)('meetings.get', { id: store.signedMeetingId })).items.map((i) => i.title);
      } finally {
        backend.close();
      }
    })();
    remount(disk, 'ro');
    try {
      expectOpenedReadOnly(
        await openingReport(() => openBackend({ dataDir, searchIndex: 'on-demand', readOnlyIfUnwritable: true }), store.signedMeetingId),
        /can only be read|read-only/i,
        items,
      );
    } finally {
      remount(disk, 'rw');
    }
  });
});

describe.skipIf(noOtherUser !== undefined)('a folder that a user can read but not write', () => {
  it('opens read-only for that user with a notice, shows the signed meeting and refuses edits with the reason', async () => {
    // Everything the other user needs lives under a folder it may enter: the data and the bundled child.
    fs.chmodSync(root, 0o755);
    const shared = path.join(root, 'shared');
    fs.mkdirSync(shared, { mode: 0o755 });
    const dataDir = path.join(shared, 'data');
    const store = await signedMeetingStore(dataDir);
    const backend = open(dataDir);
    const items = (await caller(() => backend)('meetings.get', { id: store.signedMeetingId })).items.map((i) => i.title);
    backend.close();
    // Readable by everyone, writable by no one but root (who owns it).
    for (const rel of ['', ...(fs.readdirSync(dataDir, { recursive: true }) as string[])]) {
      const file = path.join(dataDir, rel);
      fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o555 : 0o444);
    }
    const script = await bundleChild('test/faults/disk/read-only-child.ts', path.join(shared, 'bin'));
    fs.chmodSync(path.dirname(script), 0o755);
    fs.chmodSync(script, 0o644);

    const result = await runChild(script, [dataDir, store.signedMeetingId], {
      prefix: ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'],
      cwd: '/',
    });
    expect(result.ended, result.stderr).toBe('exit 0');
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as OpeningReport;
    expectOpenedReadOnly(report, /can only be read|read-only/i, items);
  });
});
