import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../backend/security-headers';
import { contentTypeFor, resolveStatic } from '../backend/static-files';
import { APP_HOST, APP_SCHEME } from './url-policy';

/**
 * A standard, secure scheme gives the renderer a real origin, so CSP 'self', module scripts and relative URLs
 * behave as on the web — which file:// does not, and which would also open every local file to the page.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer, with the same path checks and security headers as browser mode. `onActivity` is told of
 * each request, so the backend's background work stands back while the window loads.
 */
export function serveRenderer(rendererDir: string, onActivity: () => void = () => undefined): void {
  protocol.handle(APP_SCHEME, async (request) => {
    onActivity();
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response(null, { status: 404 });
    const target = await resolveStatic(rendererDir, url.pathname);
    if (target.kind !== 'file') return new Response(null, { status: target.kind === 'refused' ? 400 : 404 });
    const body = await readFile(target.file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(target.file) } });
  });
}
