import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Electron's binary cannot run here, so the built dist/electron/main.cjs is run by plain Node against a
 * stand-in for the electron module that records what the shell asks of it. This proves the bundle loads (no
 * ESM-only import or empty import.meta.url left in CommonJS), opens the store, wires the one IPC handler and
 * serves the renderer with its CSP.
 */
const root = path.resolve(__dirname, '..', '..');
const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');

const FAKE_ELECTRON = String.raw`
const EventEmitter = require('node:events');
const state = (globalThis.__fake = { calls: [], handlers: {}, protocol: {}, windows: [], menu: null, errors: [] });
const record = (name, value) => state.calls.push([name, value]);
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  setPath: (name, value) => record('setPath', [name, value]),
  getPath: (name) => ({ appData: process.env.FAKE_APPDATA, userData: process.env.FAKE_APPDATA + '/Minute Book', documents: '/tmp' })[name],
  enableSandbox: () => record('enableSandbox', true),
  commandLine: { appendSwitch: (name, value) => record('switch', [name, value]) },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => record('quit', true),
  getVersion: () => '0.0.0',
});
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    state.windows.push(this);
  }
  loadURL(url) { record('loadURL', url); return Promise.resolve(); }
  isDestroyed() { return false; }
  static getAllWindows() { return state.windows; }
}
const webRequest = { onBeforeRequest: (filter) => record('blocked', filter.urls), onHeadersReceived: () => record('csp', true) };
module.exports = {
  app,
  BrowserWindow,
  session: { defaultSession: { setPermissionRequestHandler: () => record('permissions', 'denied'), setPermissionCheckHandler: () => undefined, setSpellCheckerLanguages: () => undefined, webRequest } },
  protocol: { registerSchemesAsPrivileged: (schemes) => record('schemes', schemes), handle: (scheme, handler) => (state.protocol[scheme] = handler) },
  ipcMain: { handle: (channel, handler) => (state.handlers[channel] = handler) },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => (state.menu = menu) },
  dialog: { showErrorBox: (title, message) => state.errors.push(message) },
  shell: { openExternal: async () => undefined, openPath: async () => '' },
};`;

const DRIVER = String.raw`
process.argv = [process.argv[0], 'main.cjs', '--data', process.env.FAKE_DATA];
require('./dist/electron/main.cjs');
setTimeout(async () => {
  const s = globalThis.__fake;
  const page = await s.protocol.app(new Request('app://minute-book/index.html'));
  const win = s.windows[0];
  const event = (url) => ({ sender: win.webContents, senderFrame: { url, parent: null } });
  const out = {
    calls: s.calls,
    errors: s.errors,
    channels: Object.keys(s.handlers),
    webPreferences: win.options.webPreferences,
    menu: s.menu.map((m) => m.label),
    page: { status: page.status, type: page.headers.get('content-type'), csp: page.headers.get('content-security-policy'), html: await page.text() },
    ours: await s.handlers['api:invoke'](event('app://minute-book/index.html'), 'app.status', {}),
    foreign: await s.handlers['api:invoke'](event('https://evil.example/'), 'app.status', {}),
  };
  require('electron').app.emit('will-quit');
  process.stdout.write(JSON.stringify(out));
}, 200);`;

type Result = {
  calls: [string, unknown][];
  errors: string[];
  channels: string[];
  webPreferences: Record<string, unknown>;
  menu: string[];
  page: { status: number; type: string; csp: string; html: string };
  ours: { ok: boolean; value?: { dataDir: string } };
  foreign: { ok: boolean };
};

let work: string;
let result: Result;

beforeAll(() => {
  if (!existsSync(mainBundle)) throw new Error('dist/electron/main.cjs is missing: run npm run build first.');
  work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-main-'));
  mkdirSync(path.join(work, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(path.join(work, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
  cpSync(path.join(root, 'dist', 'electron'), path.join(work, 'dist', 'electron'), { recursive: true });
  cpSync(path.join(root, 'dist', 'renderer'), path.join(work, 'dist', 'renderer'), { recursive: true });
  const stdout = execFileSync(process.execPath, ['-e', DRIVER], {
    cwd: work,
    env: { ...process.env, FAKE_DATA: path.join(work, 'data'), FAKE_APPDATA: path.join(work, 'appdata'), MINUTE_BOOK_DATA: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  result = JSON.parse(stdout) as Result;
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the built Electron main process', () => {
  it('opens the store named by --data and answers our page over the one IPC channel', () => {
    expect(result.errors).toEqual([]);
    expect(result.channels).toEqual(['api:invoke']);
    expect(result.ours).toMatchObject({ ok: true, value: { dataDir: path.join(work, 'data') } });
    expect(result.foreign.ok).toBe(false);
  });

  it('sandboxes the window and loads only the app’s own page', () => {
    expect(result.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(String(result.webPreferences['preload'])).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(result.calls).toContainEqual(['loadURL', 'app://minute-book/index.html']);
    expect(result.calls).toContainEqual(['enableSandbox', true]);
    expect(result.calls).toContainEqual(['switch', ['lang', 'en-GB']]);
    expect(result.calls).toContainEqual(['permissions', 'denied']);
    expect(result.calls.find(([name]) => name === 'blocked')?.[1]).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file://*/*']));
  });

  it('serves the built renderer with a strict CSP', () => {
    expect(result.page.status).toBe(200);
    expect(result.page.type).toBe('text/html; charset=utf-8');
    expect(result.page.csp).toContain("default-src 'self'");
    expect(result.page.html).toContain('<title>Minute Book</title>');
  });

  it('sets the standard menus', () => {
    expect(result.menu).toEqual(['&File', '&Edit', '&View', '&Go', '&Window', '&Help']);
  });
});
