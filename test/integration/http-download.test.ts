import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseDisposition } from 'content-disposition';
import type { ExportFile } from '../../shared/api/exports';
import { madeFilePath, TOKEN_HEADER } from '../../shared/api/transport';
import { startServer, type RunningServer } from '../../electron/backend/http';
import { SECURITY_HEADERS } from '../../electron/backend/security-headers';
import { runCli } from '../support/run-cli';
import { harness, tempDir, type Harness } from '../support/temp-backend';
import { request, type RawReply } from './http-client';

let work: string;
let h: Harness;
let server: RunningServer;
let meetingId: string;
let personId: string;

beforeAll(async () => {
  work = tempDir('minute-book-download-');
  mkdirSync(path.join(work, 'site'));
  writeFileSync(path.join(work, 'site', 'index.html'), '<!doctype html><title>Minute Book</title>');
  h = harness(path.join(work, 'data'));
  const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 2 });
  const meeting = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  await h.call('agenda.add', { meetingId: meeting.id, title: 'Carers’ breaks service redesign', purpose: 'decision' });
  meetingId = meeting.id;
  // A name outside ASCII, and outside Latin-1 (the dash), makes a file name a header cannot carry as it is.
  personId = (await h.call('people.create', { name: 'Zoë Ó Briain–Ní Dhuibhir', kind: 'expert-by-experience', consentToBeNamed: true })).id;
  server = await startServer({ backend: h.backend, staticDir: path.join(work, 'site') });
});

afterAll(async () => {
  await server?.close();
  h?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Asks for a file over the contract, as the page does (POST, with the token). */
async function make<M extends 'exports.render' | 'reward.statement'>(method: M, input: unknown): Promise<ExportFile> {
  const reply = await request(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(input),
  });
  const envelope = JSON.parse(reply.body) as { ok: boolean; value: ExportFile };
  expect(envelope.ok, reply.body).toBe(true);
  return envelope.value;
}

/** Fetches a made file as the browser does when the page clicks its link: a GET, no token, same origin. */
const download = (file: Pick<ExportFile, 'fileId'>, headers: Record<string, string> = {}): Promise<RawReply> =>
  request(server.port, { path: madeFilePath(file.fileId), headers: { 'sec-fetch-site': 'same-origin', ...headers } });

function notFound(reply: RawReply): string {
  expect(reply.status).toBe(404);
  expect(reply.headers['content-disposition']).toBeUndefined();
  const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(body).toMatchObject({ ok: false, error: { code: 'not_found' } });
  return body.error.message;
}

describe('a file Minute Book made, downloaded in browser mode', () => {
  it('travels as bytes, never base64: the answer names the file, the download carries it', async () => {
    const file = await make('exports.render', { meetingId, kind: 'agenda', format: 'pdf', audience: 'public' });
    expect(Object.keys(file).sort()).toEqual(['byteLength', 'fileId', 'fileName', 'mediaType', 'notes', 'pages']);
    const reply = await download(file);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-length']).toBe(String(file.byteLength));
    expect(reply.headers['content-disposition']).toBe('attachment; filename="RCPB 2025-06-10 agenda (public).pdf"');
    expect(reply.headers['cache-control']).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], name).toBe(value);
    expect(reply.bytes.byteLength).toBe(file.byteLength);
    expect(reply.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('names a file outside ASCII in filename* (UTF-8) with a plain fallback, as RFC 6266 says', async () => {
    const file = await make('reward.statement', { personId, taxYear: '2025/26', format: 'docx' });
    expect(file.fileName).toBe('Reward statement Zoë Ó Briain–Ní Dhuibhir 2025-26.docx');
    const reply = await download(file);
    expect(reply.status).toBe(200);
    const disposition = reply.headers['content-disposition'] ?? '';
    expect(disposition).toBe(
      'attachment; filename="Reward statement Zoe O Briain_Ni Dhuibhir 2025-26.docx"; ' +
        "filename*=UTF-8''Reward%20statement%20Zo%C3%AB%20%C3%93%20Briain%E2%80%93N%C3%AD%20Dhuibhir%202025-26.docx",
    );
    // What a browser reads from it: filename* wins over the fallback.
    expect(parseDisposition(disposition)).toMatchObject({
      type: 'attachment',
      parameters: { filename: 'Reward statement Zoë Ó Briain–Ní Dhuibhir 2025-26.docx' },
    });
    expect(reply.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(reply.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('holds the same bytes as the CLI writes for the same document', async () => {
    const out = path.join(work, 'agenda-from-cli.html');
    const cli = await runCli('render', meetingId, '--kind', 'agenda', '--format', 'html', '--out', out, '--data', h.dir);
    expect(cli.code, cli.err).toBe(0);
    const file = await make('exports.render', { meetingId, kind: 'agenda', format: 'html' });
    const reply = await download(file);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.bytes.equals(readFileSync(out))).toBe(true);
    expect(reply.body).toContain('Carers’ breaks service redesign');
  });

  it('is downloaded once: the same address again, or an id never made, is not found, with a reason', async () => {
    const file = await make('exports.render', { meetingId, kind: 'ics', format: 'ics' });
    expect((await download(file)).status).toBe(200);
    expect(notFound(await download(file))).toMatch(/downloaded once, within 10 minutes of being made\. Make it again\./);
    notFound(await download({ fileId: 'bm90LWEtbWFkZS1maWxlLWlkLWF0LWFsbA' }));
    notFound(await request(server.port, { path: '/files/..%2F..%2Fsecret.txt' }));
    notFound(await request(server.port, { path: '/files/' }));
  });

  it('needs no token, but keeps the API’s Host and Origin rules and refuses other sites’ pages, without spending the file', async () => {
    const file = await make('exports.render', { meetingId, kind: 'ics', format: 'ics' });
    const refused: Array<[Record<string, string>, number]> = [
      [{ host: 'evil.example' }, 403],
      [{ host: `evil.example:${server.port}` }, 403],
      [{ origin: 'http://evil.example' }, 403],
      [{ origin: 'http://127.0.0.1:1' }, 403],
      [{ 'sec-fetch-site': 'cross-site' }, 403],
      // Every port of 127.0.0.1 is the same site: another local server's page.
      [{ 'sec-fetch-site': 'same-site' }, 403],
    ];
    for (const [headers, status] of refused) expect((await download(file, headers)).status, JSON.stringify(headers)).toBe(status);
    const post = await request(server.port, { method: 'POST', path: madeFilePath(file.fileId), headers: { [TOKEN_HEADER]: server.token } });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    // Still there after every refusal, and fetched with no token at all (an address typed or opened: `none`).
    const reply = await download(file, { 'sec-fetch-site': 'none', origin: `http://127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('BEGIN:VCALENDAR');
  });

  it('is forgotten when not collected within ten minutes, by the backend’s clock', async () => {
    h.clock.set('2025-06-01T09:00:00.000Z');
    const kept = await make('exports.render', { meetingId, kind: 'ics', format: 'ics' });
    const forgotten = await make('exports.render', { meetingId, kind: 'ics', format: 'ics' });
    h.clock.set('2025-06-01T09:09:59.000Z');
    expect((await download(kept)).status).toBe(200);
    h.clock.set('2025-06-01T09:10:00.000Z');
    notFound(await download(forgotten));
    expect(h.backend.madeFiles.held()).toEqual({ files: 0, bytes: 0 });
  });
});
