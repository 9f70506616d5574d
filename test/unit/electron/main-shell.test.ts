import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary cannot run here, so the shell's rules are tested against a stand-in for the electron module.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  opened: [] as string[],
}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => electron.handlers.set(channel, fn) },
  shell: {
    openExternal: (url: string) => {
      electron.opened.push(url);
      return Promise.resolve();
    },
  },
  Menu: { buildFromTemplate: (template: unknown) => template },
  BrowserWindow: class {},
}));

const { IPC_CHANNEL } = await import('../../../shared/api/transport');
const { registerIpc, senderIsOurPage } = await import('../../../electron/main/ipc');
const { guardWebContents } = await import('../../../electron/main/window');
const { buildMenu } = await import('../../../electron/main/menu');
const { secureWebPreferences } = await import('../../../electron/main/web-preferences');
const { isAppUrl, isSafeExternalUrl, APP_ENTRY_URL } = await import('../../../electron/main/url-policy');
const { dataDirFrom, dataFlag } = await import('../../../electron/main/args');
const { MadeFiles } = await import('../../../electron/backend/made-files');

// Electron's types, reached through the code under test (only the shell itself may import 'electron').
type IpcMainInvokeEvent = Parameters<typeof senderIsOurPage>[0];
type BrowserWindow = NonNullable<Parameters<typeof senderIsOurPage>[1]>;
type WebContents = Parameters<typeof guardWebContents>[0];
type MenuItem = { readonly label?: string; readonly role?: string; readonly accelerator?: string; readonly submenu?: readonly MenuItem[] };

const ourContents = { id: 1 } as unknown as WebContents;
const ourWindow = { webContents: ourContents, isDestroyed: () => false } as unknown as BrowserWindow;
const frame = (url: string, parent: unknown = null): unknown => ({ url, parent });
const event = (sender: WebContents, senderFrame: unknown): IpcMainInvokeEvent => ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;

beforeEach(() => {
  electron.handlers.clear();
  electron.opened.length = 0;
});

describe('the window', () => {
  it('runs the renderer sandboxed, isolated and without Node', () => {
    expect(secureWebPreferences('/app/preload.cjs', true)).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads only its own app:// page', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://minute-book/boards/1')).toBe(true);
    for (const url of ['file:///etc/passwd', 'https://minute-book/', 'app://other/index.html', 'not a url']) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('links and navigation', () => {
  it('hands only http, https and mailto links to the OS', () => {
    for (const url of ['https://www.gov.uk/', 'http://example.org/a?b=c', 'mailto:clerk@example.gov.uk'])
      expect(isSafeExternalUrl(url), url).toBe(true);
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'https://user:pw@example.org/',
      'app://minute-book/',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('denies new windows and blocks navigation away, opening safe links externally', () => {
    const listeners = new Map<string, (e: { url: string; preventDefault: () => void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      on: (name: string, fn: (e: { url: string; preventDefault: () => void }) => void) => listeners.set(name, fn),
    } as unknown as WebContents;
    guardWebContents(contents);

    expect(openHandler?.({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://www.gov.uk/']);

    const navigate = (name: string, url: string): boolean => {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://minute-book/index.html')).toBe(false);
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
    expect(electron.opened).toEqual(['https://www.gov.uk/', 'https://evil.example/']);
  });
});

describe('IPC', () => {
  it('answers only the top frame of our window showing our page', () => {
    expect(senderIsOurPage(event(ourContents, frame(APP_ENTRY_URL)), ourWindow)).toBe(true);
    expect(senderIsOurPage(event({ id: 2 } as unknown as WebContents, frame(APP_ENTRY_URL)), ourWindow)).toBe(false);
    expect(senderIsOurPage(event(ourContents, frame('https://evil.example/')), ourWindow)).toBe(false);
    expect(senderIsOurPage(event(ourContents, frame(APP_ENTRY_URL, {})), ourWindow)).toBe(false);
    expect(senderIsOurPage(event(ourContents, null), ourWindow)).toBe(false);
    expect(senderIsOurPage(event(ourContents, frame(APP_ENTRY_URL)), undefined)).toBe(false);
  });

  it('has one handler, on the contract’s channel, that passes calls to dispatch', async () => {
    const calls: unknown[] = [];
    registerIpc(
      { dispatch: (method, input) => (calls.push([method, input]), Promise.resolve({ ok: true, value: 'done' })), madeFiles: new MadeFiles() },
      () => ourWindow,
    );
    expect([...electron.handlers.keys()]).toEqual([IPC_CHANNEL]);
    const handler = electron.handlers.get(IPC_CHANNEL);
    expect(await handler?.(event(ourContents, frame(APP_ENTRY_URL)), 'boards.list', {})).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['boards.list', {}]]);

    const refused = (await handler?.(event(ourContents, frame('https://evil.example/')), 'boards.list', {})) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('answers files.saveAs itself, from the backend’s made files, without passing bytes or the call to dispatch', async () => {
    const calls: unknown[] = [];
    const madeFiles = new MadeFiles();
    registerIpc(
      { dispatch: (method, input) => (calls.push([method, input]), Promise.resolve({ ok: true, value: 'done' })), madeFiles },
      () => ourWindow,
    );
    const handler = electron.handlers.get(IPC_CHANNEL);
    // A file of a type Minute Book never saves is refused before any dialog: proof it was taken from the backend.
    const fileId = madeFiles.put({ fileName: 'run.exe', mediaType: 'application/x-msdownload', bytes: new Uint8Array([0x4d, 0x5a]) });
    expect(await handler?.(event(ourContents, frame(APP_ENTRY_URL)), 'files.saveAs', { fileId })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(madeFiles.held().files).toBe(0);
    expect(await handler?.(event(ourContents, frame(APP_ENTRY_URL)), 'files.saveAs', { fileId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(calls).toEqual([]);
  });
});

describe('menus and arguments', () => {
  it('offers the standard menus in British English, with accelerators', () => {
    const template = buildMenu({
      isMac: false,
      showDevTools: false,
      showDataFolder: () => undefined,
      showAbout: () => undefined,
    }) as unknown as MenuItem[];
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    expect(items.find((i) => i.role === 'minimize')?.label).toBe('Minimise');
    expect(items.find((i) => i.role === 'copy')?.accelerator).toBe('CmdOrCtrl+C');
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('takes the data folder from --data, then MINUTE_BOOK_DATA, then userData', () => {
    expect(dataFlag(['electron', 'main.cjs', '--data', '/srv/board'])).toBe('/srv/board');
    expect(dataFlag(['app', '--data=/srv/board'])).toBe('/srv/board');
    expect(dataDirFrom(['app', '--data', '/srv/a'], { MINUTE_BOOK_DATA: '/srv/b' }, '/home/c')).toBe('/srv/a');
    expect(dataDirFrom(['app'], { MINUTE_BOOK_DATA: '/srv/b' }, '/home/c')).toBe('/srv/b');
    expect(dataDirFrom(['app'], {}, '/home/c/.config/Minute Book')).toBe('/home/c/.config/Minute Book');
  });
});
