import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const COMMANDS = new Set(['render', 'report', 'list', 'serve', 'demo', 'import', 'export-data', 'check', 'backup', 'restore']);
const FORMATS = new Set(['pdf', 'docx', 'html', 'csv', 'ics']);

/**
 * Which kind of run the arguments ask for ("render-pdf", "render-pack", "serve", "other"): each compiles
 * different parts of the CLI bundle, so each keeps its own code cache. Only known names make a profile, so odd
 * arguments cannot multiply the cache files.
 */
export function cacheProfile(argv: readonly string[]): string {
  const command = argv.find((arg) => COMMANDS.has(arg)) ?? 'other';
  if (command !== 'render') return command;
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at < 0 ? undefined : argv[at + 1];
  };
  if (option('--kind') === 'pack') return 'render-pack';
  const format = option('--format');
  return format !== undefined && FORMATS.has(format) ? `render-${format}` : 'render';
}

/** The cache's bytes, or undefined when there is none yet (or it cannot be read). */
export function readCodeCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache by a rename, so a CLI starting at the same moment reads the old one or the new one, never half of
 * one. Returns false where it cannot be written (a read-only install, a full disk): the CLI then runs without it.
 */
export function writeCodeCache(file: string, data: Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, file);
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was made where nothing can be made.
    }
    return false;
  }
}

/**
 * The user's own cache folder for Minute Book — never dist/ or the install folder, which a build empties and an
 * installed app cannot write: MINUTE_BOOK_CACHE if set, else %LOCALAPPDATA%\Minute Book\Cache on Windows,
 * ~/Library/Caches/Minute Book on macOS, $XDG_CACHE_HOME/minute-book (or ~/.cache/minute-book) elsewhere.
 */
export function userCacheDir(
  options: { readonly env?: NodeJS.ProcessEnv; readonly platform?: NodeJS.Platform; readonly home?: string } = {},
): string {
  const env = options.env ?? process.env;
  const home = options.home ?? os.homedir();
  const override = env['MINUTE_BOOK_CACHE'];
  if (override !== undefined && override !== '') return path.resolve(override);
  switch (options.platform ?? process.platform) {
    case 'win32':
      return path.join(env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local'), 'Minute Book', 'Cache');
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'Minute Book');
    default:
      return path.join(env['XDG_CACHE_HOME'] ?? path.join(home, '.cache'), 'minute-book');
  }
}

/**
 * The cache file for one build of the bundle and one kind of run. The build is told by the bundle's size and
 * time, so a new build (or another installed copy) never reads a cache made for other code.
 */
export function codeCacheFile(cacheDir: string, bundleFile: string, profile: string): string {
  let build = 'unknown';
  try {
    const stat = fs.statSync(bundleFile);
    build = createHash('sha256')
      .update(`${path.resolve(bundleFile)}:${stat.size}:${stat.mtimeMs}`)
      .digest('hex')
      .slice(0, 16);
  } catch {
    // No bundle to key by: the cache is simply never found.
  }
  return path.join(cacheDir, `cli-${build}-${profile}.v8cache`);
}

/** Removes cache files of other builds, so the folder holds one build's caches at most. */
export function removeOtherBuilds(cacheFile: string): void {
  const dir = path.dirname(cacheFile);
  const build = path.basename(cacheFile).split('-').slice(0, 2).join('-');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith('cli-') && !name.startsWith(`${build}-`)) fs.rmSync(path.join(dir, name), { force: true });
}
