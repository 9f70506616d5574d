/** The renderer is served from this origin by our own protocol handler, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'minute-book';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for pages of the app itself: the one origin the window may show and IPC may answer. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Links a clerk may follow out of the app, handed to the OS. Anything else (file:, javascript:, custom
 * handlers that launch programs) is dropped: a pasted link in a minute must never run something.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
