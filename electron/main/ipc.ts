import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail, type Envelope } from '../../shared/api/envelope';
import { IPC_CHANNEL } from '../../shared/api/transport';
import type { Backend } from '../backend/backend';
import { isAppUrl } from './url-policy';
import { saveAs } from './save-file';

/**
 * The one IPC handler. Only the top frame of our own window, showing our own page, is answered: a frame that
 * has navigated elsewhere, an embedded frame or another webContents gets a refusal, not the backend.
 */
export function registerIpc(backend: Pick<Backend, 'dispatch' | 'madeFiles'>, mainWindow: () => BrowserWindow | undefined): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!senderIsOurPage(event, mainWindow())) {
      return fail('invalid_input', 'This page may not use Minute Book’s data.');
    }
    if (typeof method !== 'string') return fail('unknown_method', 'The method name must be text.');
    try {
      // The one method the shell answers itself: a native Save As dialog needs a window, which the backend has not.
      // It names a file the backend made; the bytes go from the backend to the disk here, never through the page.
      if (method === 'files.saveAs') return await saveAs(input, (fileId) => backend.madeFiles.take(fileId));
      return await backend.dispatch(method, input);
    } catch (error) {
      console.error(error);
      return fail('internal', 'Minute Book could not complete that: please try again, and report it if it happens again.');
    }
  });
}

export function senderIsOurPage(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): boolean {
  if (window === undefined || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
