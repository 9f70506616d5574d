import { Buffer } from 'node:buffer';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/transport';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { startServer, type RunningServer } from '../../electron/backend/http';
import { MadeFiles } from '../../electron/backend/made-files';
import { INTERNAL_MESSAGE } from '../../electron/backend/internal-error';
import { request, type Reply } from './http-client';

const MB = 1024 * 1024;

let work: string;
let backend: Backend;
let server: RunningServer;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-http-limits-'));
  mkdirSync(path.join(work, 'site'));
  writeFileSync(path.join(work, 'site', 'index.html'), '<!doctype html><title>Minute Book</title>');
  backend = openBackend({ dataDir: path.join(work, 'data'), searchIndex: 'on-demand' });
  server = await startServer({ backend, staticDir: path.join(work, 'site') });
});

afterAll(async () => {
  await server.close();
  backend.close();
  rmSync(work, { recursive: true, force: true });
});

const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
  'content-type': 'application/json',
  [TOKEN_HEADER]: server.token,
  ...extra,
});

const call = (method: string, body: string | Buffer): Promise<Reply> =>
  request(server.port, { method: 'POST', path: `/api/${method}`, headers: headers(), body });

const envelope = (reply: Reply): { ok: boolean; value?: { id: string; originalName?: string }; error?: { code: string; message: string } } =>
  JSON.parse(reply.body) as never;

/**
 * Sends the headers and only the first bytes of a body said to be `declared` bytes long, or streamed without a
 * length: the answer must come without the rest ever being sent, so the server cannot have waited for it.
 */
function startBody(method: string, options: { readonly declared?: number; readonly chunked?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const extra: Record<string, string> = options.declared === undefined ? {} : { 'content-length': String(options.declared) };
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { host: `127.0.0.1:${server.port}`, ...headers(extra) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
          req.destroy();
        });
      },
    );
    // Once answered the server closes the connection; the rest of the body can no longer be written.
    req.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
    req.write('{"name":"');
    if (options.chunked !== undefined) {
      const piece = Buffer.alloc(64 * 1024, 'x');
      for (let sent = 0; sent < options.chunked && !req.destroyed; sent += piece.length) req.write(piece);
    }
  });
}

describe('how large a browser-mode request may be', () => {
  it('refuses a 2 MB body to an ordinary method at once, from its declared length, without reading it', async () => {
    const reply = await startBody('boards.create', { declared: 2 * MB });
    expect(reply.status).toBe(413);
    expect(reply.headers['connection']).toBe('close');
    expect(envelope(reply).error).toEqual({ code: 'invalid_input', message: 'This request is too large: boards.create accepts at most 1 MB.' });
  });

  it('refuses a 2 MB body sent without a length as soon as it passes 1 MB', async () => {
    const reply = await startBody('boards.create', { chunked: 2 * MB });
    expect(reply.status).toBe(413);
    expect(envelope(reply).error?.message).toContain('at most 1 MB');
  });

  it('answers an ordinary call just under 1 MB', async () => {
    const reply = await call('boards.create', `{"name":"Carers Board","shortCode":"CB","kind":"committee","quorum":2}${' '.repeat(MB - 200)}`);
    expect(reply.status).toBe(200);
    expect(envelope(reply).ok).toBe(true);
  });

  it('accepts a large attachment, and refuses one past 64 MB before reading it', async () => {
    const board = await backend.dispatch('boards.create', { name: 'Panel', shortCode: 'P', kind: 'committee', quorum: 2 });
    if (!board.ok) throw new Error(board.error.message);
    const meeting = await backend.dispatch('meetings.create', {
      boardId: (board.value as { id: string }).id,
      date: '2025-06-10',
      startTime: '14:00',
    });
    if (!meeting.ok) throw new Error(meeting.error.message);
    const meetingId = (meeting.value as { id: string }).id;
    const paper = Buffer.alloc(5 * MB, 7);
    const added = await call(
      'attachments.add',
      JSON.stringify({ meetingId, originalName: 'Budget pack.pdf', mediaType: 'application/pdf', dataBase64: paper.toString('base64') }),
    );
    expect(added.status).toBe(200);
    expect(envelope(added)).toMatchObject({ ok: true, value: { originalName: 'Budget pack.pdf' } });

    const huge = await startBody('attachments.add', { declared: 65 * MB });
    expect(huge.status).toBe(413);
    expect(envelope(huge).error?.message).toBe('This file is too large: attachments.add accepts at most 64 MB, which holds a file of about 48 MB.');
  });

  it('gives data.import the same room as attachments', async () => {
    const reply = await call('data.import', JSON.stringify({ bundle: { padding: 'x'.repeat(2 * MB) } }));
    // Read and answered by the backend (this is no bundle), not refused for its size.
    expect(reply.status).toBe(200);
    expect(envelope(reply).error?.code).toBe('invalid_input');
  });
});

describe('an unexpected failure in browser mode', () => {
  it('answers 500 with a fixed message, logging the details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = await startServer({
      backend: { dispatch: () => Promise.reject(new TypeError('ENOENT: /home/clerk/private/minute-book.json')), madeFiles: new MadeFiles() },
      staticDir: path.join(work, 'site'),
    });
    try {
      const reply = await request(failing.port, {
        method: 'POST',
        path: '/api/boards.list',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: failing.token },
        body: '{}',
      });
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
      expect(reply.body).not.toContain('/home/clerk');
      expect(String(log.mock.calls[0]?.[0])).toContain('/api/boards.list');
    } finally {
      log.mockRestore();
      await failing.close();
    }
  });
});
