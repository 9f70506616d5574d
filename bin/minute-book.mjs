#!/usr/bin/env node
// The npm bin: runs the built CLI. Built code, not sources, so `npx minute-book` starts fast and needs no tsx.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'backend', 'cli.mjs');
if (!existsSync(cli)) {
  console.error('Minute Book is not built yet: run npm run build');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
