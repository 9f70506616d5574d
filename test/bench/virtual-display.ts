/**
 * A virtual X display (Xvfb) for the benchmarks that need Chromium in a window rather than headless: headless
 * Chromium hands keystrokes to the page in step with its frames, which a window on a desktop does not.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const XVFB = '/usr/bin/Xvfb';

export type VirtualDisplay = { readonly display: string; stop(): Promise<void> };

/** Starts Xvfb on a free display number, or returns null where it is not installed (`apt-get install xvfb`). */
export function startVirtualDisplay(): Promise<VirtualDisplay | null> {
  if (!existsSync(XVFB)) return Promise.resolve(null);
  // -displayfd: Xvfb picks a free display number and writes it to the given descriptor once it is ready.
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start:\n${err}`)), 10_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code ?? 'signal'}):\n${err}`)));
    const fd = child.stdio[3];
    if (fd === null || fd === undefined || !('on' in fd)) return reject(new Error('Xvfb: no display descriptor'));
    fd.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      resolve({
        display: `:${out.trim()}`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
