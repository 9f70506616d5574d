import { BrowserWindow, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl } from './url-policy';
import { secureWebPreferences } from './web-preferences';

export function createMainWindow(options: { readonly preload: string; readonly isPackaged: boolean; readonly icon?: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Minute Book',
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    webPreferences: secureWebPreferences(options.preload, options.isPackaged),
  });
  // Shown when painted, so the clerk never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * Applied to every webContents the app ever creates, so no later window or frame escapes it: the app's own
 * pages only; safe links go to the OS browser or mail program; everything else is dropped.
 */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
}
