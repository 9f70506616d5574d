import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../../shared/api/menu-commands';

// Electron's binary cannot run here: the menu is checked as the template it builds.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));

const { buildMenu } = await import('../../../electron/main/menu');
const { sendMenuCommand } = await import('../../../electron/main/menu-commands');

type MenuItem = { readonly label?: string; readonly accelerator?: string; readonly click?: () => void; readonly submenu?: readonly MenuItem[] };
type Window = Parameters<typeof sendMenuCommand>[0];

describe('the Go menu', () => {
  const build = (go?: (command: MenuCommand) => void): MenuItem[] =>
    buildMenu({
      isMac: false,
      showDevTools: false,
      showDataFolder: () => undefined,
      showAbout: () => undefined,
      ...(go ? { go } : {}),
    }) as unknown as MenuItem[];

  it('sits between View and Window, with Search on Ctrl+K', () => {
    const template = build(() => undefined);
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Window', '&Help']);
    const go = template.find((m) => m.label === '&Go')?.submenu ?? [];
    expect(go.filter((i) => i.label).map((i) => [i.label, i.accelerator])).toEqual([
      ['Search…', 'CmdOrCtrl+K'],
      ['Actions', 'CmdOrCtrl+Shift+A'],
      ['Overdue Actions', undefined],
      ['Resolutions Register', undefined],
    ]);
  });

  it('sends each item as its command', () => {
    const sent: MenuCommand[] = [];
    const go = build((command) => sent.push(command)).find((m) => m.label === '&Go')?.submenu ?? [];
    for (const item of go) item.click?.();
    expect(sent).toEqual(['search', 'actions', 'overdue-actions', 'resolutions']);
  });

  it('is left out when the shell gives no way to move the window', () => {
    expect(build().map((m) => m.label)).not.toContain('&Go');
  });
});

describe('a menu command reaching the page', () => {
  it('is raised in the page as a DOM event naming the command, and nothing else', () => {
    const scripts: string[] = [];
    const window = {
      isDestroyed: () => false,
      webContents: { executeJavaScript: (script: string) => (scripts.push(script), Promise.resolve()) },
    } as unknown as Window;
    sendMenuCommand(window, 'overdue-actions');
    expect(scripts).toEqual([`window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: "overdue-actions" }));`]);
  });

  it('is dropped when the window has gone', () => {
    const executeJavaScript = vi.fn(() => Promise.resolve());
    sendMenuCommand({ isDestroyed: () => true, webContents: { executeJavaScript } } as unknown as Window, 'search');
    sendMenuCommand(undefined, 'search');
    expect(executeJavaScript).not.toHaveBeenCalled();
  });
});
