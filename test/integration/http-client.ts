import http from 'node:http';

export type Reply = { readonly status: number; readonly headers: http.IncomingHttpHeaders; readonly body: string };
/** A reply with its body as it came, for a download's bytes. */
export type RawReply = Reply & { readonly bytes: Buffer };

/**
 * node:http rather than fetch, because fetch will not let a test forge the Host header or send a raw,
 * un-normalised path such as `/../secret` — exactly what an attacker's client would do.
 */
export function request(
  port: number,
  options: { readonly method?: string; readonly path: string; readonly headers?: Readonly<Record<string, string>>; readonly body?: string | Buffer },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
