import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { mountUnavailable, readOnlyView, type Mounted } from '../support/unwritable-disks';

/**
 * The built Electron main process (dist/electron/main.cjs), run by plain Node against a stand-in for the electron
 * module as in electron-main-bundle.test.ts, on a folder mounted read-only: it opens the folder read-only instead
 * of showing an error box and quitting, and the window's calls get the reason.
 */
const root = path.resolve(__dirname, '..', '..');
const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');

const FAKE_ELECTRON = String.raw`
const EventEmitter = require('node:events');
const state = (globalThis.__fake = { handlers: {}, protocol: {}, windows: [], errors: [], quit: false });
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  setPath: () => undefined,
  getPath: (name) => ({ appData: process.env.FAKE_APPDATA, userData: process.env.FAKE_APPDATA + '/Minute Book', documents: '/tmp' })[name],
  enableSandbox: () => undefined,
  commandLine: { appendSwitch: () => undefined },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => (state.quit = true),
  getVersion: () => '0.0.0',
});
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    state.windows.push(this);
  }
  loadURL() { return Promise.resolve(); }
  isDestroyed() { return false; }
  static getAllWindows() { return state.windows; }
}
const webRequest = { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined };
module.exports = {
  app,
  BrowserWindow,
  session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, setSpellCheckerLanguages: () => undefined, webRequest } },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: (scheme, handler) => (state.protocol[scheme] = handler) },
  ipcMain: { handle: (channel, handler) => (state.handlers[channel] = handler) },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: () => undefined },
  dialog: { showErrorBox: (title, message) => state.errors.push(message) },
  shell: { openExternal: async () => undefined, openPath: async () => '' },
};`;

const DRIVER = String.raw`
process.argv = [process.argv[0], 'main.cjs', '--data', process.env.FAKE_DATA];
require('./dist/electron/main.cjs');
setTimeout(async () => {
  const s = globalThis.__fake;
  const win = s.windows[0];
  const invoke = (method, input) =>
    win === undefined ? null : s.handlers['api:invoke']({ sender: win.webContents, senderFrame: { url: 'app://minute-book/index.html', parent: null } }, method, input);
  const out = {
    errors: s.errors,
    quit: s.quit,
    status: await invoke('app.status', {}),
    boards: await invoke('boards.list', {}),
    create: await invoke('boards.create', { name: 'Parks Committee', shortCode: 'PC', kind: 'committee', quorum: 3 }),
  };
  require('electron').app.emit('will-quit');
  process.stdout.write(JSON.stringify(out));
}, 200);`;

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Result = { errors: string[]; quit: boolean; status: Envelope | null; boards: Envelope | null; create: Envelope | null };

const cannotMount = mountUnavailable();

describe.skipIf(cannotMount !== undefined)(
  `the built Electron main process on a read-only folder${cannotMount === undefined ? '' : ` (skipped: ${cannotMount})`}`,
  () => {
    let work: string;
    let view: Mounted | undefined;
    let result: Result;

    beforeAll(async () => {
      if (!existsSync(mainBundle)) throw new Error('dist/electron/main.cjs is missing: run npm run build first.');
      work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-main-ro-'));
      mkdirSync(path.join(work, 'node_modules', 'electron'), { recursive: true });
      writeFileSync(path.join(work, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
      cpSync(path.join(root, 'dist', 'electron'), path.join(work, 'dist', 'electron'), { recursive: true });
      cpSync(path.join(root, 'dist', 'renderer'), path.join(work, 'dist', 'renderer'), { recursive: true });
      const source = path.join(work, 'data');
      const writer = openBackend({ dataDir: source, searchIndex: 'on-demand' });
      await writer.dispatch('boards.create', { name: 'Allotments Committee', shortCode: 'AC', kind: 'committee', quorum: 3 });
      writer.close();
      view = readOnlyView(source);
      const stdout = execFileSync(process.execPath, ['-e', DRIVER], {
        cwd: work,
        env: { ...process.env, FAKE_DATA: view.dir, FAKE_APPDATA: path.join(work, 'appdata'), MINUTE_BOOK_DATA: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      result = JSON.parse(stdout) as Result;
    });

    afterAll(() => {
      view?.release();
      if (work !== undefined) rmSync(work, { recursive: true, force: true });
    });

    it('opens the folder read-only, with the reason, instead of an error box', () => {
      const dir = view?.dir ?? '';
      const reason =
        `This folder can only be read: ${dir} (the disk can only be read). You can read, search, print and export; ` +
        'to make changes, copy the folder to one you can write to and open the copy.';
      expect(result.errors).toEqual([]);
      expect(result.quit).toBe(false);
      expect(result.status).toMatchObject({ ok: true, value: { dataDir: dir, readOnly: true, readOnlyReason: reason } });
      expect(result.boards).toMatchObject({ ok: true, value: [{ name: 'Allotments Committee' }] });
      expect(result.create).toEqual({ ok: false, error: { code: 'read_only', message: reason } });
    });
  },
);
