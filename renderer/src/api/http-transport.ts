import { fail } from '../../../shared/api/envelope';
import type { Envelope } from '../../../shared/api/envelope';
import { API_PATH, TOKEN_HEADER } from '../../../shared/api/transport';
import type { Invoke } from '../../../shared/api/transport';
import { isEnvelope } from './envelope-guard';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const UNREACHABLE = 'Minute Book cannot reach its server. Check that `minute-book serve` is still running, then try again.';
const NO_TOKEN =
  'This page was opened without its access key. Open the full address that `minute-book serve` printed, including the part after "?token=".';
const REFUSED = 'The Minute Book server refused this page. It may have been restarted: open the new address that `minute-book serve` printed.';

/** Browser mode: `POST /api/<method>` with the per-run token in a header. */
export function httpTransport(token: string | null, fetchImpl: Fetch = (url, init) => fetch(url, init)): Invoke {
  return async (method, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    let response: Response;
    try {
      response = await fetchImpl(`${API_PATH}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      });
    } catch {
      return fail('io_error', UNREACHABLE);
    }
    return readEnvelope(response, token);
  };
}

async function readEnvelope(response: Response, token: string | null): Promise<Envelope<unknown>> {
  const body: unknown = await response.json().catch(() => undefined);
  // The server's own words win: it answers refusals with an envelope too.
  if (isEnvelope(body)) return body;
  if (response.status === 401 || response.status === 403) return fail('io_error', token ? REFUSED : NO_TOKEN);
  return fail('internal', `The Minute Book server gave an answer this page cannot read (HTTP ${response.status}).`);
}
