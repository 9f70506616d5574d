/**
 * Menu items of the Electron shell that move the renderer to a screen. The main process raises them as a DOM event
 * in the page (it has no other way in: the preload exposes `invoke` only), and the renderer treats each one exactly
 * as it treats the keyboard shortcut of the same name.
 */
export const MENU_COMMAND_EVENT = 'minute-book:menu-command';

export const MENU_COMMANDS = ['search', 'actions', 'overdue-actions', 'resolutions'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
