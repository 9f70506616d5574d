import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from './backend';
import { startServer } from './http';
import { openBrowser } from './open-browser';

export type ServeOptions = {
  readonly dataDir: string;
  readonly port?: number;
  readonly open: boolean;
  readonly staticDir?: string;
  readonly log?: (line: string) => void;
};

export type Serving = { readonly url: string; close(): Promise<void> };

/**
 * `minute-book serve`: the backend and the built renderer over HTTP on 127.0.0.1. Store errors (locked,
 * unreadable) are thrown as they come from `openBackend`, for the CLI to report; a folder that cannot be written
 * is served read-only.
 */
export async function serve(options: ServeOptions): Promise<Serving> {
  const log = options.log ?? ((line: string): void => console.log(line));
  const staticDir = options.staticDir ?? defaultStaticDir();
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('Minute Book is not built yet: run npm run build');
  }
  // A folder that cannot be written (a full disk, a read-only share) opens read-only, its reason on every screen.
  const backend = openBackend({ dataDir: options.dataDir, readOnlyIfUnwritable: true });
  const running = await startServer({
    backend,
    staticDir,
    onActivity: () => backend.search.noteActivity(),
    ...(options.port === undefined ? {} : { port: options.port }),
  }).catch((error: unknown) => {
    backend.close();
    if (isErrno(error) && error.code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port ?? 0} is already in use: choose another with --port, or leave it out.`);
    }
    throw error;
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async (): Promise<void> => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      try {
        await running.close();
      } finally {
        backend.close();
      }
    })();
    return closing;
  };
  // Releasing the store's lock matters more than a prompt exit: a stale lock would greet the clerk next time.
  const onSignal = (signal: NodeJS.Signals): void => {
    log('Minute Book is stopping.');
    void close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  log(`Minute Book is running at ${running.url}`);
  log(`Data folder: ${backend.dataDir}`);
  if (backend.readOnlyReason !== undefined) log(`Read only: ${backend.readOnlyReason}`);
  log('Press Ctrl+C to stop.');
  if (options.open) openBrowser(running.url);
  return { url: running.url, close };
}

/** dist/renderer of this package, found the same way from the source tree (tests) and from the bundled CLI. */
export function defaultStaticDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && isOurPackage(manifest)) return path.join(dir, 'dist', 'renderer');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Minute Book cannot find its own folder (no package.json above it).');
    dir = parent;
  }
}

function isOurPackage(manifest: string): boolean {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return parsed.name === 'minute-book';
  } catch {
    return false;
  }
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
