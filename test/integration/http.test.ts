import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/transport';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { startServer, type RunningServer } from '../../electron/backend/http';
import { request, type Reply } from './http-client';

let work: string;
let backend: Backend;
let server: RunningServer;
/** Requests the server has told of, as they arrive and as they are answered. */
let activity = 0;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-http-'));
  const site = path.join(work, 'site');
  mkdirSync(path.join(site, 'assets'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Minute Book</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(path.join(site, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(site, '.env'), 'hidden');
  // Beside the site, where a traversal would land.
  writeFileSync(path.join(work, 'secret.txt'), 'TOP SECRET');
  backend = openBackend({ dataDir: path.join(work, 'data') });
  server = await startServer({ backend, staticDir: site, onActivity: () => (activity += 1) });
});

afterAll(async () => {
  await server.close();
  backend.close();
  rmSync(work, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
const call = (method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  request(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { ...json, [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(input),
  });

function refusal(reply: Reply): { ok: boolean; error: { code: string; message: string } } {
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

describe('browser-mode server', () => {
  it('prints a loopback address carrying a fresh 24-byte token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('tells of every request, pages and scripts as well as API calls, as it arrives and once it is answered', async () => {
    const before = activity;
    expect((await request(server.port, { method: 'GET', path: '/assets/app.js' })).status).toBe(200);
    await expect.poll(() => activity - before).toBe(2);
    expect((await call('app.status', {})).status).toBe(200);
    await expect.poll(() => activity - before).toBe(4);
  });

  it('answers the contract for the right token', async () => {
    const reply = await call('app.status', {});
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: true; value: { dataDir: string } };
    expect(body.ok).toBe(true);
    expect(body.value.dataDir).toBe(backend.dataDir);

    const boards = JSON.parse((await call('boards.list', {})).body) as { ok: true; value: unknown[] };
    expect(boards).toEqual({ ok: true, value: [] });
  });

  it('passes the backend’s own refusals through as 200 envelopes', async () => {
    const reply = await call('boards.get', { id: 'no-such-board' });
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.body) as { ok: boolean }).ok).toBe(false);
    expect(refusal(await call('no.suchMethod', {})).error.code).toBe('unknown_method');
  });

  it('accepts localhost as the host and our own page as the origin', async () => {
    expect((await call('app.status', {}, { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await call('app.status', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await call('app.status', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses a call with no token', async () => {
    const reply = await request(server.port, { method: 'POST', path: '/api/app.status', headers: json, body: '{}' });
    expect(reply.status).toBe(401);
    expect(refusal(reply).error.code).toBe('unauthorised');
  });

  it('refuses a wrong token, even one of the right length', async () => {
    expect((await call('app.status', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    const sameLength = server.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await call('app.status', {}, { [TOKEN_HEADER]: sameLength })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    for (const host of [`evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `0.0.0.0:${server.port}`]) {
      const reply = await call('app.status', {}, { host });
      expect(reply.status, host).toBe(403);
      expect(refusal(reply).error.code).toBe('forbidden');
    }
    expect((await request(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } })).status).toBe(403);
  });

  it('refuses a foreign Origin', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`]) {
      const reply = await call('app.status', {}, { origin });
      expect(reply.status, origin).toBe(403);
      expect(refusal(reply).error.code).toBe('forbidden');
    }
  });

  it('refuses other methods than POST on the API, bad JSON and non-JSON bodies', async () => {
    const get = await request(server.port, { path: '/api/app.status', headers: { [TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    refusal(get);
    const bad = await request(server.port, {
      method: 'POST',
      path: '/api/app.status',
      headers: { ...json, [TOKEN_HEADER]: server.token },
      body: '{"oops"',
    });
    expect(bad.status).toBe(400);
    expect(refusal(bad).error.code).toBe('invalid_input');
    const form = await request(server.port, {
      method: 'POST',
      path: '/api/app.status',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [TOKEN_HEADER]: server.token },
      body: 'a=b',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a body over the limit', async () => {
    const small = await startServer({ backend, staticDir: path.join(work, 'site'), maxBodyBytes: 1024 });
    try {
      const reply = await request(small.port, {
        method: 'POST',
        path: '/api/app.status',
        headers: { ...json, [TOKEN_HEADER]: small.token },
        body: JSON.stringify({ text: 'x'.repeat(4096) }),
      });
      expect(reply.status).toBe(413);
      refusal(reply);
    } finally {
      await small.close();
    }
  });

  it('serves the renderer with its content types and security headers, without a token', async () => {
    const index = await request(server.port, { path: `/?token=${server.token}` });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Minute Book</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect(index.headers['cache-control']).toBe('no-store');

    const script = await request(server.port, { path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('console.log');

    expect((await request(server.port, { path: '/boards/b1/meetings' })).body).toContain('<title>Minute Book</title>');
    expect((await request(server.port, { path: '/assets/missing.js' })).status).toBe(404);
    expect((await request(server.port, { method: 'HEAD', path: '/' })).status).toBe(200);
    expect((await request(server.port, { method: 'POST', path: '/' })).status).toBe(405);
  });

  it('refuses path traversal and hidden files', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
      '/.env',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const reply = await request(server.port, { path: attempt });
      expect(reply.status, attempt).toBe(400);
      expect(reply.body, attempt).not.toContain('TOP SECRET');
      expect(reply.body, attempt).not.toContain('hidden');
    }
  });
});
