import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, runCli, spawnServe, type RunningServer } from './server';

/*
 * Browser mode on a demo folder that its user can read but not write, as a colleague's copy or a read-only share
 * is: the folder is made read-only (0555, files 0444). Run as root (as our build machines run), `serve` runs as
 * root without its capabilities (setpriv), so the folder's permission bits bind it as they bind anyone, while it can
 * still read a checkout in root's own home (which `nobody` could not). Either way the operating system refuses
 * every write with EACCES: nothing here fakes the refusal.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export type ReadOnlyServer = RunningServer & {
  /** Everything `serve` printed, for the test to read its "Read only:" line. */
  readonly output: () => string;
};

const asRoot = process.getuid?.() === 0;

/** Sets the mode of the folder and of everything in it: `dirMode` for folders, `fileMode` for files. */
async function chmodTree(dir: string, dirMode: number, fileMode: number): Promise<void> {
  await chmod(dir, dirMode);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(full, dirMode, fileMode);
    else await chmod(full, fileMode);
  }
}

/** The demo in a fresh folder that `serve` can only read, served on a free port. Needs a build. */
export async function startReadOnlyServer(): Promise<ReadOnlyServer> {
  if (!existsSync(join(REPO, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (`npm test` does).');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'minute-book-e2e-read-only-'));
  let cleaning: Promise<void> | undefined;
  // Once only: a server that fails to start cleans up, and so does the failure it throws here.
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async (): Promise<void> => {
      await chmodTree(dataDir, 0o755, 0o644);
      await rm(dataDir, { recursive: true, force: true });
    })());
  try {
    await runCli(['demo', '--data', dataDir]);
    await chmodTree(dataDir, 0o555, 0o444);
    return await serve(dataDir, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function serve(dataDir: string, cleanUp: () => Promise<void>): Promise<ReadOnlyServer> {
  const serveArgs = [CLI, 'serve', '--data', dataDir, '--port', '0', '--no-open'];
  return asRoot
    ? spawnServe('setpriv', ['--bounding-set=-all', '--inh-caps=-all', process.execPath, ...serveArgs], dataDir, cleanUp)
    : spawnServe(process.execPath, serveArgs, dataDir, cleanUp);
}
