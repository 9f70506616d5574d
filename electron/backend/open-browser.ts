import { spawn } from 'node:child_process';

/**
 * Best effort only: a machine with no desktop (or no opener installed) still has the printed address, so no
 * failure here may reach the caller. `BROWSER` is honoured as other command-line tools do.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = openerFor(url, env, platform);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Nothing to do: the address has been printed.
  }
}

function openerFor(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): [string, string[]] {
  const browser = env['BROWSER'];
  if (browser !== undefined && browser !== '') return [browser, [url]];
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd built-in; the empty string is its window title, without which a quoted URL is taken as one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}
