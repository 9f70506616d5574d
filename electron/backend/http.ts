import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { create as contentDisposition } from 'content-disposition';
import { API_PATH, FILES_PATH, TOKEN_HEADER } from '../../shared/api/transport';
import { fail, type Envelope, type ErrorCode } from '../../shared/api/envelope';
import type { Backend } from './backend';
import { DEFAULT_BODY_LIMITS, LARGE_BODY_METHODS, bodyLimitFor, sizeWords, type BodyLimits } from './body-limits';
import { internalFailure } from './internal-error';
import { fetchSiteAllowed, fileIdFromPath, hostAllowed, methodFromPath, newToken, originAllowed, tokensMatch } from './http-guard';
import type { MadeFile } from './made-files';
import { SECURITY_HEADERS } from './security-headers';
import { cacheControlFor, contentTypeFor, resolveStatic } from './static-files';

export type ServerOptions = {
  /** The contract, and the files it made for download. */
  readonly backend: Pick<Backend, 'dispatch' | 'madeFiles'>;
  readonly port?: number;
  readonly host?: '127.0.0.1';
  readonly staticDir: string;
  readonly token?: string;
  /** Per-method body limits (body-limits.ts): 1 MB, and 64 MB for the methods that carry files. */
  readonly bodyLimits?: BodyLimits;
  /** A cap on every method's limit, whatever `bodyLimits` says: for tests. */
  readonly maxBodyBytes?: number;
  /**
   * Told as each request arrives and as it is answered, pages and scripts as well as API calls: the backend's
   * background work (the search index build) stands back meanwhile, so the first screen loads at full speed.
   */
  readonly onActivity?: () => void;
};

export type RunningServer = {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
};

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Browser mode: the built renderer and the contract, on 127.0.0.1 only, behind a per-run token. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const limits = options.bodyLimits ?? DEFAULT_BODY_LIMITS;
  const cap = options.maxBodyBytes ?? Number.POSITIVE_INFINITY;
  const host = options.host ?? '127.0.0.1';
  let port = 0;

  const server = http.createServer((req, res) => {
    options.onActivity?.();
    res.once('close', () => options.onActivity?.());
    handle(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) sendJson(res, error.status, fail(error.code, error.message));
      else sendJson(res, 500, internalFailure(`${req.method ?? 'A request'} ${(req.url ?? '/').split('?')[0] ?? '/'}`, error));
    });
  });
  // A slow or stalled client must not hold a socket open for ever.
  server.requestTimeout = 5 * 60_000;
  server.headersTimeout = 30_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      throw new Refusal(403, 'forbidden', 'This address is not served here: use the address Minute Book printed.');
    }
    if (!originAllowed(req.headers.origin, port)) {
      throw new Refusal(403, 'forbidden', 'Requests from other sites are refused.');
    }
    // The raw path, not a URL-normalised one: `/a/../b` must be seen (and refused) as sent, not quietly tidied.
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith(API_PATH)) {
      await handleApi(req, res, pathname);
      return;
    }
    if (pathname.startsWith(FILES_PATH)) {
      handleMadeFile(req, res, pathname);
      return;
    }
    await handleStatic(req, res, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new Refusal(405, 'invalid_input', 'The API accepts POST only.');
    }
    const given = req.headers[TOKEN_HEADER];
    if (!tokensMatch(token, typeof given === 'string' ? given : undefined)) {
      throw new Refusal(401, 'unauthorised', 'This request needs the access token from the address Minute Book printed.');
    }
    const method = methodFromPath(pathname, API_PATH);
    if (method === undefined) throw new Refusal(404, 'unknown_method', 'There is no such API method.');
    const limit = Math.min(bodyLimitFor(method, limits), cap);
    const input = parseJson(await readBody(req, limit, () => tooLarge(method, limit)), req.headers['content-type']);
    sendJson(res, 200, await options.backend.dispatch(method, input));
  }

  /**
   * A file the backend made, downloaded once. No token: a link cannot send a header, and a token in the address
   * would be kept in the browser's list of downloads. The id is the capability instead (unguessable, taken by its
   * first download, forgotten after a few minutes), asked for under the same Host and Origin rules as the API, and
   * never from another site's page.
   */
  function handleMadeFile(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      throw new Refusal(405, 'invalid_input', 'A file Minute Book made is downloaded with GET only.');
    }
    if (!fetchSiteAllowed(req.headers['sec-fetch-site'])) throw new Refusal(403, 'forbidden', 'Requests from other sites are refused.');
    const id = fileIdFromPath(pathname, FILES_PATH);
    const file = id === undefined ? undefined : options.backend.madeFiles.take(id);
    if (file === undefined) {
      const minutes = Math.round(options.backend.madeFiles.keepMs / 60_000);
      throw new Refusal(
        404,
        'not_found',
        `This file is not here any more: a document Minute Book makes can be downloaded once, within ${minutes} minutes of being made. Make it again.`,
      );
    }
    res.writeHead(200, downloadHeaders(file));
    res.end(file.bytes);
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new Refusal(405, 'invalid_input', 'Only GET is served here.');
    }
    const target = await resolveStatic(options.staticDir, pathname);
    if (target.kind === 'refused') throw new Refusal(400, 'invalid_input', 'That path is not allowed.');
    if (target.kind === 'missing') throw new Refusal(404, 'not_found', 'There is no such file.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(target.file),
      'Cache-Control': cacheControlFor(target.file),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(target.file);
      stream.on('error', reject);
      res.on('close', resolve);
      stream.pipe(res);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done, failed) => {
            server.close((error) => (error ? failed(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * The body, refused as soon as it is known to be too large: at once when its declared length says so (nothing is
 * read), else as soon as the bytes received pass the limit (nothing more is kept). The 413 closes the connection.
 */
function readBody(req: http.IncomingMessage, limit: number, refusal: () => Refusal): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(refusal());
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks = [];
        reject(refusal());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function tooLarge(method: string, limit: number): Refusal {
  const most = `${method} accepts at most ${sizeWords(limit)}`;
  const message = LARGE_BODY_METHODS.has(method)
    ? `This file is too large: ${most}, which holds a file of about ${sizeWords(Math.floor((limit * 3) / 4))}.`
    : `This request is too large: ${most}.`;
  return new Refusal(413, 'invalid_input', message);
}

/** An empty body means "no input"; anything else must be JSON, declared as such so a plain form post cannot pass. */
function parseJson(body: Buffer, contentType: string | undefined): unknown {
  if (body.length === 0) return undefined;
  if (contentType === undefined || !/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new Refusal(415, 'invalid_input', 'The request body must be JSON (Content-Type: application/json).');
  }
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new Refusal(400, 'invalid_input', 'The request body is not valid JSON.');
  }
}

/** A download: its type and size, saved (never shown) under its own name, and never cached. */
function downloadHeaders(file: MadeFile): http.OutgoingHttpHeaders {
  return {
    ...SECURITY_HEADERS,
    'Content-Type': file.mediaType,
    'Content-Length': file.bytes.byteLength,
    // RFC 6266: the name as it is in `filename*` (RFC 5987, UTF-8), and in plain ASCII for `filename`.
    'Content-Disposition': contentDisposition(file.fileName, { fallback: asciiName(file.fileName) }),
    'Cache-Control': 'no-store',
  };
}

/** "Zoë Ó Briain.pdf" → "Zoe O Briain.pdf": accents dropped, anything else outside ASCII made "_". */
const asciiName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]/g, '_');

function sendJson(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  res.end(body);
}
