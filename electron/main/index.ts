import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { APP_FOLDER_NAME } from '../backend/data-dir';
import { openBackend, type Backend } from '../backend/backend';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { dataDirFrom } from './args';
import { showStartupError } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { sendMenuCommand } from './menu-commands';
import { hardenSession } from './session';
import { createMainWindow, guardWebContents } from './window';

// dist/electron/main.cjs sits beside preload.cjs, with the renderer in dist/renderer.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Before anything reads it: userData must be ".../Minute Book" in development too, where the package name
// would otherwise give ".../minute-book" — the CLI and browser mode use the former.
app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER_NAME));
app.enableSandbox();
// British dates in the window's own controls (a date field reads 23/11/2026), whatever the system's language.
app.commandLine.appendSwitch('lang', 'en-GB');
registerAppScheme();

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  // Another Minute Book is open: it is brought forward (below) and this one leaves quietly.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    try {
      backend?.close();
    } catch {
      // Closing could not fold the journal into the files (a full disk, a folder made read-only): the journal keeps
      // every saved change and the next opening writes them in, so quitting goes ahead without an error box.
    }
    backend = undefined;
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

function start(): void {
  const dataDir = dataDirFrom(process.argv, process.env, app.getPath('userData'));
  try {
    // A folder that cannot be written (a full disk, a read-only share) opens read-only; the window shows why.
    backend = openBackend({ dataDir, readOnlyIfUnwritable: true });
  } catch (error) {
    // The store's message is written for the clerk (who holds the lock, what was restored); show it as it is.
    fatal(error);
    return;
  }
  const opened = backend;
  hardenSession(session.defaultSession);
  serveRenderer(rendererDir, () => opened.search.noteActivity());
  registerIpc(opened, () => mainWindow);
  Menu.setApplicationMenu(
    buildMenu({
      isMac: process.platform === 'darwin',
      showDevTools: !app.isPackaged,
      showDataFolder: () => void shell.openPath(opened.dataDir),
      showAbout: () => void showAbout(opened.dataDir, opened.readOnlyReason),
      go: (command) => sendMenuCommand(mainWindow, command),
    }),
  );
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  mainWindow = createMainWindow({ preload: preloadPath, isPackaged: app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function showAbout(dataDir: string, readOnlyReason: string | undefined): Promise<void> {
  const readOnly = readOnlyReason === undefined ? '' : `\nRead only: ${readOnlyReason}`;
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'About Minute Book',
    message: `Minute Book ${app.getVersion()}`,
    detail: `Agendas, minutes, decisions and actions for council committees.\n\nData folder: ${dataDir}${readOnly}\nElectron ${process.versions.electron}`,
    buttons: ['OK'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function fatal(error: unknown): void {
  showStartupError(error instanceof Error ? error.message : String(error));
  app.quit();
}
