import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export type RunningServer = {
  /** The address `serve` printed, token included. */
  readonly url: string;
  readonly token: string;
  readonly dataDir: string;
  readonly stop: () => Promise<void>;
};

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
// The real CLI; a different one can be pointed at while developing the renderer against a stand-in.
export const CLI = join(REPO, 'bin', 'minute-book.mjs');
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\S*[?&]token=[^\s&#]+/;
const START_TIMEOUT_MS = 30_000;

/**
 * Browser mode on a fresh data folder: a copy of the demo that the e2e project's global set-up made
 * (`demo-template.ts`), or `minute-book demo` run here where there is none (unless `demo: false`); then
 * `minute-book serve` runs on a free port. Needs a build (`npm run build`; `npm test` builds first).
 */
export async function startServer(options: { demo?: boolean } = {}): Promise<RunningServer> {
  if (!existsSync(join(REPO, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (`npm test` does).');
  }
  if (!existsSync(CLI)) throw new Error(`The minute-book CLI is missing: ${CLI}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'minute-book-e2e-'));
  try {
    if (options.demo ?? true) {
      const template = inject('demoTemplate');
      if (template === undefined) await runCli(['demo', '--data', dataDir]);
      else await cp(template, dataDir, { recursive: true });
    }
    return await serve(dataDir);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs the built `minute-book` command to its end. */
export function runCli(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`minute-book ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

function serve(dataDir: string): Promise<RunningServer> {
  return spawnServe(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--no-open'], dataDir, () =>
    rm(dataDir, { recursive: true, force: true }),
  );
}

/**
 * Starts `serve` as `command args` and waits for the address it prints. `stop` ends it and then runs `cleanUp`; a
 * server that exits early or prints nothing in time is stopped and refused with what it printed.
 */
export function spawnServe(
  command: string,
  args: readonly string[],
  dataDir: string,
  cleanUp: () => Promise<void>,
): Promise<RunningServer & { readonly output: () => string }> {
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
