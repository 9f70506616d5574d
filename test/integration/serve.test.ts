import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/transport';
import { openBackend } from '../../electron/backend/backend';
import { serve } from '../../electron/backend/serve';
import { request } from './http-client';

let work: string;
let site: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-serve-'));
  site = path.join(work, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Minute Book</title>');
  mkdirSync(path.join(site, 'assets'));
  writeFileSync(path.join(site, 'assets', 'start-app-B3ylK7P1.js'), 'export {};');
  writeFileSync(path.join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('minute-book serve', () => {
  it('prints the address, serves the app and the contract, and releases the store when closed', async () => {
    const lines: string[] = [];
    const dataDir = path.join(work, 'data-1');
    const running = await serve({ dataDir, open: false, staticDir: site, log: (line) => lines.push(line) });
    try {
      const url = new URL(running.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(lines.join('\n')).toContain(running.url);
      const port = Number(url.port);
      expect((await request(port, { path: `/?token=${url.searchParams.get('token') ?? ''}` })).status).toBe(200);
      const status = await request(port, {
        method: 'POST',
        path: '/api/app.status',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.searchParams.get('token') ?? '' },
        body: '{}',
      });
      expect(JSON.parse(status.body)).toMatchObject({ ok: true });
    } finally {
      await running.close();
    }
    // The lock is gone: another writer may open the folder.
    openBackend({ dataDir }).close();
  });

  it('lets the browser keep the hashed scripts for good, but never the page that carries the token', async () => {
    const running = await serve({ dataDir: path.join(work, 'data-4'), open: false, staticDir: site });
    try {
      const port = Number(new URL(running.url).port);
      const cacheControl = async (file: string): Promise<string | undefined> => {
        const reply = await request(port, { path: file });
        expect(reply.status, file).toBe(200);
        return reply.headers['cache-control'];
      };
      expect(await cacheControl(`/${new URL(running.url).search}`)).toBe('no-store');
      expect(await cacheControl('/meetings')).toBe('no-store');
      expect(await cacheControl('/assets/start-app-B3ylK7P1.js')).toBe('public, max-age=31536000, immutable');
      expect(await cacheControl('/favicon.svg')).toBe('no-cache');
    } finally {
      await running.close();
    }
  });

  it('says plainly when the renderer has not been built', async () => {
    await expect(serve({ dataDir: path.join(work, 'data-2'), open: false, staticDir: path.join(work, 'nothing-here') })).rejects.toThrow(
      'Minute Book is not built yet: run npm run build',
    );
  });

  it('closes the store and exits on SIGINT', async () => {
    const dataDir = path.join(work, 'data-3');
    const serveModule = pathToFileURL(path.resolve(__dirname, '../../electron/backend/serve.ts')).href;
    const code = `const { serve } = await import(${JSON.stringify(serveModule)});
      await serve({ dataDir: ${JSON.stringify(dataDir)}, open: false, staticDir: ${JSON.stringify(site)} });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 30_000);
      child.stdout.on('data', () => {
        if (out.includes('http://127.0.0.1:')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGINT');
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(exitCode, out).toBe(130);
    openBackend({ dataDir }).close();
  });
});
