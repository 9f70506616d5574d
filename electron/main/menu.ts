import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/menu-commands';

export type MenuActions = {
  readonly isMac: boolean;
  readonly showDevTools: boolean;
  readonly showDataFolder: () => void;
  readonly showAbout: () => void;
  /** Moves the window to a screen (search, actions, the resolutions register); adds the Go menu when given. */
  readonly go?: (command: MenuCommand) => void;
};

/**
 * The standard menus with British English labels. Roles keep the platform behaviour (and macOS's own
 * items); labels are set because the role defaults are American ("Minimize").
 */
export function buildMenu(actions: MenuActions): Menu {
  const { isMac } = actions;
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Minute Book',
      submenu: [
        { label: 'About Minute Book', click: actions.showAbout },
        { type: 'separator' },
        { role: 'services', label: 'Services' },
        { type: 'separator' },
        { role: 'hide', label: 'Hide Minute Book', accelerator: 'Command+H' },
        { role: 'hideOthers', label: 'Hide Others', accelerator: 'Command+Alt+H' },
        { role: 'unhide', label: 'Show All' },
        { type: 'separator' },
        { role: 'quit', label: 'Quit Minute Book', accelerator: 'Command+Q' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Show Data Folder', accelerator: 'CmdOrCtrl+Shift+D', click: actions.showDataFolder },
        { type: 'separator' },
        { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
        ...(isMac ? [] : [{ role: 'quit', label: 'Exit', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: 'Redo', accelerator: isMac ? 'Shift+Command+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: 'Cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: 'Paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', accelerator: 'CmdOrCtrl+Shift+V' },
        { role: 'delete', label: 'Delete' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Select All', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload', label: 'Reload', accelerator: 'CmdOrCtrl+R' },
        ...(actions.showDevTools
          ? [
              {
                role: 'toggleDevTools',
                label: 'Developer Tools',
                accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
              } satisfies MenuItemConstructorOptions,
            ]
          : []),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Full Screen', accelerator: isMac ? 'Ctrl+Command+F' : 'F11' },
      ],
    },
    ...goMenu(actions.go),
    {
      label: '&Window',
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: 'Minimise', accelerator: 'CmdOrCtrl+M' },
        ...(isMac ? [{ role: 'zoom', label: 'Zoom' } satisfies MenuItemConstructorOptions] : []),
        { role: 'close', label: 'Close', accelerator: 'CmdOrCtrl+W' },
        ...(isMac ? [{ type: 'separator' } as const, { role: 'front', label: 'Bring All to Front' } satisfies MenuItemConstructorOptions] : []),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: 'Show Data Folder', click: actions.showDataFolder },
        ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'About Minute Book', click: actions.showAbout }]),
      ],
    },
  );
  return Menu.buildFromTemplate(template);
}

/** Go: the screens that work across boards. Ctrl+K is the same shortcut the page itself answers. */
function goMenu(go: MenuActions['go']): MenuItemConstructorOptions[] {
  if (go === undefined) return [];
  return [
    {
      label: '&Go',
      submenu: [
        { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: () => go('search') },
        { type: 'separator' },
        { label: 'Actions', accelerator: 'CmdOrCtrl+Shift+A', click: () => go('actions') },
        { label: 'Overdue Actions', click: () => go('overdue-actions') },
        { label: 'Resolutions Register', click: () => go('resolutions') },
      ],
    },
  ];
}
