import { spawn } from 'node:child_process';

export type ChildResult = {
  /** `SIGKILL`, another signal's name, or `exit <code>`. */
  readonly ended: string;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the child had to be stopped because it ran past its time. */
  readonly timedOut: boolean;
};

export type ChildOptions = {
  readonly env?: Readonly<Record<string, string>>;
  /** A command put before `node` (e.g. setpriv to run as another user). */
  readonly prefix?: readonly string[];
  readonly cwd?: string;
  /** A child still running after this long is killed and reported; generous, so load never decides a result. */
  readonly timeoutMs?: number;
};

/** Runs a bundled child script with node and collects what it printed and how it ended. */
export function runChild(script: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildResult> {
  const command = [...(options.prefix ?? []), process.execPath, script, ...args];
  const [file = process.execPath, ...rest] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(file, rest, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ended: signal ?? `exit ${String(code)}`, stdout, stderr, timedOut });
    });
  });
}
