import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';

export type FileFilter = { readonly name: string; readonly extensions: readonly string[] };

export type SaveDialogOptions = {
  /** A file name only; folders are chosen by the clerk. */
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
  readonly title?: string;
};

/**
 * The native Save As dialog, opened in the clerk's Documents folder and attached to our window.
 * Resolves to the chosen path, or undefined if the clerk cancelled.
 */
export async function showSaveDialog(options: SaveDialogOptions): Promise<string | undefined> {
  const dialogOptions: Electron.SaveDialogOptions = {
    title: options.title ?? 'Save as',
    defaultPath: path.join(app.getPath('documents'), safeFileName(options.defaultName)),
    filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  return result.canceled || result.filePath === '' ? undefined : result.filePath;
}

/** Meeting titles may hold slashes or colons ("Board 3/4: budget"); a default name must not pick the folder. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? 'Untitled' : cleaned;
}

/** For failures before any window exists, such as a store held by another copy of Minute Book. */
export function showStartupError(message: string): void {
  dialog.showErrorBox('Minute Book cannot open its data', message);
}
