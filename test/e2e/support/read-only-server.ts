import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './server';

/*
 * Browser mode on a demo folder that its user can read but not write, as a colleague's copy or a read-only share
 * is: run as root (as our build machines run), the folder is left root's and `serve` runs as `nobody` (setpriv), so
 * the operating system refuses every write with EACCES; run as anyone else, the folder is made read-only (0555,
 * files 0444). Either way nothing here fakes the refusal.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(REPO, 'bin', 'minute-book.mjs');
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\S*[?&]token=[^\s&#]+/;
const START_TIMEOUT_MS = 30_000;

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

function runCli(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`minute-book ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
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
    // Readable by everyone (so by `nobody`), writable by root alone; or, not as root, writable by no one.
    if (asRoot) await chmodTree(dataDir, 0o755, 0o644);
    else await chmodTree(dataDir, 0o555, 0o444);
    return await serve(dataDir, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function serve(dataDir: string, cleanUp: () => Promise<void>): Promise<ReadOnlyServer> {
  const serveArgs = [CLI, 'serve', '--data', dataDir, '--port', '0', '--no-open'];
  const [command, args] = asRoot
    ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, ...serveArgs]]
    : [process.execPath, serveArgs];
  const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    await cleanUp();
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().finally(() => reject(new Error(`minute-book serve ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
    };
    const timer = setTimeout(() => fail(`printed no address within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('exit', (code, signal) => fail(`exited early (${signal ?? `code ${code}`})`));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = ADDRESS.exec(stdout)?.[0];
      if (!url || settled) return;
      settled = true;
      clearTimeout(timer);
      const token = new URL(url).searchParams.get('token') ?? '';
      resolve({ url, token, dataDir, stop, output: () => stdout });
    });
  });
}
