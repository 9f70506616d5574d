// Temporary: keeps a server on the probe store running, prints its address once the index is built.
import fs from 'node:fs';
import { serve } from './live-minutes-kit';
const server = await serve('/tmp/lm/store');
const url = new URL(server.url);
const token = url.searchParams.get('token') ?? '';
fs.writeFileSync('/tmp/lm/server-url', server.url);
const t0 = performance.now();
for (;;) {
  const r = await fetch(`${url.origin}/api/search.query`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-minute-book-token': token, origin: url.origin }, body: JSON.stringify({ text: 'budget', limit: 1 }) });
  const e = (await r.json()) as { ok: boolean; value?: { index?: { ready?: boolean } } };
  if (e.ok && e.value?.index?.ready === true) break;
  await new Promise((res) => setTimeout(res, 3000));
}
fs.writeFileSync('/tmp/lm/server-url', server.url);
console.log('ready', server.url, Math.round(performance.now() - t0));
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
setInterval(() => undefined, 1 << 30);
