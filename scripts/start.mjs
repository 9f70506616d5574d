#!/usr/bin/env node
// `npm start` (after the build): the Electron window where Electron can run, browser mode where it cannot.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// A start-up failure shows within seconds; a non-zero exit later is the app's own business, not a reason to
// open a second copy in the browser.
const STARTUP_WINDOW_MS = 10_000;
let fellBack = false;

const electron = await electronBinary();
if (electron === undefined) {
  fallBack('Electron could not start here (its program could not be downloaded), so Minute Book is opening in your web browser instead.');
} else {
  const startedAt = Date.now();
  const child = spawn(electron, [path.join(root, 'dist', 'electron', 'main.cjs'), ...args], { stdio: 'inherit' });
  supervise(child);
  child.on('error', () => fallBack('Electron could not start here, so Minute Book is opening in your web browser instead.'));
  child.on('exit', (code, signal) => {
    const failedAtStart = (code !== 0 || signal !== null) && Date.now() - startedAt < STARTUP_WINDOW_MS && signal !== 'SIGINT';
    if (failedAtStart) fallBack('Electron could not start here, so Minute Book is opening in your web browser instead.');
    else process.exit(code ?? 0);
  });
}

/**
 * Electron's package gives the binary's path when required, downloading it first if it is missing. That is
 * done in a child process so that a failed download's stack traces stay out of the clerk's way.
 */
function electronBinary() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.stderr.resume();
    const slow = setTimeout(() => console.log('Fetching Electron for its first run…'), 3000);
    child.on('error', () => resolve(undefined));
    child.on('exit', (code) => {
      clearTimeout(slow);
      const lines = out.trim().split('\n');
      resolve(code === 0 && lines.length > 0 ? lines[lines.length - 1] : undefined);
    });
  });
}

function fallBack(sentence) {
  if (fellBack) return;
  fellBack = true;
  console.log(sentence);
  const serveArgs = ['serve', ...passThrough(args, ['--data', '--port']), ...args.filter((a) => a === '--no-open')];
  const child = spawn(process.execPath, [path.join(root, 'bin', 'minute-book.mjs'), ...serveArgs], { stdio: 'inherit' });
  supervise(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

/** Ctrl+C reaches the child from the terminal itself; SIGTERM is passed on. Either way this process waits for the child to close the store and leave. */
function supervise(child) {
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
}

/** Keeps the named options (`--name value` or `--name=value`) that browser mode understands. */
function passThrough(argv, names) {
  const kept = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const name = names.find((n) => arg === n || arg.startsWith(`${n}=`));
    if (name === undefined) continue;
    if (arg === name && i + 1 < argv.length) {
      kept.push(arg, argv[i + 1]);
      i += 1;
    } else if (arg !== name) kept.push(arg);
  }
  return kept;
}
