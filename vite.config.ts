import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  // Relative asset paths, so the same build loads from file:// in Electron and from the browser-mode server.
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // The Electron window's strict CSP refuses data: URLs, so no asset is inlined as one.
    assetsInlineLimit: 0,
  },
});
