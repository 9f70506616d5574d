import type { ExportFile } from '../../../../shared/api/exports';
import { madeFilePath } from '../../../../shared/api/transport';
import type { Call } from '../../api/client';
import { findBridge } from '../../api/ipc-transport';

/** In the Electron window the main process shows a native Save As dialog; in a browser the file is downloaded. */
export const inDesktopApp = (): boolean => findBridge(window) !== null;

export type Saved = { readonly saved: boolean; readonly where?: string };

/**
 * Browser mode: the browser downloads the file from the server, where the backend keeps it (a link, clicked; the
 * server names the file in its Content-Disposition). The bytes never pass through the page's script.
 */
function download(file: ExportFile): void {
  const link = document.createElement('a');
  link.href = madeFilePath(file.fileId);
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a file the backend made: by its id, so its bytes go from the backend to the disk and not through the page. */
export async function saveFile(call: Call, file: ExportFile, openAfter: boolean): Promise<Saved> {
  if (!inDesktopApp()) {
    download(file);
    return { saved: true };
  }
  const result = await call('files.saveAs', { fileId: file.fileId, openAfter });
  return result.path === undefined ? { saved: result.saved } : { saved: result.saved, where: result.path };
}
