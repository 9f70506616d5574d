import type { WebPreferences } from 'electron';

/**
 * The window's renderer gets nothing but the preload's `invoke`: no Node, an isolated world for the preload,
 * Chromium's sandbox, and the web's own rules for what a page may load.
 */
export function secureWebPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: !isPackaged,
  };
}
