import { resolveDataDir } from '../backend/data-dir';

/** `--data DIR` or `--data=DIR`, wherever it sits among Electron's and Chromium's own switches. */
export function dataFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data') return argv[i + 1];
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}

/** As DESIGN.md says: `--data DIR`, else `MINUTE_BOOK_DATA`, else Electron's userData (the same folder the CLI picks). */
export function dataDirFrom(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const flag = dataFlag(argv);
  const fromEnv = env['MINUTE_BOOK_DATA'];
  if ((flag === undefined || flag === '') && (fromEnv === undefined || fromEnv === '')) return userData;
  return resolveDataDir({ flag, env });
}
