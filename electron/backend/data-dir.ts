import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Minute Book';

/**
 * The data folder: `--data DIR`, else `MINUTE_BOOK_DATA`, else the OS app-data folder — the same folder that
 * Electron's `app.getPath('userData')` gives for an app named "Minute Book".
 */
export function resolveDataDir(options: {
  readonly flag?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
}): string {
  const env = options.env ?? process.env;
  if (options.flag !== undefined && options.flag !== '') return path.resolve(options.flag);
  const fromEnv = env['MINUTE_BOOK_DATA'];
  if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
  return path.join(appDataRoot(options.platform ?? process.platform, env, options.home ?? os.homedir()), APP_FOLDER_NAME);
}

function appDataRoot(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] ?? path.join(home, '.config');
}
