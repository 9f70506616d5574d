import type { ExportFile } from '../../../../shared/api/exports';
import type { Call } from '../../api/client';
import { findBridge } from '../../api/ipc-transport';

/** In the Electron window the main process shows a native Save As dialog; in a browser the file is downloaded. */
export const inDesktopApp = (): boolean => findBridge(window) !== null;

export type Saved = { readonly saved: boolean; readonly where?: string };

function download(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; the next tick is late enough to let it go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function saveFile(call: Call, file: ExportFile, openAfter: boolean): Promise<Saved> {
  if (!inDesktopApp()) {
    download(file);
    return { saved: true };
  }
  const result = await call('files.saveAs', { fileName: file.fileName, mediaType: file.mediaType, dataBase64: file.dataBase64, openAfter });
  return result.path === undefined ? { saved: result.saved } : { saved: result.saved, where: result.path };
}
