import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/security-headers';

/**
 * Belt and braces around the window: the page has no reason to reach the network, ask for the camera or
 * notifications, or receive a response without our CSP, so none of these is left to chance.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setSpellCheckerLanguages(['en-GB']);
}
