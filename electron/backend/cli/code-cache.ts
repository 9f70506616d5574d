import fs from 'node:fs';

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
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
    return true;
  } catch {
    fs.rmSync(temporary, { force: true });
    return false;
  }
}
