import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/api/api-call-error';
import { createClient } from '../../../renderer/src/api/client';
import { httpTransport } from '../../../renderer/src/api/http-transport';
import type { Fetch } from '../../../renderer/src/api/http-transport';
import { findBridge } from '../../../renderer/src/api/ipc-transport';
import { TOKEN_HEADER } from '../../../shared/api/transport';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the api client', () => {
  it('returns the value of an ok envelope', async () => {
    const client = createClient(async () => ({ ok: true, value: [] }));
    await expect(client.call('boards.list', {})).resolves.toEqual([]);
  });

  it('throws an error carrying the backend error on { ok: false }', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'not_found', message: 'No such board' } }));
    const failure = await client.call('boards.get', { id: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'not_found', message: 'No such board', method: 'boards.get' });
  });

  it('turns a transport that throws into an ApiCallError too', async () => {
    const client = createClient(async () => {
      throw new Error('channel closed');
    });
    await expect(client.call('app.status', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('the HTTP transport', () => {
  it('posts the input as JSON to /api/<method> with the token header', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchImpl: Fetch = async (url, init) => {
      seen.push({ url, init });
      return json({ ok: true, value: 'fine' });
    };
    await expect(httpTransport('secret', fetchImpl)('meetings.get', { id: 'm1' })).resolves.toEqual({ ok: true, value: 'fine' });
    expect(seen[0]?.url).toBe('/api/meetings.get');
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.body).toBe('{"id":"m1"}');
    expect((seen[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
  });

  it("passes on the server's own refusal", async () => {
    const refusal = { ok: false, error: { code: 'invalid_input', message: 'Wrong token' } };
    await expect(httpTransport('t', async () => json(refusal, 403))('app.status', {})).resolves.toEqual(refusal);
  });

  it('explains a refusal without an envelope, and a missing token', async () => {
    const bare = async (): Promise<Response> => new Response('Forbidden', { status: 403 });
    const withToken = await httpTransport('t', bare)('app.status', {});
    const withoutToken = await httpTransport(null, bare)('app.status', {});
    expect(withToken.ok || withToken.error.message).toMatch(/refused/);
    expect(withoutToken.ok || withoutToken.error.message).toMatch(/address that `minute-book serve` printed/);
  });

  it('says so when the server cannot be reached', async () => {
    const down: Fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(httpTransport('t', down)('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'io_error' } });
  });
});

describe('picking the IPC bridge', () => {
  it('finds the preload bridge only when it has an invoke function', () => {
    const bridge = { invoke: async () => ({ ok: true, value: null }) };
    expect(findBridge({ minuteBook: bridge })).toBe(bridge);
    expect(findBridge({ minuteBook: { invoke: 'no' } })).toBeNull();
    expect(findBridge({})).toBeNull();
  });
});
