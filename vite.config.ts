import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * main.tsx loads the app (start-app.tsx) with a dynamic import so that the opening screen's calls start first.
 * This asks the browser for that chunk from the page's head, alongside the entry, instead of only once the entry
 * has run.
 */
function preloadTheApp(): Plugin {
  return {
    name: 'minute-book:preload-the-app',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/start-app.tsx') === true,
      );
      if (chunk === undefined) throw new Error('The build has no chunk for renderer/src/start-app.tsx');
      return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  // Relative asset paths, so the same build loads from app:// in Electron and from the browser-mode server.
  base: './',
  plugins: [react(), preloadTheApp()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // The Electron window's strict CSP refuses data: URLs, so no asset is inlined as one.
    assetsInlineLimit: 0,
  },
});
