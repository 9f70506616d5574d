import type { BrowserWindow } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/api/menu-commands';

/**
 * Hands a Go menu command to the page as a DOM event, which the renderer treats as it treats the same shortcut.
 * The preload exposes `invoke` only, so the main process speaks to the page this way: a fixed script, with the
 * command (one of a known list) as its only data.
 */
export function sendMenuCommand(window: BrowserWindow | undefined, command: MenuCommand): void {
  if (window === undefined || window.isDestroyed()) return;
  const script = `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }));`;
  window.webContents.executeJavaScript(script).catch(() => undefined);
}
