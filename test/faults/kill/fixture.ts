import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import { sequentialIds } from '../../../electron/backend/ids';
import { caller } from '../support/call';
import { contentHash } from '../support/content-hash';
import { copyTree } from '../support/copy-tree';
import { buildSignedMeeting } from '../support/signed-meeting';
import { stepClock } from '../support/step-clock';
import { runFolders, type RunFolders } from './workload';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** What every run starts from: a store with a signed meeting, the bundle to import, the two old-format stores. */
export type KillFixture = {
  readonly templateDir: string;
  readonly templateHash: string;
  readonly bundleFile: string;
};

async function withBackend<T>(dataDir: string, idPrefix: string, work: (backend: Backend) => Promise<T>): Promise<T> {
  const clock = stepClock('2025-04-01T09:00:00.000Z');
  const backend = openBackend({ dataDir, clock, ids: sequentialIds(idPrefix), searchIndex: 'on-demand' });
  try {
    await buildSignedMeeting(
      caller(() => backend),
      clock,
      idPrefix === 'imp' ? 'Hillside' : 'Riverside',
      idPrefix === 'imp' ? 'HCPB' : 'RCPB',
    );
    return await work(backend);
  } finally {
    backend.close();
  }
}

export async function buildKillFixture(root: string): Promise<KillFixture> {
  const templateDir = path.join(root, 'template');
  const templateHash = await withBackend(templateDir, 't', async (backend) => contentHash(backend.repository.exportBundle()));
  // Opened once more, so the template holds a backup of its whole content, as a store in use does.
  openBackend({ dataDir: templateDir, clock: stepClock('2025-08-01T09:00:00.000Z'), searchIndex: 'on-demand' }).close();
  const bundleFile = path.join(root, 'import-bundle.json');
  await withBackend(path.join(root, 'import-source'), 'imp', async (backend) => {
    fs.writeFileSync(bundleFile, JSON.stringify(backend.repository.exportBundle()));
  });
  return { templateDir, templateHash, bundleFile };
}

/** A fresh copy of everything a run works on, in `runDir`. */
export function prepareRun(fixture: KillFixture, runDir: string): RunFolders {
  const folders = runFolders(runDir);
  copyTree(fixture.templateDir, folders.main);
  fs.cpSync(path.join(FIXTURES, 'v1-store'), folders.v1, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'v2-store'), folders.v2, { recursive: true });
  return folders;
}
